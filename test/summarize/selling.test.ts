import { describe, expect, it } from 'vitest';
import { sellingVerdict } from '../../lib/summarize/selling';
import { policyOf } from './policy';

// Real sentences (source in the comment) and the verdict each must give alone, by RUBRIC.md "Selling".
const SENTENCES: Array<[string, 'yes' | 'no' | 'not-stated', string]> = [
  // Traps from issue 2: one denial next to a rental is a sale.
  ['We will not sell your email address, but we rent our postal mailing list to other companies.', 'yes', 'issue 2 trap'],
  ['Salutary Data does not share Consumer’s Personal Information, but we do sell such information.', 'yes', 'C3PA DB/210'],
  ['We may share, license or sell your information to third parties for various marketing purposes.', 'yes', 'C3PA DB/172'],
  ['In our capacity as a Business and/or Data Broker under the CCPA, AdAdapted sells (and has sold in the preceding 12 months) personal information (e.g. App Data) through our transfer of information to Advertiser Partners and Advertising Networks.', 'yes', 'C3PA DB/176'],
  ['However, making certain identifiers available to third parties may be considered a sale under certain laws.', 'yes', 'C3PA WS/144'],
  ['Under certain state laws, this may be considered to be a sale of personal information for consideration. .', 'yes', "ToS;DR McDonald's"],
  ['Notwithstanding the foregoing, to the extent "selling" is interpreted under the California Consumer Privacy Act to include advertising technology activities, Wizards will comply with applicable law as to such activity.', 'yes', 'ToS;DR Wizards of the Coast (its card said "Does not sell" from the sentence before: "Wizards does not sell information collected from and about its customers to third parties.")'],
  ['To the extent this practice is interpreted to constitute a “sale” under the CCPA, please see our Cookies And Similar Technologies and Interest Based Advertising section below for more information including how to exercise your rights to opt-out of cookies, analytics and personalized advertising.', 'yes', 'ToS;DR Drop'],
  // A denied own-marketing disclosure whose exception names the recipients is that disclosure.
  ['Please note that we do not disclose your personal information to any third parties for their direct marketing purposes, except for any Client whose Event you have registered for, in which case the Client may use your personal information for their direct marketing purposes.', 'yes', 'ToS;DR Attendify'],
  ['We do not share your personal information with other third-party organizations for their own commercial uses except as described in this Privacy Policy, or with your express consent.', 'not-stated', 'ToS;DR Fivestars'],
  // An opt-out of the sale offered with its link presupposes the sale (soft: a denial elsewhere outweighs it); a right described in general does not.
  ['If you are a California resident and would like to opt-out of having your information sold, then please visit the following link: Do Not Sell My Personal Information .', 'yes', 'ToS;DR Healthline'],
  ['For example, California residents may be entitled to object, or opt-out, of having their information sold to third parties.', 'not-stated', 'ToS;DR Healthline'],
  // A law's duty or a user's preference is not the company's denial (it was quoted under "Does not sell").
  ['Nevada law (NRS 603A.340) requires each business to establish an email address or other means by which Nevada consumers may submit requests directing the business not to sell certain kinds of personal information that the business has collected or will collect about the consumer.', 'not-stated', 'ToS;DR Wizards of the Coast'],
  ['However, we have provided you with a system to record your preference that your data not be sold in the future.', 'not-stated', 'ToS;DR Blizzard'],
  // A request or an instruction not to sell is not the company's denial (Shopify's was its card's first "Does not sell" quote).
  ['This form provides a way for individuals (like you, or, where required by law, someone you authorize, also known as an ‘authorized agent‘) to request us to not sell or share your personal information to third parties.', 'not-stated', 'C3PA 30.html'],
  ['vii. Request us not to sell your personal data.', 'not-stated', 'ToS;DR Disqus'],
  ['When enabled, this feature informs third parties that use the consent tracking API to not sell your California customers’ data if they are doing so.', 'not-stated', 'ToS;DR Shopify'],
  ['Accordingly, Developer agrees not to disclose, distribute, sublicense, lease, rent, loan, resell or otherwise transfer the data received from the Service or API, the Service or API (other than those elements incorporated into the Developer App) or the API Key to any third party.', 'not-stated', 'ToS;DR FullContact (a developer\'s undertaking)'],
  // ...while the company's own denial after such a cue still counts.
  ['Signal does not sell, rent or monetize your personal data or content in any way – ever.', 'no', 'ToS;DR Signal'],
  ['We may share your information, including personally identifiable information, with non-affiliated third parties for their own marketing purposes.', 'yes', 'OPP-115 train'],
  // A passive with a long list of participles, a named organization with a list of verbs, "the third parties' direct marketing purposes", "in ways that constitute sales".
  ['All information, including the personal information (including consumer name and email), may be leased, licensed, shared, disclosed, or sold to third-parties for their marketing campaigns.', 'yes', 'C3PA DB/206'],
  ['i. Customers and Partners: NetWise Data may share, sell, or otherwise distribute personal information and other data with our customers and partners including, but not limited to, entities such as digital marketing companies, website publishers, advertising agencies, demand side platforms, data management platforms, public and private companies, and government agencies for commercial and marketing purposes.', 'yes', 'C3PA DB/200'],
  ["As discussed above, if you wish to opt-out of our sharing of your information with third parties for the third parties' direct marketing purposes offline please click here, or for email please click here.", 'yes', 'OPP-115 133_fortune.com (train)'],
  ["Alternately, such businesses may have in place a policy not to disclose personal information of customers to third parties for the third parties' direct marketing purposes if the customer has exercised an option to opt-out of such information-sharing.", 'not-stated', 'OPP-115 133_fortune.com (train)'],
  ['We may share your personal information with third parties in ways that constitute "sales" under the CCPA.', 'yes', 'C3PA DB/30'],
  // Business units sold with the data is a business transfer (the page says 'Barnes & Noble DOES NOT SELL OR RENT YOUR PERSONAL INFORMATION TO THIRD PARTIES').
  ['Barnes & Noble owns and operates other operations and businesses and we may share your personal information with our other business units and operations, even if such business units or operations are sold.', 'not-stated', 'OPP-115 453_barnesandnoble (train)'],
  // A limit set on a service provider is not the company's denial.
  ['We may use a third party service provider to manage or send emails on our behalf, but that third party is only authorized to use your information as necessary to send our email to you and it is not authorized to sell or transfer your information.', 'not-stated', 'OPP-115 1673_tulsaworld (train)'],
  ['We do not share your personal information in ways that constitute "sales" under the CCPA.', 'not-stated', 'constructed: the DB/30 hedge denied'],
  ['If we “sold” or disclosed your Personal Information for a business purpose, up to two separate lists disclosing:', 'not-stated', 'C3PA WS/25'],
  // A use "in connection with the sale ... of user information ... to a broker" names a sale and its buyer; a sale of the assets does not.
  ['Subject to applicable contractual or legal restrictions, in connection with the sale or exchange of Service user information and related data to a broker, political committee, or other non-profit or for-profit entity;', 'yes', 'C3PA WS/105 (its card said not stated)'],
  ['Subject to applicable contractual or legal restrictions, in connection with a sale of all or substantially all of the assets of DJTFP 2024;', 'not-stated', 'C3PA WS/105'],
  ['California law broadly defines sale such that it may include your contact information that may be “sold” to our subsidiaries and affiliated businesses or the Activity Information shared with select third parties as described in the Information We Share section of our Privacy Notice.', 'yes', 'C3PA WS/38'],
  ['When you submit this form, we will take reasonable steps to prevent your data to be sold to third parties, or shared for targeted advertising.', 'not-stated', 'C3PA DB/30'],
  // The consent a sale of minors' data would need is a rule, not a sale (each was a first 'Sells' quote).
  ['If we have actual knowledge that a California resident is younger than 16, we will request opt-in consent before selling their Personal Information.', 'not-stated', 'C3PA WS/47'],
  ['If you are under 13 years of age, your parent or guardian must authorize us to sell your Personal Data, which your parent or guardian may do by clicking the Opt-In link above.', 'not-stated', 'C3PA WS/124'],
  ['If you are a California resident and you have questions about our practices with respect to sharing information with third parties for their direct marketing purposes and your ability to exercise choice, please send your request to the following email address: privacy@wikihow.com or call us at (888) 338-6485.', 'not-stated', 'C3PA WS/25'],
  ['We do not rent or sell your information to third parties.', 'no', 'ToS;DR Wikimedia'],
  ['We do not sell or rent your Personal Information, nor do we give it to others to sell you anything.', 'no', 'ToS;DR Wikimedia'],
  ['Customer data is never sold, and is not shared with third parties for those third parties’ own business interests.', 'no', 'ToS;DR ShapeShift'],
  ['None of the personal information obtained by us will ever be sold, intentionally made public, or used in any way other than what’s listed.', 'no', 'ToS;DR Huge Miniatures'],
  ["We do our best to protect everyone's privacy: we do not attempt to track people who visit our website, we strive to collect only the personal information we actually need, and we don't sell it to anyone.", 'no', 'ToS;DR Liberapay'],
  ['AllTrails does not sell your Personal Data', 'no', 'C3PA WS/97'],
  // A business transfer is not selling.
  ['We may also sell, assign, or otherwise transfer such Personal Data in the course of corporate divestitures, mergers, acquisitions, bankruptcies, dissolutions, reorganizations, liquidations, or similar transactions or proceedings involving all or a portion of Lead411.', 'not-stated', 'C3PA DB/1'],
  ['Furthermore, if we choose to buy or sell assets, user information is typically one of the transferred business assets.', 'not-stated', 'ToS;DR IFTTT'],
  ['If we incorporate, sell, or otherwise transfer part or the whole of the Service, User Content and any other information collected through the Service may be assigned and/or transferred to the new entity.', 'not-stated', 'ToS;DR Candle (its card said "Sells" next to "We will not sell, rent, or give away your information")'],
  // Selling only aggregate or de-identified data is not selling personal data.
  ['We may aggregate or deidentify your information and may use, share, rent or sell aggregated or deidentified information for any purpose, and such information is not subject to this Privacy Policy.', 'not-stated', 'ToS;DR'],
  // A right described is not a practice stated.
  ['You have the right to request that we disclose what personal information we collect, use, disclose, and sell about you.', 'not-stated', 'C3PA DB/4'],
  ['Our business or commercial purpose for collecting or selling that personal information.', 'not-stated', 'C3PA DB/101'],
  ['We collect only as much personal information as necessary in order to sell our products through a secure and functional website.', 'not-stated', 'ToS;DR The Button Box'],
  // Third parties' duties are not the company's statement; minors-only denials do not reassure.
  ['These vendors may not use your personal information for their own marketing purposes.', 'not-stated', 'OPP-115 train'],
  ['We do not have actual knowledge that we sell personal information of individuals under 16 years of age.', 'not-stated', 'C3PA DB/105'],
  // Denials limited to one kind of data, or hedged, do not reassure; "not knowingly" still denies.
  ['We do not share or sell mobile numbers or Financial Data with these third parties.', 'not-stated', 'C3PA DB/101'],
  ['We do not sell personal information in the traditional sense although we do engage in online advertising.', 'not-stated', 'C3PA DB/33'],
  ['Military will not knowingly sell, share, rent, or otherwise transfer your information other than in accordance with the terms set forth in this privacy policy.', 'no', 'C3PA WS/112'],
  ['In our discretion, we may interpret your “deletion” request as a “Do Not Sell” request.', 'not-stated', 'C3PA DB/72'],
  // Data brokers that name themselves as the seller; a capitalized table header is not an actor.
  ['In the past 12 months, PeekYou has sold certain categories of personal information, including identifiers, demographic information, Internet activity, and commercial information.', 'yes', 'C3PA DB/125'],
  ['In the preceding twelve (12) months, Logiq has sold the following categories of personal information:', 'yes', 'C3PA DB/113'],
  ['CoStar may also “sell” or “share” certain Personal Information.', 'yes', 'C3PA WS/93'],
  ['Collected: YES Sold or Shared: NO Collected: YES To whom we disclosed personal information: Service Providers (For example, consultants, website developers, IT providers, auditors)', 'not-stated', 'C3PA DB/83'],
  // Hedges that admit a sale in the law's sense.
  ['In the preceding twelve (12) months we may have disclosed the following categories of information for a business purpose which falls within the definition of a ‘sale.’', 'yes', 'C3PA WS/99'],
  ['However, like many companies, we use services that collect information from You (to deliver advertisements to You for example) and this may classify this use as a “sale” of your Personal Data,', 'yes', 'C3PA WS/72'],
  ['We do not sell personal information for monetary consideration but we may transfer Consumer information to a third party that provides us with services such as helping us with advertising, data analysis and analytics, and security, which may fall under the definition of for “other valuable consideration” and which may therefore be considered a “sale” under some of the Privacy Laws.', 'yes', 'C3PA WS/99'],
  // CPRA "sharing" for cross-context behavioral advertising is a sale in the rubric's sense.
  ['In the preceding twelve (12) months, We have shared the following categories of personal information of non-minors for behavioral or cross context or targeted advertising.', 'yes', 'C3PA WS/99'],
  // Hedged or partial denials do not reassure.
  ['We also do not typically “sell” or “share” business information for cross-context behavioral advertising.', 'not-stated', 'C3PA DB/151'],
  ['Famous Birthdays does not otherwise sell personal information and we do not sell information about celebrities under 16 years of age.', 'not-stated', 'C3PA DB/104'],
  ['We do not sell data collected directly from you, content that you post to our services, or data that we collect automatically through the use of our services.', 'not-stated', 'C3PA DB/194'],
  ['Except as stated in this Privacy Policy, we will not share or sell your PII or any other Confidential Information to third parties.', 'not-stated', 'C3PA DB/152'],
  ['In the last twelve (12) months, we sold products and services that include limited Personal Data about residents of California who are commercial property owners, brokers, tenants, buyers and sellers.', 'yes', 'C3PA DB/168'],
  ['"Sales"/"Sharing": we "sell" (as defined by the applicable US State Privacy Law) and/or "share" (as defined by CCPA) (and, during the 12 months prior to the "Last Modified" date at the top of this Privacy Statement, have sold and/or shared) "identifiers" (a category of Personal Data) that we derive from each of the above categories of Personal Data to our clients in connection with their (and their respective clients’) advertising activities.', 'yes', 'C3PA DB/220'],
  ['Categories of personal information we “sell”: We may “sell” any of the categories of personal information listed above to third parties, except for Professional or employment-related information;', 'yes', 'C3PA WS/170'],
  ['Business partners: We may also provide your Personal Information or provide access to your Personal Information to our business partners, including for third party marketing or as a sale.', 'yes', 'C3PA DB/204'],
  ['Certain of these activities constitute a “share” under California privacy law, and a use for purposes of targeted advertising, under the law of Other Applicable States.', 'yes', 'C3PA DB/142'],
  ['Certain of these laws broadly define what constitutes a “sale” – including in the definition making available a wide variety of information in exchange for “valuable consideration.”', 'not-stated', 'C3PA DB/142'],
  // Denials inside a condition or limited to one kind of user do not reassure; a clause after the condition still denies.
  ['This right applies even if your personal information is not currently being sold.', 'not-stated', 'C3PA WS/18 page'],
  ['If you are a Business User, your information provided in your user account is confidential to HTM, and we neither sell your Personal Information nor share your Personal Information with third parties, except that your Personal Information may be shared with your company’s Admin and other users who have access to your company’s account.', 'not-stated', 'C3PA DB/180'],
  ['If you provide information via the Contact form, we don’t sell that information.', 'no', 'ToS;DR Yakka'],
  ['There is not yet a consensus as to whether third-party cookies and tracking devices associated with our websites and mobile apps may constitute a "sale" of your PI as defined by the CCPA.', 'yes', 'C3PA WS/126'],
  ['Depending on the consumer (and depending on whether the consumer is a Client of ours or a member of the public with whom we lack a direct relationship), we may disclose the following categories of information for such purposes which may be considered a sale (as defined by applicable law):', 'yes', 'C3PA DB/146'],
  // Rights and statutory definitions are not practices.
  ['be informed about the categories and the specific personal information that we may collect, the purposes for collecting that personal information, the categories of third parties to whom we may disclose that personal information and whether we disclose personal information for business purposes or for commercial purposes that would be considered a “sale” under the CCPA.', 'not-stated', 'C3PA WS/114'],
  ['to advance the commercial or economic interests of the Company, such as by inducing another to buy, rent, lease, join, subscribe to, provide, or exchange products, goods, property, information, or services, or enabling or effecting, directly or indirectly, a commercial transaction.', 'not-stated', 'C3PA WS/121 page'],
  ['This information will never, ever be shared, sold or given away to anyone.', 'no', 'ToS;DR The Session'],
  ['According to this broad definition, in the year before the date this policy was updated, we have sold or shared the following categories of Personal Information about at least some consumers:', 'yes', 'C3PA WS/4'],
  ['We will never sell your personal information, even if you ask us to.', 'no', 'constructed: "even if" alone does not weaken a denial'],
  // Disclosure to third parties for THEIR OWN marketing is a sale in the rubric's (CCPA) sense, with or without an opt-out.
  ['If you provide us with a "snail mail" address after May 15, 2005, we may provide that information to advertisers so that they can send you mail about their own products and services.', 'yes', 'OPP-115 1259_fool.com'],
  ['Custom Ink may share your information directly with third parties, including so they may send you marketing offers directly.', 'yes', 'ToS;DR point 7876'],
  ['From time to time we may disclose your contact information to third parties to allow them to market their products or services to you or for other marketing purposes.', 'yes', 'OPP-115 58_esquire.com'],
  ['The second is to have personal information shared with SCEA\'s third party partners so that they may send you marketing materials.', 'yes', 'OPP-115 635_playstation.com'],
  ['As discussed above in Section 2(B) and 8, you may opt-out of having your personally identifiable information shared with third parties for their marketing purposes.', 'yes', 'OPP-115 144_style.com'],
  ['You may request that we not share your personal information on a going-forward basis with FSD Affiliates or unaffiliated third parties for their direct marketing purposes by sending an email to the applicable FSD Service email contact.', 'yes', 'OPP-115 1708_foxsports.com (shortened)'],
  ['To remove your name and postal address from postal lists that we sell or rent to third parties for their direct marketing purposes, please use the postal list opt-out form available here.', 'yes', 'OPP-115 70_meredith.com (shortened)'],
  ['You may request to opt out of our sale of your personal information to third-parties for their direct marketing purposes.', 'yes', 'ToS;DR point 11998'],
  ['Sending you information about Adobe products and services, special offers and similar information, and sharing your information with third parties for their own marketing purposes (where your consent is not required)', 'yes', 'ToS;DR point 10067'],
  // ...but not when denied in its clause, only with consent ("never ... unless you consent"), only aggregate data,
  // only service providers' duties, or a "Shine the Light" right to ask (which discloses nothing by itself).
  ['We do not share personal information with third parties for their own direct marketing purposes.', 'not-stated', 'OPP-115 200_washingtonpost.com'],
  ["We don't rent or sell personal information to third parties for their marketing purposes.", 'no', 'OPP-115 1034_aol.com'],
  ['Roblox does not sell personal data about you to third-party companies for their marketing purposes', 'no', 'ToS;DR point 6037'],
  ['We will not share any personal data with third-parties for their direct marketing purposes to the extent prohibited by California law.', 'not-stated', 'ToS;DR point 10389'],
  ['We will never pass your personal details to anyone outside the RSC for them to use for their own marketing purposes unless you have previously provided us with your informed and specific consent.', 'not-stated', 'ToS;DR point 4707'],
  ['We do not share personal data collected online with unaffiliated third parties for their own direct marketing purposes and will not do so unless you agree to such disclosure.', 'not-stated', 'ToS;DR point 9964'],
  ['Only if you specifically agree to share your contact information with a third-party partner, for example, as part of a contest or promotion we sponsor with such a third party, will we share your contact information with that third-party partner for their direct marketing purposes.', 'not-stated', 'C3PA WS/45 (opt-in only: see selling.ts)'],
  ['Sharing Your Information with Other Companies We will not share your personal information outside The Walt Disney Family of Companies except in limited circumstances, including: When you allow us to share your personal information with another company, such as: Electing to share your personal information with carefully selected companies so that they can send you offers and promotions about their products and services.', 'not-stated', 'OPP-115 186_abcnews.com (opt-in only)'],
  ['Note, that we will not share your Personally Identifiable Information with third parties for their marketing purposes without obtaining your prior consent.', 'not-stated', 'OPP-115 962_lynda.com'],
  ['Intuit may make anonymous or aggregate personal information and disclose such data only in a non-personally identifiable manner to: Advertisers and other third parties for their marketing and promotional purposes, such as the number of users who applied for a credit card.', 'not-stated', 'ToS;DR point 996'],
  ['These service providers are restricted from using personal information in any way other than to provide services for The New York Times, and they may not share, resell or use the data for their own direct marketing purposes.', 'not-stated', 'OPP-115 26_nytimes.com'],
  ['Your California Privacy Rights Under California\'s "Shine the Light" law, California residents who provide personal information in obtaining products or services for personal, family or household use are entitled to request and obtain from us, once per calendar year, information about the customer information we shared, if any, with other businesses for their own direct marketing uses.', 'not-stated', 'OPP-115 1610_post-gazette.com'],
  ['If you live in California and have an established business relationship with us, you can request a list of the personal information we have shared with third parties for their marketing purposes.', 'not-stated', 'OPP-115 1498_ticketmaster.com'],
  // Data brokers: licensing data to customers is an exchange for value (a sale); licensing terms to users are not.
  ['With Our Customers: As described above, we license the Information in various ways to our customers (and something to partners and resellers, who license the Information to their customer), when we provide our Services.', 'yes', 'C3PA DB/175'],
  ['You grant us a license to use the information and content you post for the purpose of providing the Services.', 'not-stated', 'constructed: a license from the user is not a sale'],
  ['We use this Licensed Data to provide our Services to our Clients.', 'not-stated', 'C3PA DB/134 (data licensed from others, an adjective)'],
  // Disclosure tables as the extractor flattens them: a Yes / Sold / named-recipient cell under a selling column is a sale.
  ['Do we sell? ||| YES ||| YES ||| YES ||| NO ||| YES ||| YES', 'yes', 'C3PA DB/194'],
  ['Do we sell? ||| NO ||| NO ||| NO ||| NO', 'not-stated', 'C3PA DB/194'],
  ['Types of Personal Data: Types of Personal Data Geolocation data ||| Sold or Disclosed for Targeted Advertising: Sold or Disclosed for Targeted AdvertisingSold; Disclosed for Advertising', 'yes', 'C3PA WS/65'],
  ['Types of Personal Data: Types of Personal Data Geolocation data ||| Sold or Disclosed for Targeted Advertising: Sold or Disclosed for Targeted AdvertisingDisclosed for Advertising', 'not-stated', 'C3PA WS/65, value changed to Disclosed only'],
  ['Categories of recipients for selling ||| Customers (to provide the Lead Generation Services) ||| None', 'yes', 'C3PA DB/105 (its gold label says no; RUBRIC: a sale)'],
  ['Categories of Third Parties to Whom Personal Information Is "Sold" or “Shared” - Advertising technology companies and advertisers for the purpose of targeted advertising', 'yes', 'C3PA WS/37'],
  ['Categories of Third Parties to Whom Personal Information is "Sold" or "Shared" - N/A', 'not-stated', 'C3PA WS/37'],
  ['Third parties to whom information is shared or sold Advertisers, publishers, advertising agencies, technology platforms', 'yes', 'C3PA DB/152'],
  ['May be sold to the following categories of third parties:', 'yes', 'C3PA DB/49'],
  ['We have not sold personal information to the following categories of third parties:', 'no', 'constructed from C3PA DB/49'],
  ['You have the right to know the categories of third parties to whom we sold your personal information: name them.', 'not-stated', 'constructed: a right described'],
  // More hedges that admit the company's own practice may be a sale; a law's breadth alone is not.
  ['We also offer an opt-out from the use of cookies and other tracking technologies in connection with our Services, which may in some cases constitute the sale of your personal information under the CCPA or other privacy laws.', 'yes', 'C3PA DB/52'],
  ['The CCPA’s broad definition of “sale” may include using services to deliver targeted advertising on other sites or applications.', 'yes', 'C3PA DB/223'],
  ['The CCPA defines “sale” broadly, and it may include our sharing information that we have about you, such as a cookie ID or IP address, with third party advertising partners who may use this information, on our behalf, to help us deliver advertising.', 'yes', 'C3PA DB/152'],
  ['Although usually these rights are not the permanent right to use the information, some state laws may define these licenses as a “sale” or as “sharing” of consumer information that is subject to certain rights to opt out of the sale or the sharing.', 'yes', 'C3PA DB/151'],
  ['Some state laws may define sale broadly.', 'not-stated', 'constructed: a definition, no practice'],
  // A denial that names sensitive data as included still covers all personal data; one that names only it does not.
  ['We do not sell and have not sold Personal Data, including your Sensitive Personal Data, in the preceding 12 months.', 'no', 'C3PA WS/20'],
  ['We do not sell sensitive personal information.', 'not-stated', 'constructed: narrow denial'],
  // A heading glued to its sentence ("The information we sell" + "We do not sell ...") is read as two.
  ['The information we sell We do not sell the personal information that we collect.', 'no', 'C3PA WS/90'],
  ['California law classifies our use of these services as a “sale” of your Personal Information to the companies that provide the services.', 'yes', 'C3PA DB/145 (its gold label says no; RUBRIC: a sale)'],
  ["California law doesn't classify our use of these services as a sale.", 'not-stated', 'constructed from C3PA DB/145'],
  // "Our sale of your personal information" presupposes a sale: yes when the policy denies nothing (see the policy-level test).
  ['The right to opt out of our sale of your personal information.', 'yes', 'C3PA DB/49 page'],
  ['How to Opt-Out of the Sale of Personal Information: You may opt-out of L2’s sale of your personal information as defined by the CCPA.', 'yes', 'C3PA DB/52'],
  // CCPA disclosures of categories sold: a list of categories is a sale; "None" / "Not applicable" / a denial is not.
  ['Categories of Personal Information Sold in the past 12 months: Identifiers; Commercial information.', 'yes', 'constructed from the CCPA disclosure wording (issue family)'],
  ['Categories of Personal Information Sold in the past 12 months: None.', 'not-stated', 'constructed'],
  ['Categories of Personal Information We Sell: Not applicable.', 'not-stated', 'constructed'],
  ['Categories of personal information sold: We do not sell personal information.', 'no', 'constructed: a denial after a label is read in its own clause'],
  ['The categories of personal information we have sold in the last 12 months are: identifiers and inferences.', 'yes', 'constructed (issue family)'],
  ['In the preceding 12 months, we have not sold any personal information.', 'no', 'constructed (issue family)'],
  // An exception to a denial that is itself a sale is a sale; service providers, business transfers and consent are not.
  ['We do not sell personal information, except to our partners for their own marketing.', 'yes', 'constructed: the false-reassurance trap'],
  ['We do not sell your personal information, except to service providers acting on our behalf.', 'no', 'constructed (RUBRIC: service-provider exceptions do not change a no)'],
  ['We do not sell your personal information to third parties except in connection with a merger.', 'no', 'constructed (RUBRIC: business transfers)'],
  ['We will not sell your information to partners without your consent.', 'no', 'constructed'],
  // Denials scoped to one source, one kind of recipient or "any other" data do not reassure (data brokers).
  ['Acxiom does not sell or share information collected based upon a visit to the acxiom.com website.', 'not-stated', 'C3PA DB/7 (its gold label says no)'],
  ['Acxiom does not sell personal information to individual consumers.', 'not-stated', 'C3PA DB/7 (its gold label says no)'],
  ['Lotame does not sell any Personal Information that is collected through its Websites.', 'not-stated', 'C3PA DB/39 (its gold label says no)'],
  ['No personally identifiable information is collected through these retargeting services, and we do not sell or rent the information collected through tracking pixels.', 'not-stated', 'OPP-115 1224_www.austincc.edu (thirteenth round: the denial covers pixel data only)'],
  ['We do not sell the information collected by cookies.', 'not-stated', 'constructed: a cookie policy, paraphrased'],
  ['We do not sell personal information collected by us or through cookies, or otherwise.', 'no', 'constructed: a general denial that names cookies among sources'],
  ['Information collected during the course of an inquiry will not be sold or otherwise disclosed to any third party; provided that such information may be shared internally within Chase Paymentech.', 'not-stated', 'OPP-115 1306_www.chasepaymentech.com (thirteenth round: inquiry data only, in the passive)'],
  ['Personal information collected through our website will never be sold.', 'not-stated', 'constructed: the Lotame scope, in the passive'],
  ['We do not sell personal information, including information collected through surveys.', 'no', 'constructed: a general denial that names one source among all'],
  ['We do not sell information that’s shared through LeadIQ Integration by our paying customers.', 'not-stated', 'C3PA DB/57 (its gold label says no)'],
  ['Except for this kind of sharing, Arity does not sell or share any other personal information.', 'not-stated', 'C3PA DB/15 (its gold label says no)'],
  ['Credit card information that is collected on our sign-up page is done via a SSL certificate and the information is not sold or shared.', 'not-stated', 'C3PA DB/10 (a passive denial about card data only)'],
  ['Generally, we do not sell, rent, lease or disclose your Personal Information to third parties, except if you consent to such disclosure or as described in this Privacy Policy.', 'not-stated', 'OPP-115 1713_latinpost'],
  ['We will not rent or sell your information to third parties outside Instagram (or the group of companies of which Instagram is a part) without your consent, except as noted in this Policy.', 'not-stated', 'OPP-115 135_instagram'],
  ['We do not sell personal information collected through our website or otherwise.', 'no', 'constructed: "or otherwise" widens the scope'],
  ['We sell or share for targeted advertising purposes Geolocation information to marketing and advertising services.', 'yes', 'C3PA WS/68'],
  // A "Do Not Sell" link name cut by the page, and selling products, are not statements about data.
  ['o Not Sell or Share My Personal Information only for NYP Print Subscribers If you are a CA, CT or VA resident and currently subscribe for home delivery of the print edition.', 'not-stated', 'C3PA WS/155'],
  // Shared with recipients who then market to the user: their own marketing (RUBRIC.md "Selling"), even without the word.
  ['In some cases, we will share your personal information and credit card information with third parties who may offer you a gift or promotional offer as a result of your purchase or subscription to a TEN product or publication.', 'yes', 'OPP-115 1099_motortrend'],
  ['We may also use or share contest information with our business and marketing partners to offer you products or services that we believe may be of interest to you.', 'yes', 'OPP-115 640_gamestop'],
  ['• Pass on to selected companies to provide you with offers and promotions', 'yes', 'ToS;DR Grantsreach (a list item)'],
  ['We may share your information with partners to provide you with the services you requested.', 'not-stated', 'constructed: providing the service, not marketing'],
  ['We will not share your information with third parties who may send you promotional offers.', 'not-stated', 'constructed: denied sharing for their marketing is not a denial of selling'],
  ['We use your information to offer you products and services that may be of interest to you.', 'not-stated', 'constructed: our own marketing'],
  // ...unless it says what it stops, the company's own disclosure for others' ends: the policy calls that a sale.
  ['e. Do Not Sell My Info.If you do not want us to share your data with our affiliated companies for their own use, please click here.', 'yes', 'ToS;DR Disqus'],
  ['If you are a resident of the United States of America, you can opt out of sharing personal information with third-party advertisers: Do Not Sell My Info.', 'yes', 'ToS;DR Gladly'],
  ['California users may click the “Do Not Sell My Personal Information Link” available in a banner on the bottom of our website to opt out of Ad Partner information collection.', 'yes', 'ToS;DR Urban Dictionary'],
  ['However, in line with the California Consumer Privacy Act (CCPA), you may still send us a "Do Not Sell My Personal Information" request if you wish.', 'not-stated', 'ToS;DR Explainthatstuff'],
  ['We do not offer, sell or otherwise make available our products or services that have access to, collect and process (or allow us to do the same) personal data of third parties in the Russian Federation.', 'not-stated', 'ToS;DR CCleaner'],
  // Section or column names that presuppose a sale: yes alone, outweighed by an explicit denial (soft); not right-to-know list items.
  ['Categories of Personal Information About Guests that Target Sells or Shares (for Cross-Context Behavioral Advertising) and Categories of Third Parties to Whom Personal Information Is Sold or Shared (for Cross-Context Behavioral Advertising)', 'yes', 'C3PA WS/18'],
  ['Categories of third parties to whom we may “sell” the PI', 'yes', 'C3PA DB/186'],
  ['The categories of Personal Information about you that we sold and the categories of third parties to whom the Personal Information was sold; and', 'not-stated', 'C3PA DB/108 (a right-to-know list item)'],
  ['Famous Birthdays Pro sells reports of celebrities trending on our platform.', 'yes', 'C3PA DB/104 (reports about people are personal information)'],
  ['We sell reports on market trends.', 'not-stated', 'constructed: reports that are not about people'],
  // A column header is not a statement.
  ['LoopMeUser Type Statutory category of personal information (PI) click here for details Source of the PI Purpose for collection How we may share, disclose or “sell” information.', 'not-stated', 'C3PA DB/145'],
  // Audit of unlabeled ToS;DR policies (2026-11-23): one real sentence per error class.
  // The company acting jointly with its partners is the company acting (was read as a third party's act: a false 'no').
  ['By using our Service, you agree that us and our third-party partners may store, sell, port, combine with other data, monetize, utilize and otherwise use either (i) the personally indefinable information about you that we share with them, or (ii) the personally identifiable information they discover and/or identify as described above.', 'yes', 'ToS;DR Your Custom Meal Plan'],
  // A denial fronted by its negation ("Under no circumstances is ... sold") is a denial.
  ['Under no circumstances is your personal data sold or transferred in any way to other parties.', 'no', 'ToS;DR PDF Annotator'],
  // Selling parts of the site or company is a business transfer.
  ['In order to accommodate changes in our business, we may sell or buy portions of the Site or our company, including the information collected through this Site.', 'not-stated', 'ToS;DR Pumpkin FM'],
  // Sharing "for purposes that may be a sale" admits a possible sale.
  ['If you are a California resident and would like to opt out of information sharing for purposes that may be a “sale” under California law, you may do so here.', 'yes', 'ToS;DR Built In'],
  // A hedged denial ("not actively", "in a way that specifically identifies") does not reassure.
  ['We do not actively collect Personal Information for the purpose of sale of such information in a way that specifically identifies the individual (i.e. we don’t sell customer lists).', 'not-stated', 'ToS;DR Plato'],
  // Second audit round: a question is not a statement; consent-only sharing; a denial with a notice escape hatch.
  ['Do we share, disclose or sell your personal information?', 'not-stated', 'ToS;DR CamScanner (answered by "We do not sell your personal information.")'],
  ['We may share your email address with our third party marketing partners for their own marketing in the event you have consented to receive such communication in the “Settings” section of the Site.', 'not-stated', 'ToS;DR Deezer (opt-in only, as the other consent-only rows)'],
  ['We do not sell, trade, or otherwise transfer to outside parties your personally identifiable information unless we provide you with advance notice.', 'not-stated', 'ToS;DR ImgPile'],
  ['As a general rule, we do not sell, rent, lease or otherwise transfer any information collected whether automatically or through your voluntary action.', 'not-stated', 'ToS;DR theinspiredtreehouse'],
  // Fourth round (ToS;DR documents that mention selling): a business sold is a business transfer; third parties that sell
  // are not the company; minors-only and narrowed denials (to advertisers, for their own marketing) do not reassure.
  ['We may share your data when our business is sold to others, but it must continue to be used in accordance with this Privacy Policy.', 'not-stated', 'ToS;DR LinkedIn (C3PA WS/118 gold says yes for other reasons)'],
  ['We do not cooperate with Feature Tool providers that sell or otherwise transfer any of your data to third parties without your consent.', 'not-stated', 'ToS;DR ASKfm'],
  ['Regarding California users aged 13 to 16, we do not sell the personal information of such users we actually know to be of this age without affirmative authorisation to do so.', 'not-stated', 'ToS;DR ASKfm'],
  ['Some commentators may consider the presence of these third-party cookies as a “sale” of personal information to those third parties for purposes of certain state laws.', 'yes', 'ToS;DR Betty Crocker'],
  ['We never sell your information to any third party advertiser.', 'not-stated', 'ToS;DR Kairos Software'],
  ['StreamGuys will not sell or otherwise provide the information we collect to outside third parties for the purpose of direct or indirect mass email marketing.', 'not-stated', 'ToS;DR StreamGuys'],
  ['Crowdmark will not sell, rent, license, or trade your personal information with third parties for their own direct promotional or marketing use unless Crowdmark receives your express consent to do so.', 'not-stated', 'ToS;DR Crowdmark'],
  ['We do not sell your personally identifiable information to third parties or mass marketers.', 'no', 'ToS;DR Alzforum (a general denial stays no)'],
  // Sixth round (113 unaudited OPP-115 and ToS;DR pages). A business sold "a portion of or all of" is a transfer (it lit "Sells").
  ['In the unlikely event that we sell a portion of or all of our business or in the event that we reorganize, customer records would likely be transferred to the acquiring company or new entity; however, any personal information in those records will remain subject to the promises made in the pre-existing privacy policy.', 'not-stated', 'OPP-115 1539_geocaching (train)'],
  // Others' marketing in other words: partners who "provide you with special offers", advertisers who "serve ads to you", mailing lists given to companies.
  ['We may share your personal information with certain third parties with whom we do business, such as our authors or promotional co-sponsors, so that they can provide you with special offers, promotional materials, and similar materials that may be of interest to you.', 'yes', 'OPP-115 652_primagames (train; its card said "Does not sell")'],
  ['We may also provide your information to our advertisers, so that they can serve ads to you that meet your needs or match your interests.', 'yes', 'OPP-115 82_drinksmixer (train)'],
  ['Also, your viewing activity on the Site may be shared with advertising networks, so that they can display ads for you, which they believe will interest you, on other sites, not affiliated with Miami New Times.', 'yes', 'OPP-115 1419_miaminewtimes (train)'],
  ['At times, we make customer mailing lists available to carefully screened companies whose products or services might interest individuals who have shopped on the Site.', 'yes', 'OPP-115 93_pbs (train; its card said "Does not sell")'],
  ['Personalization: MediaNews uses PIN and CIN that is collected to personalize the content and advertising that users see based on personal characteristics and preferences, enhance products and services and develop new products and services, and share user information with select advertisers or other third parties whose products or services may be of interest to you.', 'yes', 'OPP-115 1618_sltrib (train)'],
  ['We may share Personally Identifiable Information with third parties, who may contact you to offer products and services.', 'yes', 'OPP-115 164_adweek (train; its card said not stated)'],
  ['With appropriate consent when required, certain CBS Services may share your contact information with third party marketing partners, and they may contact you by email, telephone, postal mail or other common communication methods with marketing and promotional messages about their products or services.', 'yes', 'ToS;DR last.fm (CBS; its card said not stated)'],
  // A hedged denial does not reassure.
  ['We generally do not sell or trade any personal information about our users to any third parties.', 'not-stated', 'ToS;DR Sessions Live (its card said "Does not sell")'],
  ['For example, CBS Interactive Services such as ZDNet.com and TechRepublic.com offer free access to relevant services (e.g., webcasts and white papers) if you allow your information to be shared with third parties so that they can contact you by email, telephone, postal mail or other common communication methods about their products or services.', 'not-stated', 'OPP-115 641_gamerankings (train; opt-in only)'],
  ['We share information with our service providers so that they can serve ads to you on our behalf.', 'not-stated', 'constructed: ads served for us'],
  ['To make it easier for us to comply with the Federal CAN-SPAM Act of 2003, we may share our email list of people who have requested not to receive promotional communications from us with the list providers (or contractors) solely so that we can avoid sending emails to people who have asked not to receive them.', 'not-stated', 'OPP-115 1259_fool (train)'],
  // An opt-out of the company's own disclosure under "Shine the Light" presupposes it; the law described does not.
  ['Under the California “Shine The Light” law, California residents may opt-out of SIDEARM’s disclosure of personal information to third parties for their direct marketing purposes.', 'yes', 'OPP-115 1636_fightingillini (train; its card said "Does not sell")'],
  ["California law requires certain businesses to respond to requests from California residents asking about the business's practices related to disclosing personal information to third parties for the third parties' direct marketing purposes.", 'not-stated', 'OPP-115 940_wikitravel (train)'],
  ['Within this meaning, we may have disclosed (as that term is defined by the CCPA) Personal Information in the categories below from consumers and users of our Services within the last twelve months where such disclosure may fall within the CCPA’s definition of a "sale."', 'yes', 'ToS;DR USA TODAY'],
  // A lead-in to circumstances: its items decide (OPP-115 581_coffeereview (train): the only sale listed is of the company).
  ['We may use, sell, disclose, or otherwise dispose of Personal Information we collect in the following circumstances:', 'not-stated', 'OPP-115 581_coffeereview (train; it lit "May sell")'],
  ['As the owner of this information, we may disclose or sell such information as an asset of the company in conjunction with the sale of the company or a substantial portion of our assets to a third party.', 'not-stated', 'OPP-115 581_coffeereview (train)'],
  // A denial about one thing only: the phone number just named.
  ['But we won’t save your number, share it, sell it, or even show it to anyone.', 'not-stated', 'ToS;DR Imgur'],
  // CPRA "sharing" (for cross-context behavioral advertising) in quotes as the company's own act, or hedged, is a sale by
  // the rubric; the right to opt out of it, or a denial of "sharing" alone, says neither.
  ["We also \"share\" your personal information when serving targeted advertising (referred to as 'cross-context behavioral advertising' under California law).", 'yes', 'C3PA DB/30'],
  ['The activities described in this section may be considered “sharing” data under the laws of certain states.', 'yes', 'C3PA WS/121'],
  ['You have the right to opt out of the “selling” or “sharing” of your Personal Information, as those terms are defined by the CPRA.', 'not-stated', 'C3PA DB/134'],
  ['Please note that we do not “share” (as defined under the California Privacy Rights Act) your personal information; we do not engage in targeted or cross-context behavioral advertising.', 'not-stated', 'C3PA DB/229'],
  // A passive with the verb in quotes: "may be “sold”" is "may be sold".
  ['DMA level location data may be “sold” or “shared” for targeting of advertising to specific areas, but not specific location.', 'yes', 'C3PA WS/154'],  // Tenth round (current "Do Not Share" pages read through the search tool): the law's definition of the term, with the
  // term as subject, is not the company's practice (a definition of "sharing" lit "Sells" and the high warning).
  ['“Share,” “shared,” or “sharing” means sharing, renting, releasing, disclosing, disseminating, making available, transferring, or otherwise communicating orally, in writing, or by electronic or other means, a consumer’s personal information by the business to a third party for cross-context behavioral advertising, whether or not for monetary or other valuable consideration.', 'not-stated', 'Cal. Civ. Code § 1798.140(ah), quoted in CPRA notices'],
  ['“Sharing” may also include providing personal information to other companies for cross-context behavioral advertising, even where no money changes hands.', 'not-stated', 'constructed: a current "Do Not Share" page, paraphrased'],
  ['“Sale” means selling personal information to a third party for value; we do not sell personal information.', 'no', 'constructed: a definition with the company\'s own denial'],
  ['Sharing involves giving personal information to another company for cross-context behavioral advertising.', 'not-stated', 'constructed: a compliance explainer, paraphrased'],
  // Eleventh round: "not for sale" is a denial when data is what is not for sale (common on privacy-first products' pages).
  ['Your data is not for sale.', 'no', 'constructed: a current product privacy page'],
  ['Your personal information is never for sale.', 'no', 'constructed: the same, another wording'],
  ['We are not for sale.', 'not-stated', 'ToS;DR TheTechieGuy.com disclosure policy (the company, not data)'],
  ['Your data is not for sale, but we share it with advertisers for their own marketing purposes.', 'yes', 'constructed: a denial beside a sale'],
  // Twelfth round: the U.S. banks' "FACTS" notice (the federal model form). Its row "For nonaffiliates to market to you"
  // answered "Yes" shares with other companies for their own marketing; "No" is neither a sale nor a denial.
  ['For nonaffiliates to market to you | Yes | Yes', 'yes', 'constructed: the model form\'s row, as the extractor joins a table row'],
  ['For our affiliates to market to you No Yes For non-affiliates to market to you Yes Yes', 'yes', 'constructed: Zeta\'s flattened table (below) with the row answered "Yes"'],
  ["For our everyday business purposes–such as to process your transactions, maintain your account(s), respond to court orders and legal investigations Yes No For our marketing purposes–to offer our products and services to you Yes No For joint marketing with other financial companies No Yes For our affiliates' everyday business purposes –information about your transactions and experiences No No For our affiliates to market to you No Yes For non-affiliates to market to you No Yes", 'not-stated', 'ToS;DR Zeta: the row answered "No"'],
  ["For nonaffiliates to market to you | No | We don't share", 'not-stated', 'constructed: the model form\'s other answer'],
  // Fourteenth round: a denial that allows the sale later is no reassurance (RUBRIC: "may" sell is `yes`); a later sale
  // only after notice and an opt-out keeps the denial (the dev labels read Yelp's and Streamlabs' so).
  ['We do not currently sell your personal information, but we may do so in the future.', 'yes', 'constructed: an app policy, paraphrased'],
  ['We do not sell your personal information, and we will not do so in the future without providing you with notice and an opportunity to opt-out of that sale.', 'no', 'ToS;DR Streamlabs'],
  ['We do not sell your personal information, but we may share it with service providers, who may do so only on our behalf.', 'no', 'constructed: "do so" is the providers\' processing'],
  ['We do not sell your personal information to anyone, but they may do so with data you give them directly.', 'no', 'constructed: "they" are someone else'],
  // Fifteenth round: a denial about a child's data only, or about one kind of buyer, does not reassure about the rest.
  ["We do not share, sell, rent, or trade your child's personal information with third parties for promotional purposes.", 'not-stated', 'constructed: a children\'s privacy notice, paraphrased'],
  ['We do not sell your personal information to data brokers.', 'not-stated', 'constructed: a narrow denial, as "to advertisers" already was'],
  // Sixteenth round: CCPA "sharing" in plain words, disclosure to advertising companies or partners for interest-based or
  // targeted advertising (RUBRIC: the CCPA sense of sale/sharing is `yes`), only after a verb of sharing.
  ['When you use our website, we share information that we collect from you, such as your email (in hashed form), IP address or information about your browser or operating system, with our partner/service provider, LiveRamp Inc. LiveRamp returns an online identification code that we may store in our first-party cookie for our use in online and cross-channel advertising and it may be shared with advertising companies to enable interest-based and targeted advertising.', 'yes', 'ToS;DR Daily Racing Form'],
  ['It may also be shared with advertising companies to enable interest-based and targeted advertising.', 'yes', 'ToS;DR USA TODAY California privacy policy'],
  ['We do not sell personal information in exchange for money, but we may share it with advertising partners for targeted advertising.', 'yes', 'constructed: a denial of sale for money next to CCPA sharing'],
  ['We do not share your personal information with advertising partners for targeted advertising.', 'not-stated', 'constructed: a denial of sharing is not a denial of sale'],
  ['We provide aggregated data to advertising partners for targeted advertising.', 'not-stated', 'constructed: aggregate data only'],
  // Eighteenth round: disclosure to third parties or partners "for marketing (and advertising) purposes", an offered opt-out
  // of it ("you may opt-out of having ... shared", "if you prefer that we do not share"), partners "permitted to send you
  // marketing communications"; disclosure only after the user opted in stays not `yes`.
  ['You may opt-out of having your personally identifiable information shared with business partners and third parties for marketing and advertising purposes by e-mailing us at techtrouble(at)theatlantic(dot)com, or contacting us at the phone numbers or postal address provided below.', 'yes', 'OPP-115 20_www.theatlantic.com (dev)'],
  ['If, at any time, you prefer not to receive mail or telephone solicitations originated by The New York Times Home Delivery Department, or if you prefer that we do not share this information with third parties for marketing purposes, please email us at opt-out@nytimes.com.', 'yes', 'OPP-115 26_www.nytimes.com (dev, shortened)'],
  ['FSD may share your information with business partners to permit them to send you marketing communications, consistent with your choices.', 'yes', 'OPP-115 1708_www.yardbraker.com'],
  ['We may share your personal information with third parties for marketing purposes.', 'yes', 'constructed'],
  ['We do not share your data with third parties for marketing purposes.', 'not-stated', 'ToS;DR craigslist: a denial of sharing for marketing is not a denial of sale'],
  ['We share information with our service providers for marketing purposes.', 'not-stated', 'constructed: service providers act for us'],
  ['You may request that we stop sharing your information with a third party or third parties for direct marketing purposes after you have opted into such disclosure through the Site(s) by emailing us at support@curse.com.', 'not-stated', 'OPP-115 744_minecraft.gamepedia.com (shortened): only after an opt-in'],
  ['Event sponsors and partners - we may share your personal data with sponsors of Guardian events and partners who we hold events with for marketing purposes when you have given your permission for us to do so.', 'not-stated', 'ToS;DR The Guardian: only with permission'],  // Twenty-first round: the 162 "Does not sell" cards of the 774 pages, each denial read, and the sentences of those pages
  // that disclose to others for marketing but gave nothing. Recipients "who provide goods or services that we believe may
  // be of interest to you" and partners sent your data "to offer you certain products, services or promotions" market to
  // the user (their own marketing).
  ['Notwithstanding anything herein to the contrary, we may provide your location information to third parties who provide goods or services that we believe may be of interest to you.', 'yes', 'OPP-115 1666_www.wsmv.com'],
  ['We provide personal information to our partners that provide product and service offerings or technologies that we think may be of interest to you.', 'yes', 'OPP-115 453_www.barnesandnoble.com (its "DOES NOT SELL OR RENT" stood alone)'],
  ['We may share your information with our business partners to offer you certain products, services or promotions.', 'yes', 'ToS;DR Oceanhero (a Termly line; K & K has it too)'],
  ['We may share your information with our business partners to offer you certain products.', 'not-stated', 'constructed: no offer or promotion, nothing "of interest"'],
  ['We may also make your name, email address, mailing address, telephone number, and/or demographic information available to carefully selected business partners, vendors and other third party organizations to provide you with information about products, services and special offers we think may interest you.', 'yes', 'ToS;DR FinanceBuzz'],
  ['We may share your Data with third parties to enable them to provide personalised advertisements on the Site or the Application or on the third parties websites.', 'yes', 'ToS;DR Deezer (CCPA "sharing" for targeted advertising)'],
  // A denial scoped to the recipients' own marketing does not reassure, also when the scope comes late in a long sentence
  // ("for such parties’ own marketing purposes"); a scope that belongs to a clause of its own, or "or for any other
  // purpose", leaves the denial whole.
  ['Canva does not sell, rent, or share the information we collect directly from you or about you from third parties with these third-party ad servers or ad networks for such parties’ own marketing purposes.', 'not-stated', 'ToS;DR Canva cookie policy'],
  ['Never selling your information or sharing it with third parties for marketing purposes.', 'no', 'ToS;DR Wikimedia: the scope is the sharing\'s'],
  ['We do not sell your personal information, and we will never share it with third parties for their own marketing purposes.', 'no', 'constructed: the scope is the second clause\'s'],
  ['We do not sell your personal information to third parties for their own marketing purposes or for any other purpose.', 'no', 'constructed'],
  ['We do not share or sell visitor data for the purposes of advertising, marketing, or any other commercial purpose.', 'no', 'OPP-115 523_www.usa.gov (was not stated: the scope reads on to "any other")'],
  // The user's undertaking in terms of service is not the company's denial.
  ['You may not (and may not permit or cause any other party to) sell or resell or otherwise use the Service or any information provided through the Service for commercial purposes, nor may you reproduce, copy, modify, attempt to reverse engineer, make derivative works from or otherwise display or distribute information provided through the Service.', 'not-stated', 'ToS;DR Tesla customer privacy notice (its terms)'],
  ['You are responsible for ensuring and maintaining the confidentiality of, and shall not transfer sell or assign, access numbers, passwords and user names provided by the Company.', 'not-stated', 'ToS;DR Consensus Cloud Solutions terms'],
  ['Except as expressly authorized in advance by us, you agree not to reproduce, modify, rent, lease, loan, sell, distribute or create derivative works based on, all or any part of the Site or any information or materials made available through the Site.', 'not-stated', 'ToS;DR Atlantic Records terms'],
  ['Publisher agrees not to reproduce, disseminate, sell, distribute or commercially exploit any such proprietary information in any manner.', 'not-stated', 'ToS;DR USA Carry terms'],
  ['Your personal information shall not be sold to third parties.', 'no', 'constructed: "Your" is no undertaking'],
  // A product sold, or a "selling user" (the seller on a marketplace), is no data sold.
  ['Temporall does not sell the Product or Documentation to Customer.', 'not-stated', 'ToS;DR Temporall terms'],
  ['The refund can be also released earlier in case selling user is inactive and/or shipping label is not downloaded by a selling user for a certain period of time.', 'not-stated', 'ToS;DR Vinted terms'],
  ['We are not selling user data to anyone.', 'no', 'constructed: "selling user data" is data'],
  // Round 24 (the cards' sells-data warnings read back): services "identified" in an order, and a product sold "as is"
  // far after an "end-user" in the same run-on clause, are no data sold.
  ['Certain services including, but not limited to maintenance, support, extended manufacturer warranty service, and other services provided under a manufacturer’s SKU identified in a purchase order, are sold by ePlus as a reseller without a statement of work.', 'not-stated', 'ToS;DR ePlus Technology terms'],
  ['Buyer ,shall not extend to any end-user warranty terms, which are different than Sunrise’s standard warranty terms.,Limitation of LiabilityEXCEPT AS EXPRESSLY PROVIDED IN SUNRISE’S WRITTEN WARRANTY STATEMENT FOR THE ,PRODUCT AND THIS AGREEMENT, THE PRODUCT IS SOLD “AS IS”, AND SUNRISE MAKES NO ,WARRANTIES, EXPRESSEDOR IMPLIED, AND THE PARTIES EXPRESSLY EXCLUDE ALL ,WARRANTIES INCLUDING, BUT NOT LIMITED TO, WARRANTIES OF MERCHANTABILITY, FITNESS ,FOR A PARTICULAR PURPOSE, AND PRODUCT QUALITY.', 'not-stated', 'ToS;DR Sunrise Medical terms (as extracted)'],
  ['As ePlus has no control over the manufacturing of the products sold herein, it cannot and does not indemnify customer for claims by third parties that products infringe any patent, copyright, trademark or trade secret.', 'not-stated', 'ToS;DR ePlus Technology terms: products sold, no denial of a sale of data'],
  // Round 35: a denial about students' data only.
  ['not sell or rent student personal data;', 'not-stated', 'ToS;DR Microsoft (a school pledge: students\' data only)'],
  // Round 36: a recipient that "may use your information" for its own marketing has been given it; not a service provider barred from it.
  ['These third parties may include providers of prizes in order to update you of your status of your prize or other fulfillment needs or a co-sponsor who may use your Personal Information to administer the Promotion or for their marketing purposes, but only in conformance with their privacy policy as made available to you at the time of collection.', 'yes', 'OPP-115 891_www.everydayhealth.com'],
  ['Dealers, Dealer Associations and our affiliates may use your information for their own marketing purposes.', 'yes', 'C3PA DB/35 (FordDirect)'],
  ['These service providers are restricted from using personal information in any way other than to provide services for The New York Times, and they may not share, resell or use the data for their own direct marketing purposes.', 'not-stated', 'OPP-115 26_www.nytimes.com'],
  // Round 38: a denial whose exception names the company it may sell to, by its legal name; a public body the law requires is no buyer.
  ['We will not rent or sell your Personal Information or User Data to any company other than LeafFilter, Inc., for any reason whatsoever, without your consent.', 'yes', 'ToS;DR gutterprotectionpros.com Privacy Statement'],
  ['Pirate Party Australia will not sell or otherwise share any information collected for the purposes of membership registration with any party other than the Australian Electoral Commission (AEC) as required by the Electoral Act for the purposes of registering a political party.', 'no', 'ToS;DR Pirate Party Australia Privacy Policy'],
];

// A data broker's disclosure table: the "Whether We “Sold”" column has a "Yes" cell (C3PA DB/111, shortened).
const SOLD_TABLE = ['Category Categories of Third Parties We Share With Whether We “Sold” This Category of Personal Information in the Last 12 Months Identifiers, e.g., name; alias; postal address; telephone number; email address', 'Commercial Data Recipients.', 'Yes Commercial or transactions information, e.g., records of personal property.'];

describe('selling verdict, one sentence at a time', () => {
  it.each(SENTENCES)('"%s" → %s (%s)', (sentence, verdict) => {
    const got = sellingVerdict(policyOf(sentence));
    expect(got.verdict, `"${sentence}" should read as selling: ${verdict}`).toBe(verdict);
    if (verdict !== 'not-stated') expect(got.evidence[0]?.text, 'the evidence quotes the deciding sentence verbatim').toBe(sentence);
  });
});

describe('selling verdict over a policy', () => {
  it('a California "we do not sell" next to sharing for third parties\' own marketing is yes', () => {
    const p = policyOf(
      '## California Privacy Rights',
      'We do not sell your personal information.',
      'We may share your information, including personally identifiable information, with non-affiliated third parties for their own marketing purposes.',
    );
    const got = sellingVerdict(p);
    expect(got.verdict).toBe('yes');
    expect(got.evidence[0]?.section, 'evidence names its section heading').toBe('California Privacy Rights');
  });
  it('"we do not sell" next to disclosure to third parties to market their products is yes, the sharing sentence first (OPP-115 58_esquire.com)', () => {
    const share = 'From time to time we may disclose your contact information to third parties to allow them to market their products or services to you or for other marketing purposes.';
    const got = sellingVerdict(policyOf('We do not sell your personal information.', share));
    expect(got.verdict).toBe('yes');
    expect(got.evidence[0]?.text).toBe(share);
  });
  it('a sentence the page repeats is quoted once (C3PA WS/37: the same table caption in two sections)', () => {
    const caption = 'Categories of Third Parties to Whom Personal Information Is "Sold" or "Shared" - Advertising technology companies and advertisers for the purpose of targeted advertising.';
    const got = sellingVerdict(policyOf('## Identifiers', caption, '## Internet activity', caption, 'We have collected, disclosed, and/or "sold" or "shared" to third parties the following categories of Personal Information.'));
    expect(got.verdict).toBe('yes');
    const texts = got.evidence.map((e) => e.text);
    expect(texts.length, 'at least two distinct quotes').toBeGreaterThanOrEqual(2);
    expect(new Set(texts).size, `quotes: ${JSON.stringify(texts)}`).toBe(texts.length);
  });
  it('"we will not sell" next to a "Do Not Sell" choice that stops sharing for the recipients\' own use is yes (ToS;DR Disqus)', () => {
    const stops = 'e. Do Not Sell My Info.If you do not want us to share your data with our affiliated companies for their own use, please click here.';
    const got = sellingVerdict(policyOf('vii. Request us not to sell your personal data.', 'We will not sell your data on to third parties.', stops));
    expect(got.verdict).toBe('yes');
    expect(got.evidence[0]?.text).toBe(stops);
  });
  it('a denial of sharing for their marketing next to "we do not sell" stays no', () => {
    const p = policyOf('We do not sell your personal information.', 'We do not share personal information with third parties for their own direct marketing purposes.');
    expect(sellingVerdict(p).verdict).toBe('no');
  });
  it('a denial plus a business-transfer clause stays no', () => {
    const p = policyOf(
      'We do not rent or sell your information to third parties.',
      'We may also sell, assign, or otherwise transfer such Personal Data in the course of corporate divestitures, mergers, acquisitions, bankruptcies, dissolutions, reorganizations, liquidations, or similar transactions.',
    );
    expect(sellingVerdict(p).verdict).toBe('no');
  });
  it('a heading that is a statement counts (C3PA WS/97)', () => {
    expect(sellingVerdict(policyOf('## AllTrails does not sell your Personal Data', 'Details follow.')).verdict).toBe('no');
    expect(sellingVerdict(policyOf('## Sale of Personal Information', 'Details follow.')).verdict).toBe('not-stated');
  });
  it('a "Whether We “Sold”" table column with a Yes cell is a sale; with only No cells it is not (C3PA DB/111)', () => {
    const yes = sellingVerdict(policyOf(...SOLD_TABLE));
    expect(yes.verdict).toBe('yes');
    expect(yes.evidence[0]?.text).toMatch(/Whether We “Sold”/);
    expect(sellingVerdict(policyOf(...SOLD_TABLE.slice(0, 2), 'No Commercial or transactions information.')).verdict).toBe('not-stated');
    expect(sellingVerdict(policyOf(SOLD_TABLE[0]!, 'Commercial Data Recipients.', 'Yes.')).verdict, 'a "Yes." cell (C3PA DB/126)').toBe('yes');
  });
  it('a "to whom ... was Sold" column header followed by a named cell is a sale; "None" or a denial is not (ToS;DR Target)', () => {
    expect(sellingVerdict(policyOf('Categories of Third Parties to Whom Personal Information was Sold', 'Advertising Networks', 'Target does not knowingly sell the Personal Information of Minors Under the age of 16.')).verdict).toBe('yes');
    expect(sellingVerdict(policyOf('Categories of Personal Information Sold', 'None')).verdict).toBe('not-stated');
    expect(sellingVerdict(policyOf('Categories of Personal Information Sold', 'AutoZone is not in the business of selling its customers’ Personal Information to others.')).verdict, 'C3PA WS/123').not.toBe('yes');
    expect(sellingVerdict(policyOf('Categories of Personal Information Sold', 'We do not sell personal information.')).verdict).toBe('no');
  });
  it('an implied sale ("opt out of our sale") gives yes alone, but an explicit denial in the policy outweighs it', () => {
    expect(sellingVerdict(policyOf('The right to opt out of our sale of your personal information.')).verdict).toBe('yes');
    const p = policyOf('We do not sell your personal information.', 'The right to opt out of our sale of your personal information.');
    expect(sellingVerdict(p).verdict).toBe('no');
    const rent = policyOf('We do not sell your email address, but we rent our postal mailing list.', 'The right to opt out of our sale of your personal information.');
    expect(sellingVerdict(rent).verdict, 'a real sale still beats the denial').toBe('yes');
  });
  it('a heading that presupposes a sale is outweighed by an explicit denial', () => {
    expect(sellingVerdict(policyOf('Categories of third parties to whom we may “sell” the PI', 'We do not sell personal information.')).verdict).toBe('no');
  });
  it('the items of a list a right introduces are what the user may learn, not sales (C3PA WS/38, WS/25)', () => {
    const ws38 = policyOf(
      'You may have the right to request, twice during a twelve-month period, the following information about the personal information we have collected about you during the past 12 months:',
      '- the business or commercial purpose for which we collected or sold the personal information;\n- the categories of personal information that we sold or disclosed for a business purpose, and the categories of third parties to whom we sold or disclosed that information for a business purpose.',
    );
    expect(sellingVerdict(ws38).verdict).toBe('not-stated');
    const ws25 = policyOf(
      'Once we receive and confirm your request, we will disclose to you:',
      '- The categories of Personal Information we collected about you.\n- If we “sold” or disclosed your Personal Information for a business purpose, up to two separate lists disclosing:\n- if we “sold” your Personal Information, “sales”, identifying the Personal Information categories that each category of recipient “purchased”; and',
      'We may engage in the sale of your information (as defined under the CPRA) when we transfer information, including identifiers, internet and network activity, and geolocation to our ad networks that help us deliver targeted advertisements that suit your interests.',
    );
    const got = sellingVerdict(ws25);
    expect(got.verdict).toBe('yes');
    expect(got.evidence.map((e) => e.text)).toEqual([expect.stringMatching(/^We may engage in the sale/)]);
  });
  it('items under a lead-in that is not a right still count (C3PA DB/182)', () => {
    expect(sellingVerdict(policyOf('We may share personal information with or sell personal information to the following third parties for a commercial purpose:', '- Advertising networks')).verdict).toBe('yes');
  });
  it('a recipient item under a lead-in that shares is read as shared with it; under a denied lead-in it is not (ToS;DR likee)', () => {
    const lead = 'We may share your information with certain authorized third parties to assist in the improvement and optimization of Likee Services, in order to prevent illegal uses, increase user numbers, development, engineering and analysis of information or for our internal business purposes, including but not limited to:';
    const items = '- to our business partners so that we can improve Likee Services;\n- to third-party advertising partners so that they can deliver ads they believe are relevant to you in other third party apps (for a list of our current advertising partners please visit Advertising Partners);';
    const denial = 'Please note that though we will share or disclose your Personal Information in the limited circumstances described below, we WILL NOT SELL your Personal Information to any third party.';
    expect(sellingVerdict(policyOf(lead, items, denial)).verdict).toBe('yes');
    expect(sellingVerdict(policyOf('We will never share your information:', items, denial)).verdict).toBe('no');
  });
  it('says not-stated with no evidence when nothing is said about selling', () => {
    const got = sellingVerdict(policyOf('We use cookies to remember your preferences.'));
    expect(got).toEqual({ verdict: 'not-stated', evidence: [] });
  });
});
