import { describe, expect, it } from 'vitest';
import { findRights } from '../../lib/summarize/rights';
import type { RightKind } from '../../lib/types';
import { policyOf } from './policy';

// Real sentences (source in the comment) and the rights each must grant alone, by RUBRIC.md "Rights".
/** The quotes the card shows for `kind`, when the sentences are read as one policy. */
const quotesOf = (kind: RightKind, ...sentences: string[]): string[] => findRights(policyOf(...sentences)).find((r) => r.kind === kind)!.evidence.map((e) => e.text);

const SENTENCES: Array<[string, RightKind[], string]> = [
  // Seventh audit (ToS;DR policies): none of these gives the right its card claimed.
  ['It also lets us understand, improve, and research how our products and services are used and what type of devices you use to access them.', [], 'ToS;DR Blackboard cookie statement (card said access)'],
  ['You may enable two-factor authentication to further secure access to your account.', [], 'ToS;DR Fosstodon (card said access)'],
  ['If at any time after visiting the Site, you change your mind about receiving information from the Site or sharing your personal information as described in this Privacy Policy, you may request an opt out, by contacting us at: ReviewMeta.com@Gmail.com.', ['opt-out'], 'ToS;DR ReviewMeta (card said correction too)'],
  ['Your password is stored until you change it or your account is deactivated.', [], 'ToS;DR Nitrokey (card said correction)'],
  ['If you have any questions or wish to remove your information from the third party databases, you will need to contact that party directly.', [], 'ToS;DR ushousinghelper (card said deletion)'],
  ['You can decline this agreement to arbitrate by clicking here and submitting the opt-out form within 30 days of first registering your account.', [], 'ToS;DR Dropbox (card said opt-out)'],
  ['By opting out of binding arbitration, you are agreeing to resolve disputes in accordance with Section 14.', [], "ToS;DR Beecher's Handmade Cheese terms"],
  ['Please be aware that if you switch off cookies altogether, you might prevent some parts of some websites (such as shopping carts and personal preferences) from working properly or you might find yourself logged out of a website and unable to access it properly.', [], 'ToS;DR Explainthatstuff (card said access)'],
  ["Explainthatstuff.com does not offer a way for you to opt-out of having your information collected or a way to remove your personal information from my records, because I don't collect any information about you.", [], 'ToS;DR Explainthatstuff (card said deletion)'],
  ['We send your activation code to this address and use it to communicate with you in case you are unable to access your account.', [], 'ToS;DR Mailfence'],
  ['These Cookies are necessary to allow us to operate our Sites so you may access them as you have requested.', [], 'ToS;DR moneycontrol cookie policy (card said access)'],
  ['You agree to provide true, accurate, current and complete information about yourself as prompted by the applicable registration form, and you will update your information to keep it true, accurate, current and complete.', [], 'ToS;DR Politico terms (an obligation, not a right)'],
  ['You may request access to your Personal Data by contacting us as described below.', ['access'], 'C3PA DB/1'],
  ['We rely on you to update and correct the Personal Data contained in your account.', ['correction'], 'C3PA DB/1'],
  ['You may, however, request that we delete your Personal Data by contacting us as described below.', ['deletion'], 'C3PA DB/1'],
  ['You can opt out of our database at any time by submitting the following form: https://www.lead411.com/removeinforequest/', ['opt-out'], 'C3PA DB/1'],
  ['Portability: You can ask for a copy of your Personal Data in a machine-readable format.', ['access', 'portability'], 'ToS;DR'],
  ['If you wish to export your Skype chat history and files shared on Skype, you can request a copy.', ['portability'], 'ToS;DR Bing'],
  ['You also have the right to to lodge a complaint with a competent supervisory authority.', ['complaint'], 'ToS;DR'],
  ['You can also raise a concern or lodge a complaint with a data protection authority or other official with jurisdiction.', ['complaint'], 'ToS;DR'],
  ['You may also have the right to ask that we limit our processing of such Personal Data, as well as the right to object to our processing of such Personal Data.', ['object', 'restrict'], 'C3PA DB/106'],
  ['We will not charge you more or provide you with a different level of service if you exercise any of these rights.', ['non-discrimination'], 'C3PA WS/129'],
  ['If you have consented to our processing, you may withdraw your consent at any time.', ['withdraw-consent'], 'common GDPR wording'],
  ['The right to be informed The right of access The right of rectification The right to erasure The right to restrict processing The right to data portability The right to object to certain processing', ['access', 'correction', 'deletion', 'portability', 'object', 'restrict'], 'C3PA DB/143'],
  ['If you wish to update, delete inaccuracies, or modify your profile information, you may do so at any time by logging into your account.', ['correction'], 'OPP-115 1106_allstate'],
  ["Under COPPA, you have the right to review and have any of your child's information deleted from our records.", ['access', 'deletion'], 'OPP-115 652_randomhouse'],
  ['He or she can use that email address and password to access his or her account, review the information in his or her profile, edit or delete his or her profile at any time.', ['access', 'correction', 'deletion'], 'OPP-115 635_playstation'],
  // (b) asks the company to stop sharing with third parties: an opt-out of sharing by the RUBRIC (read since the twelfth round).
  ['You also may write to us directly if you wish to: (a) update or delete your contact information; (b) ask that we not share your personal information with third parties.', ['correction', 'deletion', 'opt-out'], 'OPP-115 1099_enthusiastnetwork'],
  ['If that information is wrong, we strive to give you ways to update it quickly or to delete it - unless we have to keep that information for legitimate business or legal purposes.', ['correction', 'deletion'], 'OPP-115 591_google ("it" as an object is not an actor)'],
  ["If you are concerned about the accuracy of personally identifiable information maintained by Valve or wish to review, access, amend or correct it, or would like your personally identifiable information removed from Valve's records or otherwise deactivated, please contact us.", ['access', 'correction', 'deletion'], 'OPP-115 1470_steampowered'],
  ['You may elect to change your UserRegistration at any time by logging in and editing your User Registration (each of our Covered Sites will contain log-in information).', ['correction'], 'OPP-115 58_esquire'],
  ['The personal information collected about you through our online applications and in our communications with you is stored in our internal database and can be updated or modified at any time by calling (800) 858-0229 or emailing studyabroad@ifsa-butler.org.', ['correction'], 'OPP-115 541_ifsa-butler'],
  ['If your account information is incomplete, inaccurate or not current, please use the Contact Us option on our Site, or call or write to us at the telephone numbers or appropriate address for changes listed on your account statements.', ['correction'], 'OPP-115 1300_bankofamerica'],
  ['To view additional details about Microsoft account, including how to create and use a Microsoft account, how to edit account information, and how we collect and use information relating to a Microsoft account, please click on Learn More.', ['correction'], 'OPP-115 1582_msn'],
  ['You may correct or request deletion of your personal information by logging into your account and updating your information.', ['correction', 'deletion'], 'C3PA DB/194'],
  ['You may also request that we verify, correct, or update Personal Data collected through the Platform.', ['correction'], 'C3PA DB/99'],
  ['Your information can be deleted by contacting us at privacy@example.com.', ['deletion'], 'constructed: passive with the user\'s means'],
  ['Questions and comments regarding this Privacy Policy, or to review and/or correct your personal information gathered by MRC, or to inform MRC that you do not want your information shared, should be directed to administrator@mrc.org.', ['access', 'correction'], 'OPP-115 394_newsbusters'],
  ['You can modify information you have given us.', ['correction'], 'OPP-115 1498_ticketmaster'],
  ['You can request that your account be deleted at any time by contacting us.', ['deletion'], 'OPP-115 883_ted'],
  ['You can access, add or update certain information in the " My Account" section of the Sites, including order tracking and account information.', ['access', 'correction'], 'OPP-115 1694_lids'],
  ['Your local laws may permit you to request that we: provide access to and/or a copy of certain information we hold about you', ['access'], 'C3PA DB/100 (a lead-in before the colon)'],
  ['You have the right to ask us to send you the following information: The personal information we have collected, used, disclosed, and sold about you.', ['access'], 'C3PA DB/121'],
  ['You have the right to request certain information about our collection and use of your Personal Data over the past 12 months.', ['access'], 'C3PA DB/177'],
  ['If you are a California resident, you have the right to request that Alesco Data disclose the specific personal information and categories we have collected about you.', ['access'], 'C3PA DB/179'],
  ['We may not accommodate a request to change or delete personally identifiable information if we believe doing so would violate any law or legal requirement, or cause the information to be incorrect.', ['correction', 'deletion'], 'OPP-115 20_theatlantic (a limit on a right the user has)'],
  // A line that only names rights offers each of them.
  ['A. Access, rectification, deletion, data portability, restriction of processing, objection to processing.', ['access', 'correction', 'deletion', 'portability', 'object', 'restrict'], 'ToS;DR Huawei (a list of rights under "How You Can Manage Your Personal Data")'],
  ['ACCESS, CORRECTION, AND DELETION OF PERSONAL DATA', ['access', 'correction', 'deletion'], 'ToS;DR GMA Network'],
  // Traps: what users may NOT do, and what the company or its vendors do, grants nothing.
  ['If you do not want to receive such information, you can opt out at any time.', ['opt-out'], 'ToS;DR Huawei (receiving marketing is not access)'],
  ['However, you are informed that you do not have a right to restrict or object to the processing of your data as the requirements for these rights to be exercised as laid down in the applicable regulations are not met in this case.', [], 'ToS;DR Cleanfox (the rights denied)'],
  ['We use your information to: provide access to our services and a copy of your receipt.', [], 'constructed: a purpose lead-in before the colon'],
  ['To protect your privacy and security, we take reasonable steps (such as requesting a unique password) to verify your identity before granting you access to your account.', [], 'OPP-115 82_sheknows'],
  ['Only employees who need the information to perform a specific job (for example, our billing clerk or a customer service representative) are granted access to personally identifiable information.', [], 'OPP-115 1028_redorbit'],
  ['Please Contact Us if you believe we may have collected information from your child through our websites or mobile services and we will work to delete it.', [], 'OPP-115 348_walmart (the company acts)'],
  ['We reserve the right to use, transfer, assign, share and provide access to all personally identifiable information and other information about you and your computer, mobile or other device that we receive.', [], 'OPP-115 82_sheknows'],
  ['PBI reserves the right to amend this Privacy Notice at our discretion and at any time.', [], 'C3PA DB/68'],
  ['Persons with access to your computer may be able to view any private or stored account information or other information that you have given to us.', [], 'OPP-115 640_gamestop'],
  ['Our sites and services may include collection, transmission and storage of protected health information subject to the Health Insurance Portability and Accountability Act.', [], 'OPP-115 940_internetbrands'],
  ['In short, if you post personal information online where people can see it, people will know that information and you may receive unsolicited messages from other parties in return.', [], 'OPP-115 1259_fool'],
  ['We use cookies to: (a) remember information so that you will not have to re-enter it during your visit; (b) help you efficiently access your information after you sign in to the Website.', [], 'OPP-115 82_sheknows (shortened)'],
  ['Communications: communicating with you via any means regarding content in which you may be interested; maintaining and updating your contact information where appropriate; and obtaining your prior, opt-in consent where required.', [], 'C3PA WS/107 (a purpose list)'],
  ['PBI’s clients hire PBI for reasons such as helping to prevent fraudulent overpayments, or locating individuals and updating their contact information.', [], 'C3PA DB/68'],
  ['Others are “persistent,” which means they are stored on your device until you delete them and they allow a website to recognize you each time you visit the website.', [], 'C3PA WS/33 page (cookies, borderline by the rubric)'],
  ['You can learn more on how Google uses data here, and you can opt-out of Google Analytics by visiting the Google Analytics opt-out page or by accepting only necessary cookies.', [], 'C3PA WS/119 (a third party\'s tool: borderline by the rubric, not counted)'],
  ['If you wish to not have this information used for the purpose of serving you targeted ads, you may opt-out by using these services: https://optout.networkadvertising.org/ or https://optout.aboutads.info/', [], 'C3PA WS/152 (NAI/DAA tools; its annotators counted it)'],
  ['You can opt out of receiving marketing emails from us using the opt-out link provided in our emails or by changing your preferences in your account settings.', ['opt-out'], 'C3PA WS/119 page (the company\'s own control)'],
  ['Update your account at any time by logging in and changing your profile settings.', ['correction'], 'OPP-115 135_instagram (round 33: an imperative to the reader that says how)'],
  ['Update your account information.', [], 'an imperative without a means, as in a list of purposes'],
  ['A copy of the Jobvite Data Privacy Addendum can be requested by contacting Customer Support or Sales.', [], 'ToS;DR Jobvite (a document, and no imperative)'],
  ['If you want to stop receiving promotional materials from an FSD Service, you can change your FSD account setting, or follow the unsubscribe instructions at the bottom of each email, or send an email to the applicable FSD Service email contact for "Privacy Policy matters" listed here.', ['opt-out'], 'OPP-115 1708_yardbraker (round 33: an account setting, singular, is no data to correct)'],
  ['If you would like to change your data preferences on this website please visit our consent management platform.', [], 'C3PA WS/11 page (preferences, not data)'],
  ['If you do not wish to have this location information collected and used by DJTFP 2024, you may opt-out by disabling the location and Bluetooth features on your Device and/or in any DJTFP 2024 Apps.', [], 'C3PA WS/105 page (a device setting: borderline by the rubric)'],
  ['You may not use the Service for any unlawful or discriminatory activities, including acts prohibited by the Federal Trade Commission Act.', [], 'C3PA DB/215 page'],
  ['Your account may be removed at any time if you violate the terms.', [], 'constructed: a passive without the user as means'],
  ['Please note, you may not, however, opt out of any Service-related transactional communications (e.g., account verification, purchase and billing confirmations and reminders).', [], 'C3PA DB/1'],
  ['If we become aware that we have inadvertently received personally identifiable information from a user under the age of 13 as part of the Site, we will delete such information from our records.', [], 'OPP-115 1089_freep'],
  ['While providing services for us, these companies may access your personal information.', [], 'OPP-115 744_minecraft'],
  ['We reserve the right to access, use, and share with others your personally identifiable information for purposes of health, safety and other matters in the public interest.', [], 'OPP-115 144_style'],
  ['You can change the settings on your browser or Local Device Storage to prevent cookies being stored on your Local Device Storage without your explicit consent.', [], 'OPP-115 82_sheknows'],
  ['We may update this Privacy Policy from time to time.', [], 'common wording'],
  ['Our security and privacy policies are periodically reviewed and enhanced as necessary and only authorized individuals have access to the information provided by our customers.', [], 'OPP-115 331_tgifridays'],
  ['You can also disable or delete the stored data used by technology similar to cookies, such as Local Shared Objects or Flash cookies, by managing your browser\'s "add-on settings".', [], 'OPP-115 1306_chasepaymentech (borderline by the rubric)'],
  // Audit of unlabeled ToS;DR policies (2026-11-23): one real sentence per error class.
  // "PI" is personal information.
  ['You can review and change your PI by logging into the Website and visiting your account profile page.', ['access', 'correction'], 'ToS;DR Gettr'],
  ['You may also send us an email at privacyrights@gettr.com to request access to, correct or delete any PI that you have provided to us.', ['access', 'correction', 'deletion'], 'ToS;DR Gettr'],
  // Rights named as nouns after a request.
  ['To submit a rights request to access your personal data held by FIS – or to request correction, amendment, portability, or deletion of your personal data – please click here to complete our FIS Data Subject Rights Form.', ['access', 'correction', 'deletion', 'portability'], 'ToS;DR FISGlobal'],
  ['You may contact us at any time and request access to the information that we hold on you, as well as subsequent amendments and/or deletion of the data we hold on you.', ['access', 'correction', 'deletion'], 'ToS;DR Digital Rights Watch'],
  // The company acting "at your request", announced before a list.
  ['At your request, we will: (a) inform you of what personal information we have on file for you. (b) amend the personal information that we have on file for you. and/or (c) remove personal information that you have provided to us, or that we have collected.', ['access', 'correction', 'deletion'], 'ToS;DR SignatureSurveys'],
  // "Demand that the data be deleted", "a restriction of the processing", transmission to another controller.
  ['In accordance with Art. 17 GDPR, they have the right to demand that the relevant data be deleted immediately or, alternatively, to require a restriction of the processing of data in accordance with Art. 18 GDPR.', ['deletion', 'restrict'], 'ToS;DR PDF Annotator'],
  ['You have the right to demand that the data relating to you, which you have provided to us, be obtained in accordance with Art. 20 GDPR and request their transmission to other persons responsible.', ['portability'], 'ToS;DR PDF Annotator'],
  ['You can also ask us to send the personal information we hold about you to another controller.', ['portability'], 'ToS;DR PinkNews'],
  // A named right joined to another by "or".
  ['Right to rectification or erasure,', ['correction', 'deletion'], 'ToS;DR spacedesk'],
  // Complaints referred to an authority, after "if you are not satisfied" (a condition, not a denial).
  ['If you are not satisfied with our response, you can refer your privacy complaint or dispute to the state or national data protection authority in your jurisdiction.', ['complaint'], 'ToS;DR Streamlabs'],
  ['If your interaction with Orange is not satisfactory, you can also lodge a complaint with the Commission Nationale de l’Informatique et des Libertés (CNIL), which is the regulatory authority in charge of personal data protection in France.', ['complaint'], 'ToS;DR Orange'],
  // A request sent through a channel the sentence names ("email us ... to update").
  ['Please email us at news@pink.news or write to us at the address above to update your personal information.', ['correction'], 'ToS;DR PinkNews'],
  // Not rights: the company's own access, using the service, removing cookies in a browser.
  ['We can access this information in the back-end, and if you ask for support with a specific reference we do so.', [], 'ToS;DR Citationsy'],
  ['This Privacy Policy governs your use of the MediaFire Services, regardless of how you access it, and by using our Services you consent to the collection, transfer, processing, storage and disclosure and other uses of your information.', [], 'ToS;DR MediaFire'],
  ['Don’t worry, though—you can remove them by following directions provided in your Internet browser’s “help” file.', [], 'ToS;DR Trader Joe’s'],
  ['They remain until you manually delete them or until they expire.', [], 'ToS;DR MediaFire'],
  // Second audit round: one "right to" governing a list; "discriminating" content is not a right.
  ['You are aware of your right to be informed, to access, to object, to erasure or blocking, to damages, to file a complaint, to rectify and to data portability, and you understand that there are procedures to exercise them.', ['access', 'correction', 'deletion', 'portability', 'object', 'complaint'], 'ToS;DR GMA Network'],
  ['We reserve the right to block access to your Kapuso Account and/or delete it if the Kapuso Account or the content associated with it is, in our assessment, discriminating, racist, sexually oriented, unlawful.', [], 'ToS;DR GMA Network'],
  ['We implement a variety of security measures to maintain the safety of your personal information when you enter, submit, or access your personal information.', [], 'ToS;DR ouya.world (a common template)'],
  ['Also, no third party that is not directly involved in answering your search request will ever have access to your search data.', [], 'ToS;DR Ecosia'],
  ['If you submit a copy of your government-issued ID for account verification purposes, we delete that copy 30 days after review, unless otherwise stated.', [], 'ToS;DR Instagram'],
  ['When you agree to provide us with access to your financial account transaction information, you agree that Plaid will have access to your information, and its access to such information is governed by the Plaid Privacy Policy.', [], 'ToS;DR Paceline'],
  // A long list of verbs before the data it governs.
  ['If you would like to access, review, correct, update, suppress, or otherwise limit our use of your personal information you have previously provided directly to us, you may contact us using the mechanisms provided below.', ['access', 'correction', 'restrict'], 'OPP-115 1708_foxsports (train)'],
  // Access to services and content is not access to one's data.
  ['On occasion, we may ask for additional information to enable us to provide you with access to and use of certain other information, materials and services.', [], 'OPP-115 1360_thehill (train)'],
  ['If you have given third party applications or websites access to your personal information, they may retain such information to the extent permitted under their terms of service or privacy policies.', [], 'ToS;DR ASKfm'],
  // Copies that survive deletion are not a copy for the user (deleting the account is the user's act, so deletion stays).
  ['Even after you remove information from your profile or delete your account, copies of that information may still be viewable and/or accessed on the Internet to the extent such information has been previously shared with others, or copied or stored by other users or to the extent such information has been shared with search engines.', ['deletion'], 'ToS;DR ASKfm'],
  ['We provide you with the ability to access, rectify, port and erase your data.', ['access', 'correction', 'deletion', 'portability'], 'ToS;DR Instagram'],
  ['You can learn how to access and delete information we collect by visiting the Facebook Settings and Instagram Settings.', ['access', 'deletion'], 'ToS;DR Instagram'],
  ['In that case, we can provide you with access to the data processed by us that relates to you.', ['access'], 'ToS;DR RightsStatements'],
  ['Your rights You have the following rights with respect to us regarding the personal data relating to you: Right to information Right to correction or deletion Right to restriction of processing', ['access', 'correction', 'deletion', 'restrict'], 'ToS;DR Ecosia (a GDPR list translated from German)'],
  ['MediaFire takes your privacy seriously and is not in the business of tracking you. we are in the business of helping you store, share, and access your data.', [], 'ToS;DR MediaFire (the service, not a right)'],
  ['Here we explain the type of information collected from PBS.org, how that information may be used, how you can access or modify that information, and how that information is protected.', ['access', 'correction'], 'OPP-115 93_pbs ("how you can" describes the right)'],
  ['How You Can Access and Update Your Personal Information and other Account Information', ['access', 'correction'], 'OPP-115 1252_cincymuseum (a heading naming the right; OPP-115 has no View label there)'],
  // Audit of 48 unaudited ToS;DR policies: sentences that claimed a right the text does not give, or quoted for one.
  ['If you object to anything described in this Privacy Policy, please do not use our websites or play our games.', [], 'ToS;DR Blizzard (leaving is not a right to object)'],
  ['If you object to any such changes, your sole recourse shall be to cease using the Site.', [], 'OPP-115 325_ocregister (train): leaving is not a right to object'],
  ['If you want to close your Website account and have us delete the personal information in it (except for information that we keep for record-keeping purposes), you should call MLB.com Customer Service at 866-800-1275.', ['deletion'], 'OPP-115 175_mlb (train): the user has the company delete'],
  ['If you ask us to remove your name and address from promotional lists, we will maintain your name in a "do not contact" file to ensure that we can honor your request.', [], 'OPP-115 1694_lids (train): leaving a list, its first deletion quote'],
  ['If you have questions or concerns about how we use personal information about you or if you would prefer that we delete or suppress information we have about you, please click here to reach our Privacy Officer, and we will do our best to meet your concerns.', ['deletion'], 'OPP-115 1694_lids (train): the user\'s wish'],
  ['Remember that when you share information publicly online, it may be indexable by search engines or recorded by others, and any search engine index or record of your information may persist after you delete the information at the original source.', [], 'OPP-115 175_mlb (train): what persists after the user deletes, its only deletion quote'],
  ['If you authorize such a connection, you permit us to share or publish information about your activity on our Services, with that Social Network and its users, and to access certain of your Social Network information, as disclosed by you at the time you consent to the connection.', [], 'OPP-115 175_mlb (train): the company\'s access, its first access quote'],
  ['If you object to any changes to the revised Privacy Policy, you can stop using our services and close your account with us.', [], 'C3PA WS/41 (leaving is not a right to object)'],
  ['To do this, an aggregation provider may request access to Personal Information, such as financial information, usernames and passwords.', [], 'OPP-115 1300 (train; file 1300_www.chicagomarathon.com, labeled 1300_bankofamerica.com): a provider asks for access, its only access quote'],
  ['However, if an entity has already accessed your Identity Data or Contact Data through the Resume Database or via the search results, and copied or otherwise saved your information prior to you opting-out, that entity will continue to have access to the information that was previously saved.', [], 'C3PA WS/41: another entity keeps access (its first access quote)'],
  ['We do not offer third-party advertising on our website, therefore we do not respond to “do not track signals” or other mechanisms that might enable website visitors to opt out of tracking on the Phone2Action site.', [], 'ToS;DR Phone2Action'],
  ['Typically, the unique cookie ID, number of ad impressions per placement (frequency), last impression (relevant to post-view conversions), and opt-out information (mark that the user does not like to be addressed) will be saved.', [], 'ToS;DR Honeypot (data an ad tool stores)'],
  ['We don’t endorse any particular Ad Blocker, but want you to know that it’s an option since you’re reading this and are likely quite privacy-minded.', [], 'ToS;DR YNAB'],
  ['We have stored these versions on GitHub, which will also allow you to compare different versions and see what terms have changed:', [], 'ToS;DR Tumblr'],
  ['2.2.1. If you sign up via social media authentication methods, BlaBlaCar will access certain Personal Data (e.g. first name, surname, picture, email, number of Facebook friends, etc.) in your social media account pursuant to the applicable terms.', [], 'ToS;DR BlaBlaCar (the company accesses)'],
  ['If a Member learns of a security breach involving that Member’s copy of your Personal Information, the Member may attempt to notify you electronically so that you may take appropriate protective steps.', [], 'ToS;DR edX'],
  ['If you are a parent or guardian of a child, please review the section entitled Children’s Information below.', [], 'ToS;DR Wizards of the Coast (a pointer)'],
  ['To learn about opting out of interest-based or online behavioral advertising, please see the information we have provided in Section 6 (“Your Controls and Choices, Including Opt-Out Options”).', ['opt-out'], 'ToS;DR Hulu (a pointer is not access)'],
  ['We only maintain the audio long enough to complete your instruction or request and then immediately delete it.', [], 'ToS;DR Wizards of the Coast (the company deletes)'],
  ['Users have the right, under certain circumstances, to obtain the erasure of their Data from the Owner.', ['deletion'], 'ToS;DR Planio (erasure is not access)'],
  ['Your friend may contact us at unsubscribe@artspace.com to request that we remove this information from our database.', ['deletion'], 'ToS;DR Artspace (an address is not an unsubscribe link)'],
  ['If you change your mobile phone number, you must update it using our in-app change number feature and transfer your account to your new mobile phone number.', [], 'ToS;DR WhatsApp (an obligation)'],
  ['You must promptly update your personal information if it changes.', [], 'an obligation, not a right'],
  ['As a security precaution, please create an additional copy of your content data on a regular basis just in case you accidentally delete this data.', [], 'ToS;DR Posteo (a backup the user makes)'],
  // A list of rights whose items are joined by "or" and commas ("object to or restrict", "have the information blocked, anonymized or deleted").
  ['Subject to applicable law, you may have the right to: obtain confirmation that we hold Personal Data about you, request access to and receive information about the Personal Data we maintain about you, receive copies of the Personal Data we maintain about you, exercise your right to data portability, update and correct inaccuracies in your Personal Data, object to or restrict the processing of your Personal Data, and have the information blocked, anonymized or deleted, as appropriate.', ['access', 'correction', 'deletion', 'portability', 'object', 'restrict'], 'ToS;DR Bandcamp (it lit "Does not say you can delete your data")'],
  // Audit of 113 unaudited pages: deletion the card missed ("Does not say you can delete your data" was a false alarm).
  ['In other cases, personally identifiable information may be maintained, edited and deleted at the user’s discretion at any time after the information has been submitted to PBS.', ['correction', 'deletion'], 'OPP-115 93_pbs (train): a passive list at the user\'s discretion'],
  ['We will remove you and your personally identifiable information from our records on request if you contact us with your request at privacy@sci-news.com.', ['deletion'], 'OPP-115 1017_sci-news'],
  ['To correct or delete information or update account settings, log into your account and follow the instructions.', ['correction', 'deletion'], 'OPP-115 1498_ticketmaster (train): bare "information" before the means'],
  ['When you request destruction of your data by deleting specific items, or closing your account, the data is removed in a time-delayed manner.', ['deletion'], 'ToS;DR FastMail'],
  ['You can contact us in regards to the personal information we may hold about you and to ask that your personal information be corrected, updated, or deleted.', ['correction', 'deletion'], 'ToS;DR Huge Miniatures'],
  ['If you have a username, you may log in and access your data, correct whatever information you deem to be incorrect, opt out of information sharing with our advertisers, or delete your account.', ['access', 'correction', 'deletion', 'opt-out'], 'ToS;DR Imgur ("with our advertisers" is no subject)'],
  ['You can edit or delete your user provided informations at any time.', ['correction', 'deletion'], 'ToS;DR Listudy'],
  ['You may also send us an email at support@itch.io to request access to, correct, port, delete, or restrict use of any Personal Information that you have provided to us.', ['access', 'correction', 'deletion', 'portability', 'restrict'], 'ToS;DR itch.io'],
  // Rights the card claimed from sentences that do not give them (its first quote for the right).
  ['If you believe in good faith that materials hosted by Everyday Health infringe your copyright, you or your agent may send to Everyday Health a notice requesting that the material be removed or access to it be blocked.', [], 'OPP-115 891_everydayhealth (train): blocking access to material'],
  ['If you received your account from a third party, like a school, a business, an internet service provider or the administrator of a managed domain, that third party may have rights with respect to your account, including the ability to reset your password, view your account usage or profile information, read or store content in your account, and suspend or cancel your account.', [], 'OPP-115 1582_msn (train): a third party\'s rights'],
  ['Information provided to the Post-Gazette as part of the ordering process is not generally provided to outside parties provided that for credit card transactions, a third-party financial institution may receive the credit card number and other personal identifying information, like billing address, to verify the credit card numbers and process transactions and web site hosting partners and other parties who assist us in operating our Site, conducting our business, or servicing you, may have access to such information and agree to keep this information confidential.', [], 'OPP-115 1610_post-gazette: partners have access'],
  ['You are solely responsible for all usage of, or activities on, the Service by you and by those you authorize or allow to use, or provide access to, the Service, for example, by authorizing or allowing access to your account/profile or any computer, mobile or other device through which you may access the Service.', [], 'OPP-115 144_style (train): the user allows others access'],
  ['As a general rule, the City does not disclose any personally identifiable information collected online except where you have given us permission, or where the information is public information under the Pennsylvania Right to Know Act 65 P.S. 66.1 et seq., or other applicable law.', [], 'ToS;DR City of Reading: a public-records law'],
  ['We have taken extreme care to install the utmost security so that our customers know that their data is safe.', [], 'ToS;DR FastMail'],
  ['After you delete your account, you will not be able to log into the Zeta website, apps or access any of your Personal Information.', ['deletion'], 'ToS;DR Zeta: access denied, further back than the negation window'],
  ['If we believe the details are not correct, current, or complete, we have the right to refuse you access to the Site, or any of its resources, and to restrict, suspend, or terminate your account on the Site.', [], 'ToS;DR Pexgle: the company\'s right'],
  // A named company's right, up to a verb in its chain; an access restricted or terminated is the service's.
  ['BitPay has the right to reject your Account registration, to later close your Account, or to restrict the provision of the Acceptance Services to you if you do not provide and maintain accurate, complete and satisfactory information.', [], 'ToS;DR BitPay Terms of Use: the company\'s right'],
  ['7. Right to Restrict or Terminate Access', [], 'ToS;DR BitPay Terms of Use (a section title: the company restricts access to its service)'],
  // A complaint to the company's own data protection officer is no complaint to a regulator (RUBRIC: a data-protection / supervisory authority).
  ['If you want to exercise your privacy rights, or have any privacy issues for which you need to lodge a privacy complaint with our Data Protection Officer (DPO), or want to consult our DPO regarding general data protection, please visit our Data Subject Right Portal.', [], 'ToS;DR Huawei'],
  ['Citizens in the EU have the right to request the deletion of search results that disclose their personal data when those results are inaccurate or no longer relevant.', ['deletion'], 'ToS;DR Startpage (citizens are users, not a company)'],
  ['If MetaCafe learns that personally identifiable information of persons under 13 years of age has been collected on the Web Site without verified parental consent, then MetaCafe will take the appropriate steps to delete this information.', [], 'ToS;DR Metacafe: the company deletes'],
  ['If we do not provide services to you (or remain in contact for any other valid reason) then all the data you have supplied is erased.', [], 'ToS;DR Wigwam Design: "have supplied" is no causative'],
  ['You can request to opt-out of third party sharing or selling, and object to our use of your personal information for online behavioral marketing and advertising purposes, delete or correct your personal information, or access your personal information (See Section 13)', ['access', 'correction', 'deletion', 'opt-out', 'object'], 'C3PA DB/182: "third party" as an adjective is no actor'],
  ['If you prefer not to share your personal information with third party advertising partners, you may follow the instructions on our Client’s websites or review the information below.', [], 'C3PA DB/157: a pointer, not access'],
  ['For users of our online worksheet, to review your financial information to help customize the guide to you and to communicate with you;', [], 'ToS;DR Zeta: a purpose, "for users" is no subject'],
  // A third party's opt-out tool, named after "opt out" through a URL's dots (borderline by the rubric, not counted).
  ['To learn more about this behavioral advertising practice or to opt-out of this type of advertising, you can visit networkadvertising.org.', [], 'OPP-115 988_solarviews'],
  ['To register your preferences or choices, or to opt out of behavioral advertising offered by participants in these programs, visit http://www.networkadvertising.org or http://www.aboutads.info.', [], 'OPP-115 1419_miaminewtimes'],
  // Round 33: an opt-out that the third party's own website offers (RUBRIC.md: borderline, not counted); the CCPA right to opt out
  // of sharing "for targeted advertising on third party websites" stays.
  ['Cookies that are placed on your browsing device by a third party can be managed through your browser (as described above) or by checking the third party’s website for more information about cookie management and how to "opt-out" of receiving cookies from them.', [], 'ToS;DR MyHeritage cookie policy'],
  ['Some of these providers allow you to opt out of their processing directly, as further described on their websites below:', [], 'ToS;DR FamilyTreeDNA cookie policy'],
  ['If you wish to unsubscribe or opt-out from any third-party websites, you must go to that specific website to unsubscribe or opt-out.', [], 'ToS;DR Uncrowned Empire'],
  ['You have the right to opt-out of the “sale” of your personal data, or the “sharing” of your personal data for interest-based or other targeted advertising on third party websites.', ['opt-out'], 'C3PA WS/33'],
  // Round 33: the CCPA's own words, quoted as the reader's rights by a generator's template.
  ["Request that a business that collects a consumer's personal data disclose the categories and specific pieces of personal data that a business has collected about consumers.", ['access'], 'ToS;DR Kairos Software'],
  ["Request that a business that sells a consumer's personal data, not sell the consumer's personal data.", ['opt-out'], 'ToS;DR Kairos Software'],
  ['For more information about DoubleClick, including information about how to opt out of these technologies, go to http://www.doubleclick.net/us/corporate/privacy.', [], 'OPP-115 586_cariboucoffee'],
  ['To opt out of the DART cookies you may visit the Google ad and content network privacy policy at the following url http://www.google.com/privacy_ads.html Tracking of users through the DART cookie mechanisms are subject to Google’s own privacy policies.', [], 'OPP-115 676_restaurantnews'],
  ['To opt out of Google’s “interest-based ads” and to learn more about Google’s collection of your personal information to serve ads in connection with the Web Site, click here.', [], 'ToS;DR Metacafe'],
  ['visit the DAA opt-out program the Evidon opt-out program to learn how to opt out of having your information collected in browsers for ad serving purposes;', [], 'OPP-115 1259_fool'],
  ['If you change browsers or computers, or delete the cookies on your computer, you may need to re-enter your preferences or opt-out.', [], 'OPP-115 1419_miaminewtimes (the opt-out an ad network keeps in a cookie)'],
  ['You can prevent your data from being collected by Google Analytics by downloading the Google Analytics Opt-out Browser Add-on.', [], 'ToS;DR Dictionary.com'],
  ['If you wish to similarly opt out of cross-app advertising on mobile devices, you can enable the Limit Ad Tracking flag on the device.', [], 'ToS;DR Flight Rising (a device setting)'],
  ['download the Evidon Ad Control application, available for iOS and Android, to learn how to opt out of having your information collected in mobile apps; and', [], 'OPP-115 1259_fool'],
  ['Opting-out is generally done by the third party dropping a cookie on your browser indicating your intent to opt-out.', [], 'ToS;DR Dictionary.com'],
  ['To prevent your data from being used by Google Analytics, you can install Google’s opt out browser add-on.', [], 'ToS;DR Teleparty'],
  ['If you get a new device, install a new browser, erase, or otherwise alter the third party’s browser cookie file, you may clear the opt-out cookie and no longer be subject to its opt-out.', [], 'ToS;DR Dictionary.com (a caveat on a third party\'s opt-out cookie)'],
  ['If you would like to know your choices about not having this information used by such companies, please visit: alc-opt-out.com.', [], 'OPP-115 58_esquire (train): "opt-out" inside a third party\'s domain name'],
  ['Please follow the instructions provided to you by third parties to unsubscribe from their messages.', [], 'OPP-115 58_esquire (train): a third party\'s emails'],
  ['We do not require that you accept cookies and you may withdraw your consent to our use of cookies at any time by adjusting your browser’s privacy settings.', [], 'ToS;DR likee (a browser setting only)'],
  ['You can at any time change or withdraw your consent from the use of certain cookies by adjusting your web browser setting OR by clicking on the links below for each Site.', ['withdraw-consent'], 'ToS;DR Bible Study Fellowship (the site\'s own links too)'],
  ['If you wish to unsubscribe from any newsletters, offers, e-mails or other announcements from our third party advertising partners that you have opted into through the Site(s), you will need to contact such third party advertising partner directly through their independent website(s).', [], 'OPP-115 744_minecraft (a third party\'s emails)'],
  ['If you change your computer, change your browser, or delete your cookies, you will need to renew your opt-out.', [], 'OPP-115 891_everydayhealth (a caveat on an ad network\'s cookie opt-out)'],
  ['You may be able to opt-out of beacon tracking by adjusting the settings on your browser.', [], 'ToS;DR PurpleAds (a browser setting)'],
  ['You can also opt out of certain Google advertising services here.', ['opt-out'], 'OPP-115 591_google (the company\'s own control)'],
  // Verbs joined before the data they govern ("access or object to the processing of information", "change or withdraw this information").
  ['In some cases, you may be entitled under local laws to access or object to the processing of information that we hold relating to you.', ['access', 'object'], 'OPP-115 641_gamerankings'],
  ['In addition we are obliged to delete, to correct or to restrict processing of the data stored about you upon request.', ['correction', 'deletion', 'restrict'], 'ToS;DR Tutanota'],
  ['You are able to enter other publicly available information via your public profile page and can change or withdraw this information at any time.', ['correction'], 'ToS;DR Newgrounds'],
  ['Pursuant to the EU General Data Protection Regulation (Regulation 2016/679) (“GDPR”) natural persons (called data subjects) are afforded certain rights regarding their personal data, including the right to access, correct, delete, restrict or object to our use of, and receive a portable copy in a usable electronic format of your personal information.', ['access', 'correction', 'deletion', 'portability', 'object', 'restrict'], 'ToS;DR Dictionary.com (one "right to" before bare verbs)'],
  // Misses of the GDPR kinds: a right across a list's parentheses, "no longer relevant" as a negation, complaints to "our" or a named authority, or in the passive.
  ['These may include the right (i) to request access and obtain a copy of your personal information, (ii) to request rectification or erasure. (iii) to restrict the processing of your personal information. and (iv) if applicable, to data portability.', ['access', 'correction', 'deletion', 'portability', 'restrict'], 'ToS;DR Oceanhero ("request rectification or erasure": rights asked for by their nouns)'],
  ['you may request correction of your personal data if it is incorrect or no longer relevant, or ask to restrict the processing of the data', ['correction', 'restrict'], 'ToS;DR Oceanhero'],
  ['You can also file a complaint with Brazil’s National Data Protection Authority (ANPD) through its official channels.', ['complaint'], 'ToS;DR Amazon AWS'],
  ['You can also lodge a complaint with our principal supervisory authority, the Commission Nationale pour la Protection des Données in Luxembourg, or with a local authority.', ['complaint'], 'ToS;DR Amazon AWS'],
  ['In case User considers our processing of personal data to be inconsistent with the applicable data protection laws, a complaint may be lodged with the local supervisory authority for data protection.', ['complaint'], 'ToS;DR Upcloud'],
  ['Participation in a financial incentive program requires your prior opt in consent, which you may revoke at any time.', ['withdraw-consent'], 'ToS;DR USA TODAY'],
  ['We reserve the right to: (a) suspend accounts; (b) delete content that violates these terms.', [], 'constructed: the company\'s right across a list'],
  ['We make it easy for you to delete your account at any time.', ['deletion'], 'constructed: "for you to delete" keeps its subject'],
  ['If we choose to do so in the future, you will be notified by email of our intentions, and have the right to be removed prior to the disclosure.', [], 'OPP-115 1017_sci-news: removed from a disclosure, not data deleted'],
  ['If you register for an account, you must provide accurate account information and promptly update this information if it changes.', [], 'ToS;DR Dictionary.com: an obligation'],
  // Tenth round (current policy wording read through the search tool): a right asked for by its bare noun, alone or in a
  // list, was missed ("You can request deletion via the Contact page"). Real rows with the same shape:
  ['If you would like to request access or deletion, you may contact our Support team or email privacy@twilio.com.', ['access', 'deletion'], 'ToS;DR SendGrid (Twilio)'],
  ['For individual items of Personal Data please edit them through the Privacy Dashboard or request the deletion via the Steam support page.', ['correction', 'deletion'], 'ToS;DR Steam'],
  ['You also have the right to request erasure, restriction, portability or object to the processing of your personal information or not to be subject to a decision based on automated processing, including profiling.', ['deletion', 'portability', 'object', 'restrict'], 'ToS;DR PicMonkey'],
  ['Every user has the right to request the correction or completion (GDPR Art. 16) or deletion (GDPR Art. 17) or restriction of use (GDPR Art. 18) of the data sent to us at any time.', ['correction', 'deletion', 'restrict'], 'ToS;DR NewPipe'],
  ['Note that unless you request deletion, and such request is determined to be appropriate, while you remain a user, we\'ll process and retain your data as described in this Privacy Notice in order to enable you to use the Services.', ['deletion'], 'ToS;DR Fur Affinity'],
  // ...but not the company asking, nor access to something that is not the user's data.
  ['We may request deletion of content that violates our terms.', [], 'constructed: the company requests'],
  ['You can request access to the beta program.', [], 'constructed: access to a product'],
  ['Join our team! · about · store · help · blog · request deletion · forum · terms · privacy · ccpa · apps · api · advertise · ad choices © 2021 Imgur, Inc.', [], 'ToS;DR Imgur footer: a link in a menu'],
  // A passive whose means is the user, with a plural subject (a current help page: "Accounts can be deleted by the users themselves").
  ['Accounts can be deleted by the users themselves at any time.', ['deletion'], 'constructed: a current help page, paraphrased'],
  // Several kinds of request sharing the word "request(s)": each kind counts, not only the one next to it.
  ['Access, correction, or deletion requests can be made by contacting us at privacy@weasyl.com.', ['access', 'correction', 'deletion'], 'ToS;DR Weasyl'],
  ['If you are an authorized agent making an access or deletion request on behalf of a Californian resident, please reach out to us via the inquiry form and indicate that you are an authorized agent.', ['access', 'deletion'], 'C3PA DB/182 (an authorized agent is the user\'s, not someone given access)'],
  ['How to Submit Access and Deletion Requests', ['access', 'deletion'], 'ToS;DR GitLab'],
  // A promise to delete at the user's request ("This data will be deleted immediately on request", a current help page),
  // but not an obligation put on the user.
  ['User data will be deleted upon request by the account owner, or after seven (7) years without account activity, following sufficient notice to the user via email, in order to facilitate reactivation or data exporting if necessary.', ['deletion'], 'ToS;DR Priority Matrix'],
  ['You agree that the Registration Data you provide: (i) is true, accurate, current and complete, and (ii) will be maintained and updated by you to keep it true, accurate, current and complete.', [], 'ToS;DR HushLove terms: an obligation'],
  // Requests refused after the cue ("deletion requests for this type of data may not be permitted", a current insurer's policy).
  ['Deletion requests for insurance records may not be permitted, because state law requires us to keep them.', [], 'constructed: a current insurer\'s policy, paraphrased'],
  // Asking the company to stop: about marketing it is an opt-out, about the processing an objection.
  ['You have the right to ask us not to use your personal information for direct marketing purposes.', ['opt-out'], 'OPP-115 453_barnesandnoble'],
  ['You can also ask us to stop sending you marketing messages at any time by contacting us at: data-privacy@buzzfeed.com', ['opt-out'], 'C3PA WS/33'],
  ['You can ask us to stop processing your information.', ['object'], 'ToS;DR Sessions Live'],
  ['You also have the right to tell us to stop collecting or using your child’s personal information.', ['object'], 'OPP-115 652_primagames'],
  // A complaint to a named authority further from "the" (a current Australian policy: "the Office of the Australian Information Commissioner (OAIC)").
  ['If you are not satisfied with our response, you may lodge a complaint with the Office of the Australian Information Commissioner.', ['complaint'], 'constructed: a current Australian policy, paraphrased'],
  ['You can make a complaint to the OAIC.', ['complaint'], 'constructed: the same, by its initials'],
  // HIPAA notices (the wording of HHS's model Notice of Privacy Practices, a U.S. government work that many providers
  // publish as is): the complaint goes to HHS's Office for Civil Rights, and "will not retaliate" is non-discrimination.
  ['You can file a complaint with the U.S. Department of Health and Human Services Office for Civil Rights by sending a letter to 200 Independence Avenue, S.W., Washington, D.C. 20201, calling 1-877-696-6775, or visiting www.hhs.gov/ocr/privacy/hipaa/complaints/.', ['complaint'], 'HHS model Notice of Privacy Practices'],
  ['We will not retaliate against you for filing a complaint.', ['non-discrimination'], 'HHS model Notice of Privacy Practices'],
  ['Never retaliate against a staff member who reports a concern about suspected or actual misconduct, or tolerate retaliation by anyone else.', [], 'ToS;DR National Geographic code of conduct: staff, not users'],
  // Children's privacy (COPPA): a parent directs the company to delete, or asks to review, delete or stop further collection.
  ['Any parent or guardian of a child under 13 years of age who may have provided personally-identifiable information to us may request a description of the personally-identifiable information that has been collected from or about that child and either limit or restrict any further maintenance or use of such information from that child and/or direct us to delete it.', ['access', 'deletion', 'restrict'], 'OPP-115 1545_taylorswift'],
  ['A parent may request to review, delete, or stop the further collection of their child\'s personal information.', ['access', 'deletion'], 'constructed: common COPPA wording'],
  ['Your request should include a detailed description of the specific content or information to be removed.', [], 'ToS;DR Politico: a description the user gives'],
  // Eleventh round (job-applicant notices, read through the search tool). Seeing the data held is access; "see" alone
  // is not (others see a profile, the reader sees a section).
  ['You can always see what information we have in your user account.', ['access'], 'ToS;DR Read the Docs'],
  ['You can review your applications and see what data is held about you in the portal.', ['access'], 'constructed: a current recruiting portal\'s help page, paraphrased'],
  ['When you use Collaboration Features, people you share with may see your user profile.', [], 'ToS;DR Evernote: others see'],
  ['To learn how to view or change your consent preference, please see the information we have provided in Section 6.', [], 'ToS;DR Hulu: a pointer'],
  // Fair hiring is not the privacy right of non-discrimination.
  ['We keep your application so that we can show, if a claim is made, that we have not discriminated against candidates on prohibited grounds.', [], 'constructed: a current applicant notice, paraphrased'],
  ['We will not discriminate against you on the basis of race, color, national origin, age, disability, or sex.', [], 'constructed: the civil-rights notice printed with many U.S. health policies, paraphrased'],
  // Modern wordings of familiar rights (eleventh round): a transfer to another service is portability; asking that the
  // company stop selling, or turning personalized ads off, is an opt-out.
  ['In addition, you may have the right in some cases to receive or have your electronic personal information transferred to another party.', ['portability'], 'ToS;DR Fandom'],
  ['You may ask us to transfer your data to another service.', ['portability'], 'constructed: a current app policy, paraphrased'],
  ['This form provides a way for individuals (like you, or, where required by law, someone you authorize, also known as an ‘authorized agent‘) to request us to not sell or share your personal information to third parties.', ['opt-out'], 'C3PA DB/30 page'],
  ['You may request that we stop selling your data.', ['opt-out'], 'constructed: a current state-law notice, paraphrased'],
  ['On your iOS or iPadOS device, you can disable Personalized Ads by going to Settings.', ['opt-out'], 'ToS;DR iCloud (shortened)'],
  ['We may transfer your data to another service provider to process payments.', [], 'constructed: the company\'s transfer, not the user\'s'],
  // Twelfth round: a transfer "to another controller / organisation / entity" the user asks for, or "have it transferred".
  ['8.5 You have the right to receive and/or have us transfer to another data controller a subset of personal data, that concern you and that you provided us with, and which we process for the performance of our contract or because you previously consented to it.', ['portability'], 'ToS;DR BlaBlaCar'],
  ['Users may receive their Data and have it transferred to another controller.', ['access', 'portability'], 'ToS;DR Blender Market (a list item, given its lead)'],
  ['The right to obtain access to your personal information, along with certain related information, and to receive that information in a commonly used format and to have it transferred to another data controller;', ['access', 'portability'], 'ToS;DR Khan Academy'],
  ['A right to receive Personal Information in a format that will allow its transfer to third parties by you and/or request that wikiHow transfer that Personal Information to another entity', ['access', 'portability'], 'C3PA WS/25'],
  ['You have the right to ask us to transfer the data you gave us to another organisation.', ['portability'], 'constructed: the wording of a UK regulator\'s template, paraphrased'],
  ['If Open Humans or the Open Humans Foundation is involved in a reorganization, merger, acquisition or sale of our assets, your personal information may be transferred to another entity as part of that deal.', [], 'ToS;DR Open Humans: a business transfer'],
  ['We may transfer your information to another organization in the event of a merger.', [], 'constructed: the company\'s transfer, not the user\'s'],
  // Twelfth round: rights lists of Brazil's LGPD and Japan's APPI in their English versions, and "request that we stop".
  ['obtain the anonymization, blocking or elimination of your unnecessary or excessive personal information including information that is not being processed in compliance with the LGPD;', ['deletion'], 'ToS;DR CamScanner (a list item; its lead is "you have the right to:")'],
  ['Under the LGPD, you have the right to the elimination of personal data processed with your consent.', ['deletion'], 'constructed: an item of the LGPD list, in a common English version, with its lead'],
  ['Under the LGPD, you have the right to the correction of incomplete, inaccurate or outdated data.', ['correction'], 'constructed: the same list'],
  ['You may petition the National Data Protection Authority (ANPD) regarding your data.', ['complaint'], 'constructed: the LGPD\'s right to petition, paraphrased'],
  ['You may file a complaint with the ANPD.', ['complaint'], 'constructed: the same, by its initials'],
  ['Depending on the processing activity, you can request that we stop or limit processing of your personal data.', ['object', 'restrict'], 'ToS;DR Dropbox'],
  ['At any time, you can contact The Hill to request that we not share your personally identifiable information with third parties, as set forth in greater detail below.', ['opt-out'], 'OPP-115 1360_thehill'],
  ['You may request that we stop sharing your information with a third party or third parties for direct marketing purposes after you have opted into such disclosure through the Site(s) by emailing us at support@curse.com and informing us of your desire for us to stop providing your information to third parties for their direct marketing purposes.', ['opt-out'], 'OPP-115 744_minecraft.gamepedia'],
  ['The right to request access, correction, deletion, suspension of processing of personal data to the extent permitted under Article 35, Section 5 and Article 37, Section 2 of the Personal Information Protection Act.', ['access', 'correction', 'deletion', 'restrict'], 'ToS;DR Tripadvisor (Korea\'s PIPA)'],
  ['You can request the disclosure of your personal information.', ['access'], 'constructed: a Japanese policy in English, paraphrased'],
  ['Upon request, we will disclose to you the retained personal data we hold about you.', ['access'], 'constructed: the same'],
  ['You may request us to discontinue the provision of your personal data to third parties.', ['opt-out'], 'constructed: the same (APPI\'s stop of third-party provision)'],
  ['You may request the suspension of use of your personal data.', ['restrict'], 'constructed: the same'],
  ['We will not disclose to you the information we hold about other users.', [], 'constructed: a denial, and not the user\'s data'],
  ['We may request the suspension of use of your account if you violate the terms.', [], 'constructed: the company\'s request'],
  // Thirteenth round: the complaint right worded as contacting the regulator (Canada's, Australia's, the EU's), access to
  // "information about yourself", and consent withdrawn "or declined".
  ['If they can’t answer your question, you have the right to contact your local data protection supervisory authority.', ['complaint'], 'ToS;DR Dropbox'],
  ['For data subjects located in Canada: If you are not satisfied with how we have handled your matter, you may wish to contact the Office of the Privacy Commissioner of Canada (OPC).', ['complaint'], 'C3PA WS/41'],
  ['And you can contact your local data protection authority if you have concerns regarding your rights under local law.', ['complaint'], 'ToS;DR Google'],
  ['If we are unable to resolve your concerns, you have the right to contact your local data privacy supervisory authority or seek a remedy through the courts if you believe your requests to exercise your rights have not been honored.', ['complaint'], 'ToS;DR Elasticsearch'],
  ['Should you wish to report a complaint or if you feel that Our Company has not addressed your concern in a satisfactory manner, you may contact the Commissioner for Information of Public Importance and Personal Data Protection of the Republic of Serbia.', ['complaint'], 'ToS;DR Red Black Tree'],
  ['If you have a complaint about our use of your information, you can contact the Information Commissioner\'s Office via their website at ico.org.uk/concerns/ or write to them at:', ['complaint'], 'ToS;DR Ubuntu'],
  ['Users have the right to bring a claim before their competent data protection authority.', ['complaint'], 'ToS;DR Blender Market'],
  ['If you are not satisfied with our response, you may contact the OAIC.', ['complaint'], 'constructed: an Australian policy, by the regulator\'s initials'],
  ['For more information, please contact your local data protection authority.', [], 'ToS;DR Sift: the regulator named for information, no complaint'],
  ['If we have concerns about a breach, we will contact the relevant supervisory authority.', [], 'constructed: the company contacts the regulator'],
  ['Connecticut Residents: If a TV matter is not resolved to your satisfaction, please contact the Connecticut Public Utilities Regulatory Authority at 1-800-382-4586 (toll free within Connecticut).', [], 'ToS;DR Xfinity terms: a utilities regulator, not a data-protection one'],
  ['Individuals can access information about themselves in departmental documents under the Privacy Act 1988.', ['access'], 'constructed: an Australian agency\'s policy, paraphrased'],
  ['You undertake to update information about yourself within ten (10) days of any changes.', [], 'ToS;DR Grasscity terms: an obligation'],
  ['Where we rely on your consent to process personal data, you have the right to withdraw or decline your consent at any time and where we rely on legitimate interests, you have the right to object.', ['object', 'withdraw-consent'], 'ToS;DR LinkedIn'],
  ['You may withdraw or change your consent at any time, subject to legal or contractual restrictions and reasonable notice.', ['withdraw-consent'], 'constructed: a Canadian (PIPEDA) policy, paraphrased'],
  // Thirteenth round: a U.S. insurer's notice on the NAIC model ("recorded personal information about you").
  ['You may request access to recorded personal information about you that is reasonably locatable and retrievable.', ['access'], 'constructed: an insurer\'s privacy notice, paraphrased'],
  ['You may request that we correct, amend or delete recorded personal information about you.', ['correction', 'deletion'], 'constructed: the same'],
  ['We limit access to personal information about you to employees who we believe reasonably need to come into contact with that information to provide products or services to you or in order to do their jobs.', [], 'OPP-115 1361_news.yahoo.com: the company limits its staff\'s access'],
  ['We may obtain personal information about you in connection with the Services from publicly and commercially available sources and from our Move affiliates and/or business partners (such as advertising networks or social networking services), including:', [], 'C3PA WS/121: the company obtains'],
  // Thirteenth round: the marketing opt-out worded as a choice ("choose not to receive") or as preferences to manage.
  ['We offer you the opportunity to choose not to receive communications from us.', ['opt-out'], 'OPP-115 32_www.theverge.com'],
  ['A customer has the right to choose not to receive Caribou text messages by simply notifying us of their preference or responding STOP to 65017.', ['opt-out'], 'OPP-115 586_www.cariboucoffee.com'],
  ['If you choose not to receive our cookies, we cannot guarantee that your experience will be as fulfilling as it would otherwise be.', [], 'C3PA WS/11: refusing cookies is a browser choice'],
  ['So we provide all users with the ability to choose not to receive questions from anonymous users on the “Settings” page on the website and mobile application.', [], 'ToS;DR ASKfm: a product setting, not marketing'],
  ['You may change your email preferences at any time by visiting your email preferences page for the relevant site.', ['opt-out'], 'OPP-115 940_wikitravel.org'],
  ['You may also update your marketing preferences in the “emails and marketing” tab in your account.', ['opt-out'], 'ToS;DR The Guardian'],
  ['You can update your notification preferences in the app.', [], 'constructed: notifications may be the service\'s own'],
  // Thirteenth round: U.S. state privacy laws name the state's Attorney General for complaints after an appeal.
  ['If you have concerns about the results of an appeal, you may contact the Virginia attorney general.', ['complaint'], 'C3PA DB/134'],
  ['If the appeal is denied, you may submit a complaint to the Virginia Attorney General at https://www.oag.state.va.us/consumercomplaintform.', ['complaint'], 'C3PA DB/35'],
  ['We may disclose information to the Attorney General when required by law.', [], 'constructed: a disclosure to the authority, not a complaint'],
  // Fourteenth round: South Africa's POPIA, India's DPDP Act and China's PIPL word the same rights their own way.
  ['You can ask us to correct, destroy or delete your personal information.', ['correction', 'deletion'], 'constructed: a POPIA policy, paraphrased'],
  ['You may request that we destroy your personal information.', ['deletion'], 'constructed: the same'],
  ['We destroy your personal information when it is no longer needed.', [], 'constructed: the company deletes on its own'],
  ['You may object, on reasonable grounds, to the processing of your personal information.', ['object'], 'constructed: a POPIA policy, paraphrased'],
  ['You may request to copy or transfer your personal information to another personal information processor.', ['portability'], 'constructed: a PIPL policy, paraphrased'],
  ['We may transfer your personal information to other processors that act on our behalf.', [], 'constructed: the company\'s own transfer'],
  // Fourteenth round: U.S. state laws' "confirm whether we are processing ... and to access": "we" is what is confirmed.
  ['You have the right to confirm whether we are processing your personal data and to access such data.', ['access'], 'constructed: a Virginia/Colorado-style notice, paraphrased'],
  ['We will confirm whether we hold your data and then delete it.', [], 'constructed: the company acts'],
  // Fourteenth round: voice recordings and activity histories (smart speakers, TVs, cars) are personal data to review or delete.
  ['You may review and delete your voice recordings in the Alexa app.', ['access', 'deletion'], 'constructed: a smart-speaker notice, paraphrased'],
  ['Yes, you can choose to delete the location history collected by Enhanced Location Services from this device and currently associated with your Amazon account by visiting the Manage Your Content and Devices page on Amazon.com.', ['deletion'], 'ToS;DR Amazon Location Services FAQ'],
  ['You can see the history of the changes to this Privacy Policy here.', [], 'ToS;DR Desmos: the policy\'s history'],
  ['Do you know Your History?', [], 'OPP-115 481_www.fredericknewspost.com: a headline'],
  // Fourteenth round: replying STOP to texts, and a product's own setting that turns a collection off, are opt-outs; a
  // browser's setting is not the company's control, and "if you stop receiving texts" is a condition.
  ['You may stop receiving SMS messages by replying STOP or OFF in response to any received SMS message.', ['opt-out'], 'ToS;DR Fivestars'],
  ['You can enable or disable the collection of these clips any time via the “Data Sharing” setting in Controls >.', ['opt-out'], 'ToS;DR Tesla'],
  ['If you stop receiving text messages, we will alert your employer who may need to contact you another way.', [], 'ToS;DR When I Work terms'],
  ['You can turn off the collection of this data at any time in the browser settings.', [], 'ToS;DR Bing: a browser setting'],
  // Fourteenth round: a HIPAA notice's "health information about you" is the user's data to correct; the same words in
  // the company's uses grant nothing.
  ['You can ask us to correct health information about you that you think is incorrect or incomplete.', ['correction'], 'constructed: the HHS model Notice of Privacy Practices, paraphrased'],
  ['We may share health information about you with your insurer.', [], 'constructed: the company shares'],
  // Fourteenth round: acceptable-use clauses in terms pages forbid the user to destroy or modify information.
  ['You may not use the Website and/or Mobile App to transmit, distribute, store or destroy any material or information (i) in violation of any applicable law or regulation.', [], 'ToS;DR Tripening terms, shortened'],
  ['5.2 You may not use the Service to: (a) attempt to or actually disrupt, impair or interfere with, alter or modify the Service or any information, data or materials posted and/or displayed by us or anyone else.', [], 'ToS;DR MuseScore terms, first item'],
  ['You may not use the Service to access another user\'s data, but you can access your own data at any time.', ['access'], 'constructed: the grant after "but" stands'],
  ['4.2Although Fur Affinity can display artistic renditions of adult content, the feature is disabled by default and may only be enabled via your account settings if you are legally allowed to view it in the United States (18 years of age).', [], 'ToS;DR Fur Affinity terms'],
  // Fifteenth round: a list of right nouns after "rights of" (Mexico's ARCO rights: access, rectification, cancellation,
  // opposition; GDPR lists), read noun by noun; a right of cancellation alone is a consumer's withdrawal from a purchase.
  ['You may exercise Your rights of access, rectification, cancellation and opposition by contacting Us.', ['access', 'correction', 'deletion', 'object'], 'ToS;DR K & K'],
  ['In addition to your rights of access and correction (rectification) described in “Your Rights” (above), EEA and UK residents have certain other rights defined in the General Data Protection Regulation (GDPR) and the Data Protection Act 2018.', ['access', 'correction'], 'ToS;DR Healthline'],
  ['You have the right of access, rectification or erasure, restriction of processing, to object and to data portability with respect to your personal data.', ['access', 'correction', 'deletion', 'portability', 'object', 'restrict'], 'ToS;DR Honeypot'],
  ['• Right of rectification and cancellation of personal data;', ['correction', 'deletion'], 'ToS;DR Tintolav cookie policy (Spanish ARCO rights)'],
  ['You have the right to request cancellation of your personal data when it is no longer necessary for the purpose for which it was collected.', ['deletion'], 'constructed: a Mexican (LFPDPPP) privacy notice, paraphrased'],
  ['You have a right of cancellation within 14 days of your purchase.', [], 'constructed: a consumer\'s withdrawal from a contract, not a data right'],
  ['We will process your request for cancellation of the order.', [], 'constructed: an order, not data'],
  // Fifteenth round: Turkey's KVKK "learn whether ... processed", Thailand's PDPA "suspend the use", Argentina's regulator.
  ['Each person has the right to request from the data controller to learn whether his/her personal data are processed or not.', ['access'], 'constructed: KVKK Article 11, as policies quote it'],
  ['You have the right to request the company to suspend the use of your personal data.', ['restrict'], 'constructed: a Thai (PDPA) privacy notice, paraphrased'],
  ['This enables you to ask us to suspend the processing of your information, for example if you want us to establish its accuracy or the reason for processing it.', ['restrict'], 'ToS;DR AlphaInventor'],
  ['You can file a complaint with the Agency for Access to Public Information (AAIP), the Argentine data protection authority.', ['complaint'], 'constructed: an Argentine policy, paraphrased'],
  ['You may lodge a complaint with the PDPC.', ['complaint'], 'constructed: Singapore\'s and Thailand\'s regulator by its initials'],
  // Fifteenth round: COPPA's parental rights, "review and have deleted" (the participle before its object) and "refuse to
  // permit further collection or use" (an objection to the processing).
  ['A parent may review and have deleted their child’s Personal Information, and may refuse to permit further collection or use of their child’s information by contacting us as noted at the end of this Privacy Policy.', ['access', 'deletion', 'object'], 'ToS;DR USA TODAY California privacy policy'],
  ['A parent may request to review or have deleted their child\'s information.', ['access', 'deletion'], 'constructed: a children\'s privacy notice, paraphrased'],
  ["Sally Ride Science allows you, as a parent or guardian, to review, modify, or delete account information regarding your daughter or son at any time; and you may also refuse to allow any further collection or use of your child's personal information.", ['access', 'correction', 'deletion', 'object'], 'OPP-115 907_earthkam'],
  ['If you have deleted your account by mistake, contact us immediately at TOU@botlabs.gg – we will try to help, but unfortunately, we can’t promise that we can recover or restore anything.', [], 'ToS;DR BOTLABS.GG terms: a past act, not a right'],
  ['We may refuse to permit further use of the Service.', [], 'constructed: the company refuses'],
  // Fifteenth round: settings a product offers for its own processing: advertising preferences, switching off
  // personalization, turning off model training (AI assistants); and a chatbot's conversations are the user's data.
  ['If you do not want us to use personal information that we gather to allow third parties to personalize advertisements we display to you, please adjust your Advertising Preferences.', ['opt-out'], 'OPP-115 21_imdb'],
  ['Advertising: If you don’t want to see interest-based ads, please adjust your Advertising Preferences.', ['opt-out'], 'ToS;DR Amazon AWS privacy notice'],
  ['You can switch off personalized recommendations in your profile settings.', ['opt-out'], 'constructed: a streaming service, paraphrased'],
  ['You can turn off model training in your Data Controls settings.', ['opt-out'], 'constructed: an AI assistant\'s policy, paraphrased'],
  ['You can delete individual conversations or your entire chat history at any time.', ['deletion'], 'constructed: an AI assistant\'s policy, paraphrased'],
  ['If you want to disable the collection of cookies, adjust your browser settings.', [], 'constructed: a browser\'s setting (RUBRIC: borderline, not counted)'],
  ["A California privacy law that went into effect on January 1, 2005, allows California residents to obtain specific information about a business's privacy practices if it shares information with other companies for those companies' direct marketing purposes.", [], 'OPP-115 359_vikings: a right to ask about practices, not to the data held'],
  // Fifteenth round: texting STOP back (an imperative with no "you"); "we will notify you and delete" is the company's act.
  ['Text STOP to stop receiving text messages from Abilene Christian University.', ['opt-out'], 'ToS;DR Abilene Christian University'],
  ['To stop receiving SMS messages from College Board Alerts, text STOP to 70801.', ['opt-out'], 'ToS;DR College Board communications policy'],
  ['Just text “STOP” to 578277.', ['opt-out'], 'ToS;DR Fivestars legal page'],
  ['Text QUIT to 12345.', ['opt-out'], 'constructed: another of the carriers\' keywords'],
  ['For additional help, text HELP to 70801 or contact socialmediasupport@collegeboard.org.', [], 'ToS;DR College Board communications policy'],
  ["You can't text STOP to end the service.", [], 'constructed: denied'],
  ['We will notify you and delete your data.', [], 'constructed: "you" is the object of "notify"'],
  ['We will notify you and you may delete your data.', ['deletion'], 'constructed: "you" is the subject again'],
  // Sixteenth round: "restrict" and "copy" as verbs of a list that share one data object, and the user asking for processing
  // to stop after other verbs or by naming whom they ask ("temporarily or permanently stop processing" describes restriction).
  ['The laws in your country may provide you rights to request access to, correct, restrict, port, copy, or delete your information, request that we stop processing your information or delete your account, or withdraw or change the scope of your consent.', ['access', 'correction', 'deletion', 'portability', 'object', 'restrict', 'withdraw-consent'], 'ToS;DR Nexon'],
  ['You can also restrict or object to our processing of your personal information in certain circumstances.', ['object', 'restrict'], 'ToS;DR PinkNews'],
  ['In certain countries, individuals are entitled to the right to access, correct, transmit, restrict, delete and object to processing of the personal information we have collected.', ['access', 'correction', 'deletion', 'object', 'restrict'], 'ToS;DR McDonald\'s'],
  ['You may request that NGS erase that data or cease processing it, subject to certain exceptions.', ['deletion', 'object'], 'ToS;DR National Geographic'],
  ['The right to ask that we temporarily or permanently stop processing all or some of your personal data.', ['restrict'], 'ToS;DR LibraryThing'],
  ['You have the right to request the data controller to stop processing your personal data.', ['object'], 'constructed: a Vietnamese (Decree 13) notice, paraphrased'],
  ['Under Decree 13, you have the right to request us to provide, delete, restrict processing of, or object to processing of your personal data.', ['deletion', 'object', 'restrict'], 'constructed: a Vietnamese (Decree 13) notice, paraphrased'],
  ['You may request that we stop processing your personal data for direct marketing.', ['opt-out'], 'constructed: stopping marketing is an opt-out, not an objection'],
  // Sixteenth round: Indonesia's PDP Law "termination of processing" before the deletion noun, a privacy commission as the
  // regulator (the Philippines' National Privacy Commission), moving a copy to another controller.
  ['Under the PDP Law, you have the right to request the termination of processing, deletion and/or destruction of your personal data.', ['deletion'], 'constructed: an Indonesian (PDP Law) notice, paraphrased'],
  ['Alternatively, you can file a complaint with your local privacy commission.', ['complaint'], 'ToS;DR Bdsmtest'],
  ['You may file a complaint with the National Privacy Commission.', ['complaint'], 'constructed: a Philippine (Data Privacy Act) notice'],
  ['You have the right to obtain and electronically move a copy of your personal data to another controller.', ['access', 'portability'], 'constructed: a Philippine (Data Privacy Act) notice, paraphrased'],
  // Sixteenth round: "incorrect" data as the object of a correction, "filing a complaint" (HIPAA's notice of privacy practices).
  ['You can ask to know what information we have about you, update incorrect information, delete it, object to our use of it, or get a copy of it.', ['access', 'correction', 'deletion', 'object'], 'ToS;DR Brave websites and forums'],
  ['You can complain if you feel we have violated your rights by contacting us or by filing a complaint with the U.S. Department of Health and Human Services Office for Civil Rights.', ['complaint'], 'constructed: a HIPAA notice of privacy practices, paraphrased'],
  // Sixteenth round, sentences of the 774 pages that granted nothing: "most / much of" the data, "access and control",
  // objecting "to marketing", exporting "content in your ... account", consent "to process the information, which you can
  // withdraw".
  ['You can object to marketing activities for any reason.', ['object'], 'ToS;DR HQ EU privacy policy, Drop'],
  ['If any of the personal information that we have about you in our capacity as a Personal Information Controller (PIC) is incorrect or misleading, you can correct most of the information yourself by accessing your Kapuso Account.', ['correction'], 'ToS;DR GMA Network'],
  ['You can update and correct most of your personal data through your account.', ['correction'], 'ToS;DR CouchSurfing'],
  ['You can access and control your personal data that Microsoft has obtained with tools Microsoft provides to you, which are described below, or by contacting Microsoft.', ['access'], 'ToS;DR Microsoft Services'],
  ['As described in the section ‘What Information You Can Access,’ you can access much of your information by logging in to your Tumblr account.', ['access'], 'ToS;DR Tumblr'],
  ['You can export a copy of content in your Google Account if you want to back it up or use it with a service outside of Google.', ['portability'], 'ToS;DR Google'],
  ['Where you have given us consent to process the information, which you can withdraw at any time.', ['withdraw-consent'], 'ToS;DR Stack Overflow'],
  ['Right to withdraw data protection consent.', ['withdraw-consent'], 'ToS;DR Kaspersky web privacy policy'],
  ['• The right to request that inaccurate personal information be rectified, or completed if incomplete.', ['correction'], 'ToS;DR Roll20'],
  // Seventeenth round, sentences of the 774 pages that granted nothing: "please contact" as the user's cue, asking for
  // information about how data was collected or for its disclosure, "access to, erasure of, and updates to", "other
  // personal information", a right's noun before "rights", a condition's negation before its comma, the account "to be
  // deleted", "permanent deletion", sending data "to a third-party", stopping profiling, consent that "may be withdrawn".
  ['To have any personally identifiable information deleted, please contact: support@lynda.com.', ['deletion'], 'OPP-115 962_www.lynda.com'],
  ['You can request the following information about how we have collected and used your Personal Information during the past 12 months:', ['access'], 'ToS;DR Phone2Action'],
  ['You can request information about how we have collected, used and shared and used your Personal Information during the past 12 months.', ['access'], 'ToS;DR KeyMe'],
  ['If you are a California resident, you may request us to disclose the categories and specific pieces of Personal Information about you that we collect or share to any third party for commercial uses.', ['access'], 'ToS;DR likee'],
  ['You can request access to, erasure of, and updates to your personal data.', ['access', 'deletion'], 'ToS;DR Microsoft Services'],
  ['You can ask us to change or update other personal information about you by clicking here to reach our Privacy Officer.', ['correction'], 'OPP-115 1694_www.lids.com'],
  ['Click-stream data may include such information as the page served, the time, the source of the request, the type of browser making the request, the preceding page view and other such non-personal information.', [], 'OPP-115 359_www.vikings.com ("other" is not a determiner of a data object)'],
  ['The Global Nameserver Infrastructure does not include web-based user interfaces, zone transfer mechanisms, update systems, or other customer-accessible data access or manipulation methods.', [], 'ToS;DR GoDaddy domain registration agreement'],
  ['How to exercise your access and deletion rights.', ['access', 'deletion'], 'C3PA DB/38'],
  ['To exercise the access, data portability, and deletion rights described above, please submit a verifiable consumer request to us by either:', ['access', 'deletion', 'portability'], 'C3PA DB/206'],
  ['The CCPA further provides you with the right to not be discriminated against (as provided for in applicable law) for exercising your access, deletion, or sale opt out rights.', ['access', 'deletion', 'opt-out', 'non-discrimination'], 'ToS;DR Bose'],
  ['Your personal information is contained behind secured networks and is only accessible by a limited number of persons who have special access rights to such systems, and are required to keep the information confidential.', [], 'OPP-115 807_www.lodgemfg.com'],
  ['We may suspend your access rights to the Service.', [], 'constructed: "access rights" to a service are a login'],
  ['If this is not possible, you can ask us to update your data, particularly in cases of inaccuracy, by contacting Customer Support.', ['correction'], 'ToS;DR CouchSurfing'],
  ['If you disagree with the RIPE NCC’s response or did not receive adequate support, you have the right to file a complaint with the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).', ['complaint'], 'ToS;DR Ripe NCC'],
  ['If you are not a California resident, you do not have the right to delete your data under the CCPA.', [], 'constructed: the main clause is negated too'],
  ['you can request your account to be deleted (restrictions see below) and this will be conveyed to registered entities that are using our full data.', ['deletion'], 'ToS;DR OpenStreetMap'],
  ['If at any time you choose to cease using JetBrains Products, you may ask for your data to be removed from our servers by sending a request to privacy@jetbrains.com or via your JetBrains Account.', ['deletion'], 'ToS;DR JetBrains'],
  ['Users may request their data be deleted by emailing privacy@gutterprotectiondeals.com.', ['deletion'], 'ToS;DR gutterprotectionpros.com'],
  ['Deactivation and deletion: Your account can be deactivated in Settings, and you can request permanent deletion via email following deactivation.', ['deletion'], 'ToS;DR Letterboxd'],
  ['You may request that we send this personal data to a third-party, where feasible.', ['portability'], 'ToS;DR Tripadvisor'],
  ['We may transfer your personal data to a third party service provider.', [], 'constructed: the company transfers, nobody asked'],
  ['You may request that we not share your personal information on a going-forward basis with Company Affiliates or unaffiliated third parties for their direct marketing purposes by contacting us as outlined in Section 7.', ['opt-out'], 'OPP-115 37.html'],
  ['Right in relation to automated decision making and profiling-You may ask us to stop automated decision making or profiling you if you believe such automated decision making and profiling has legal or similarly significant effect upon you.', ['object'], 'ToS;DR likee'],
  ['Your consent may subsequently be withdrawn at any time by editing your preferences or contacting us as specified in the How to Contact Us section of this Policy without affecting the lawfulness of processing based on consent before its withdrawal.', ['withdraw-consent'], 'ToS;DR Privacy International'],
  ['We will only process your data for any online or digital advertising on the basis of your informed consent, which can be withdrawn at any time, or if we have a legitimate interest.', ['withdraw-consent'], 'ToS;DR Stack Overflow'],
  ['Your consent cannot be withdrawn once the order has shipped.', [], 'constructed: denied'],
  // Seventeenth round, ToS;DR dev documents whose rights point was missed: asking for "all of the information", a company
  // bound to "inform you about the data we have stored about you", a list of right nouns after "right to", "request that it
  // be deleted".
  ['You also have the ability to request all of the information that we collect about you and your account from us.', ['access'], "ToS;DR Adventurer's Codex"],
  ['We may request all of the information needed to verify your identity.', [], 'constructed: the company asks'],
  ['Upon request we will inform you about the data we have stored about you free of charge.', ['access'], 'ToS;DR Tutanota'],
  ['We will disclose the information we hold about you to law enforcement where the law requires it.', [], 'constructed: a disclosure to others, not to you'],
  ['According to European Union applicable data protection legislation, data subjects shall have the right to access to data, rectification, erasure, restriction on processing, objection to processing and right to data portability.', ['access', 'correction', 'deletion', 'portability', 'object', 'restrict'], 'ToS;DR BitDefender'],
  ['You also have the right to request that it be corrected, blocked, or deleted.', ['correction', 'deletion'], 'ToS;DR Perfect Privacy VPN'],
  // Seventeenth round: the reader addressed without "you" (an imperative, a "To ..., complete the form" purpose, email
  // "recipients"); a third party's opt-out page named before "opt out"; a "portable device" is no data portability.
  ['To stop receiving emails, complete the form at http://action.citizen.org/unsubscribe.jsp.', ['opt-out'], 'OPP-115 1264_www.citizen.org'],
  ['Click the Unsubscribe link at the bottom of any College Board email', ['opt-out'], 'ToS;DR College Board communications policy'],
  ['If email recipients wish to end their email subscription from a particular list, they need to follow the instructions at the end of each email message to unsubscribe from the particular list.', ['opt-out'], 'ToS;DR Meadow Park CBD Oil'],
  ['To review or remove the optional email address (personal information collected), please use this form to contact the Learning Network.', ['access', 'deletion'], 'OPP-115 26_www.nytimes.com'],
  ['visit the Network Advertising Initiative’s opt out page.', [], 'OPP-115 1259_www.fool.com (a third party\'s tool, RUBRIC borderline)'],
  ['Click here to opt out of Google Analytics.', [], 'constructed: a third party\'s tool'],
  ['Portable Devices: You may not transfer audio tracks purchased or obtained via the Site from personal computers to more than three (3) traditional portable devices (or to any cellular telephone or other device capable of cellular or WAP communication).', [], 'ToS;DR atlanticrecords terms'],
  ['By using the Offline Mode, you will only be able access the tracks, albums and playlists that you have previously temporarily downloaded, from the Site or the Application, on that particular computer or portable device.', [], 'ToS;DR Deezer terms'],
  // Eighteenth round, sentences of the 774 pages that granted nothing: WordPress's "exported file" of the data, objecting
  // "at any time to", "require us to restrict", a company's possessive ("Fastmail’s use"), consent withdrawn as "it" or
  // "prior consent", complaints "referred" or made "directly", to an authority named after a comma.
  ['If you have an account on this site, or have left comments, you can request to receive an exported file of the personal data we hold about you, including any data you have provided to us.', ['access', 'portability'], 'ToS;DR Human Rights Foundation (the WordPress template)'],
  ['We may send you an exported file of the settings for your records.', [], 'constructed: the company acts, not a user right'],
  ['For example, you can object at any time to our use of your personal information:', ['object'], 'ToS;DR FastMail'],
  ['You may object at any time to our processing of your personal data when such processing is based on our legitimate interests.', ['object'], 'ToS;DR Kaspersky'],
  ['You can also object to or restrict Fastmail’s use of your personal information.', ['object', 'restrict'], 'ToS;DR FastMail'],
  ['Users may also object any further processing of personal data after prior given consent.', ['object'], 'ToS;DR Upcloud'],
  ['You must know that, however, should your Personal Information be processed for direct marketing purposes, you can object to that processing at any time without providing any justification.', ['object'], 'ToS;DR studylib'],
  ['You can object to, or obtain a restriction of, the processing of personal data under certain circumstances.', ['object', 'restrict'], 'C3PA WS/108 (its "can to" typo mended)'],
  ['Under certain circumstances, you may have the right to require us to restrict the processing of your personal data.', ['restrict'], 'ToS;DR JetBrains'],
  ['Even though this information would have been made publicly available by you and therefore is no longer considered Sensitive Personal Information under CPRA, if you would like wikiHow to limit the use of or disclosure of that information, please contact privacy@wikihow.com.', ['restrict'], 'C3PA WS/25'],
  ['In the case when processing is based on consent, you have the right to withdraw it at any time.', ['withdraw-consent'], 'ToS;DR BitDefender'],
  ['If processing takes place on the basis of a declaration of consent, you have the option to withdraw it at any time without affecting the lawfulness of the processing on the basis of that consent up to the time of withdrawal.', ['withdraw-consent'], 'ToS;DR remove.bg'],
  ['If you consent to these terms, you may withdraw this request at any time.', [], 'constructed: "this" is not the consent'],
  ['You may revoke your prior consent under Art. 7 Para. 3 GDPR with future effect.', ['withdraw-consent'], 'ToS;DR Nitrokey'],
  ['In accordance with GDPR article 7 paragraph 3, you also have the right to revoke given consent of the processing of personal data from a company.', ['withdraw-consent'], 'ToS;DR Posteo'],
  ['first and foremost, you provided your consent by agreeing to this Policy, which you may withdraw at any time by emailing us at support@attendify.com;', ['withdraw-consent'], 'ToS;DR Attendify'],
  ['If we ask for your consent to process your personal information, you may withdraw, where permitted by law, your consent contacting us using the details at the end of this Privacy Policy.', ['withdraw-consent'], 'C3PA DB/38'],
  ['If you have contacted us at dataprotection@theguardian.com with a privacy related complaint and you are not satisfied with our handling of that complaint, you may refer that complaint to the Office of the Australian Information Commissioner:', ['complaint'], 'ToS;DR The Guardian'],
  ['If you are not happy with our response, you may complain directly to the relevant privacy commissioner or authority.', ['complaint'], 'ToS;DR InsurAds'],
  ['You also have the right to make a complaint at any time to the ANSPDCP, the Romanian supervisory authority for data protection issues.', ['complaint'], 'C3PA WS/47'],
  ['You can also have lodge a complaint about us and our use of your information to the relevant authority in your country of work or residence.', ['complaint'], 'ToS;DR Artspace'],
  ['For all requests relating to your personal data, you can contact the DPO (Data Protection Officer) of the data at the following address: dpo@evaneos.com, or lodge a complaint with the National Commission for computing and liberties.', ['complaint'], 'ToS;DR Evaneos (CNIL, translated)'],
  // Eighteenth round, second pass: "your or your child’s personal information", wanting "to know whether we have any of your
  // personal information", "giving you access to, or correcting,", information "associated with your account" or "about
  // you", an adverb before "shared", "their accounts", a CV, "wish us to delete", "require us to erase", data deleted when
  // the account is closed, and an opt-out link the company puts in every email (the reader's cue without "you").
  ['If you have any questions about this Policy or you wish to review or correct your or your child’s personal information, you may contact us by U.S. mail, e-mail, or telephone at the addresses and numbers listed below.', ['access', 'correction'], 'OPP-115 202_www.foodallergy.org'],
  ['If you have any questions about the collection, use, or disclosure of your personal information by St. Joseph, or if you simply want to know whether we have any of your personal information on file, you may contact our Privacy Officer.', ['access'], 'ToS;DR St. Joseph Communications'],
  ['We may require you to verify your identity before giving you access to, or correcting, your personal information.', ['access'], 'ToS;DR Enphase'],
  ['We provide you with access to our services.', [], 'constructed: access to a service'],
  ['We may provide you with tools and preference settings that allow you to access, correct, delete, and modify information associated with your account.', ['access', 'correction', 'deletion'], "ToS;DR Adventurer's Codex"],
  ['You may update, correct or delete information about you at any time by logging into your online account and modifying your information or by emailing us at privacy@easynews.com', ['correction', 'deletion'], 'ToS;DR EasyNews'],
  ['You can access information about your rights here.', [], 'constructed: information about rights, not about you'],
  ['At any time, you can decide to delete information you explicitly shared with us, and we will erase it completely from our Services.', ['deletion'], 'ToS;DR Paper.li'],
  ['All users, including School Users (or their Parents) can delete their accounts and all personal information associated with the account at any time through account Settings.', ['deletion'], 'ToS;DR Khan Academy'],
  ['If you visit or access your accounts from one of these sites, please review the online privacy practices of that site to understand how your online information may be collected, used and shared.', [], 'OPP-115 1300_www.chicagomarathon.com: signing in, not a right'],
  ['We encourage you to review your Social Media Accounts’ Privacy Settings and Privacy Notice so that you can understand how Facebook, Twitter and other social media collect, use and share your information.', [], 'ToS;DR The Filipino Channel'],
  ['You may also delete and deactivate your account with us at any time unless required not to do so by law or by a court order.', ['deletion'], 'C3PA WS/119'],
  ['You can delete or replace your CV by going to (1) the ‘Profile’ settings in your account on the Job Seeker User Website.', ['deletion'], 'C3PA WS/41 (shortened)'],
  ['If you are under 18 years of age, reside in California, and have a registered account with the Website, you have the right to request removal of unwanted data that you publicly post on the Website.', ['deletion'], 'ToS;DR Auttaja (California\'s eraser law)'],
  ['You will need to describe in your email what Personal Information you wish us to delete, and provide any supplementary information that helps us to locate such piece of Personal Information.', ['deletion'], 'ToS;DR likee (shortened)'],
  ['You have the right, in some circumstances, to require us to erase your personal information without undue delay if the continued processing of that personal information is not justified.', ['deletion'], 'ToS;DR Drop'],
  ['Your data is automatically deleted if you close your account.', ['deletion'], 'ToS;DR Neurohr Bytes Software'],
  ['We will always include an opt-out web link or reply e-mail address in each e-mail message.', ['opt-out'], 'OPP-115 414_www.washingtonian.com'],
  ['We will always make it easy to opt out of our subscription emails, for example, by including a 1-click unsubscribe link.', ['opt-out'], 'OPP-115 303_reddit.com'],
  ['All our emails contain an unsubscribe link.', ['opt-out'], 'ToS;DR Flowplayer terms'],
  ['User authentication cookies: Authentication cookies allow you to access your account using the username you have already provided us with.', [], 'ToS;DR Dailymotion cookie policy: signing in'],
  // Nineteenth round, corrections the 774 pages offered that granted nothing: the right "to require us to correct", to
  // "obtain rectification of any" data, to "demand the correction", "make changes to" your data, a "request for access or
  // deletion", "a request to access or correct", and the company deleting "or anonymising" data "if you request".
  ['You may have the right to require us to correct any inaccurate or incomplete personal information.', ['correction'], 'ToS;DR Sessions Live'],
  ['You have the right to require us to correct inaccurate personal information that we hold about you.', ['correction'], 'ToS;DR Viagogo'],
  ['You have the right to obtain rectification of any inaccurate or incomplete personal information we hold about you without undue delay.', ['correction'], 'ToS;DR Drop'],
  ['In accordance with GDPR article 16 you have the right to immediately demand the correction or completion of personal data that is stored within a company in relation to you.', ['correction'], 'ToS;DR Posteo'],
  ['Click the "User Info" link on the navigation bar to open your user profile and view or make changes to your personal data.', ['correction'], 'ToS;DR Turnitin'],
  ['If you wish to make changes to any personal information you have provided us, or if you have any questions about what we do with your personal information, please contact us by sending an e-mail to privacy@washingtonian.com.', ['correction'], 'OPP-115 414_www.washingtonian.com'],
  ['If you send us a request to access or correct information, then we will contact you within 30 days (although it may take us longer to fully respond to your request).', ['correction'], 'C3PA 121'],
  ['You may only make a verifiable consumer request for access or deletion twice within a 12-month period.', ['access', 'deletion'], 'C3PA 33'],
  ['If you request, we will delete or anonymise your personal data so that it no longer identifies you, unless we are legally allowed or required to maintain certain personal data, including situations such as the following:', ['deletion'], 'ToS;DR Spotify'],
  // ... and what stays out: the law, not the user, requiring a correction; the company making changes of its own.
  ['Applicable law may require us to correct inaccurate personal information.', [], 'constructed: a legal duty, not a request'],
  ['We make changes to your account information when our records show an error.', [], 'constructed: the company acts on its own'],
  // Nineteenth round, deletions: the CCPA template's "After we receive and confirm your verifiable consumer request, we will
  // delete", data removed "if you cancel your account", and "Your Ability to Edit and Delete" (the user's ability is the
  // user's act).
  ['After we receive and confirm your verifiable consumer request, we will delete your Personal Information from our records within the time period required by the CCPA, unless an exception applies.', ['deletion'], 'C3PA 140'],
  ['If you cancel your Crowdmark account, all of your personal information will be removed from Crowdmark’s databases as quickly as is reasonably possible and will no longer be used or disclosed by Crowdmark.', ['deletion'], 'ToS;DR Crowdmark'],
  ['Your Ability to Edit and Delete Your Account Information and Preferences', ['correction', 'deletion'], 'OPP-115 1361_news.yahoo.com'],
  ['After we receive your data, we will delete your old records.', [], 'constructed: no request, the company acts'],
  // "the right to demand that we restrict", and Apple's "your ability to know, access, correct, transfer, restrict the
  // processing of, and delete": a list verb ("transfer") between the right's verb and the data.
  ['(v) the right to demand that we restrict processing of your personal information, under certain conditions, if you believe we have exceeded the legitimate basis for processing.', ['restrict'], 'ToS;DR Dribbble'],
  ['At Apple, we respect your ability to know, access, correct, transfer, restrict the processing of, and delete your personal data.', ['access', 'correction', 'deletion', 'restrict'], 'ToS;DR iCloud'],
  ['Restrict your ability to delete or edit your information or your privacy settings', [], 'ToS;DR Google (what an account administrator can do)'],
  // Access: "specific rights regarding access to your personal information", "access to and control over the information".
  ['In Short: Yes, if you are a resident of California, you are granted specific rights regarding access to your personal information.', ['access'], 'ToS;DR Auttaja'],
  ['We strive to provide you with access to and control over the information you give us, and we take the protection of your information very seriously.', ['access'], 'ToS;DR Khan Academy'],
  ['We provide our partners with access to and control over the information.', [], 'constructed: the partners, not the user, get access'],
  // Opt-outs: "if you prefer not to receive ..., please notify us", "wish not to receive any future communications",
  // "choose to stop receiving communications from us" (software updates are no marketing).
  ['If you prefer not to receive e-mail communications or postal mail or telephone calls from Food Allergy Research & Education, please notify us by emailing contactfare@foodallergy.org or calling 800-929-4040.', ['opt-out'], 'OPP-115 202_www.foodallergy.org'],
  ['If you prefer not to receive marketing calls from us, you may be placed on our internal Do Not Call List by writing to us at Zeta Help, Inc., 456 Prentiss Street, San Francisco, CA 94110.', ['opt-out'], 'ToS;DR Zeta'],
  ['If you prefer not to receive promotional information from one or more of our brands, please let us know by making a written request to our Privacy Officer.', ['opt-out'], 'OPP-115 1694_www.lids.com'],
  ['You can choose to stop receiving communications from us, except regarding certain important notifications such as account security alerts.', ['opt-out'], 'ToS;DR Deseat.me'],
  ['If you prefer not to receive software updates, the app may stop working.', [], 'constructed: updates, not marketing'],
  // Twentieth round. Sentences the cheap pre-filter dropped before any pattern read them: "port your data elsewhere",
  // "transmit your data to another entity" (in a list below), "not be denied goods or services" (CCPA's non-discrimination,
  // its usual wording), "learn about how we process" (in a list below).
  ['If you’d like to port your data elsewhere, you can use tools Microsoft provides to do so, or if none are available, you can contact Microsoft for assistance.', ['portability'], 'ToS;DR Bing'],
  ['For example, Target will not deny you goods or services or charge you a different price or rate for goods or services if you make an access, deletion, or do not sell request.', ['non-discrimination'], 'ToS;DR Target'],
  ['Not to be denied goods or services for exercising these rights', ['non-discrimination'], 'C3PA 47'],
  ['Deny you goods or services.', [], 'ToS;DR FinanceBuzz (an item of what the company will not do; the lead-in says "not")'],
  ['We may deny you goods or services if your payment fails.', [], 'constructed: a denial the company may make'],
  ['Every user has the right to request details about the personal data stored about them according to GDPR Art. 15.', ['access'], 'ToS;DR NewPipe (access\'s keyword hint lacked "request details")'],
  ['You may request details about our shipping options from support.', [], 'constructed: details of no personal data'],
  ['According to GDPR Art. 77, you may, at any time, file a complaint about our data processing at your local data protection officer.', ['complaint'], 'ToS;DR NewPipe (GDPR Art. 77 is the complaint to an authority)'],
  ['See Art. 77 of our terms for complaints about deliveries.', [], 'constructed: an article of no data-protection law'],
  ['The user has the right, upon request and free of charge, to receive information about the personal data stored about him.', ['access'], 'ToS;DR RUNALYZE (commas between "right" and "to receive information")'],
  ['You have the right to obtain information about the personal data we hold about you.', ['access'], 'constructed: the GDPR template without the commas'],
  ['You may have the right to receive information about the financial incentives that we offer to you (if any).', [], 'ToS;DR Tumblr (information about incentives, not data)'],
  // Twenty-first round (false quotes read on the cards): others who share the account changing a profile, and a data
  // lifecycle that ends in deletion, are no correction or deletion.
  ['You should explain this to others with access to your account, and if you do not wish them to use or change your profile, be sure to let them know.', [], 'ToS;DR Netflix (its first correction quote)'],
  ['This commitment exists throughout the lifecycle of your personal data, from the design of any Guardian service which uses personal data to the deletion of that data.', [], 'ToS;DR The Guardian'],
  ['If you do not wish to keep your profile, you can change it or delete it at any time.', ['correction', 'deletion'], 'constructed: "do not wish to" the user\'s own'],
  // ... and access that is logging in or a meter, not the data: "providing access to your GOG account" among the
  // purposes of use, "view your current data usage" (a broadband plan).
  ['(a) to carry out our obligations arising from any contracts between you and us, like providing access to your GOG account, providing you with the games and technical support and in general allowing to use GOG services and its functionalities when you choose to do so f. ex. your GOG user profile, chat, forum or cloud saving and crossplay services in GOG GALAXY Application;', [], 'ToS;DR GOG.com'],
  ['(ii) to provide you with access to your user account, including your email and storage service, if you have an account for these Services;', [], 'ToS;DR Yandex'],
  ['You can learn about the data plan that applies in your area by going to https://dataplan.xfinity.com/ You can view your current data usage at any time by logging into your My Account page and viewing the data usage meter at https://customer.xfinity.com/MyServices/Internet/UsageMeter/.', [], 'ToS;DR Xfinity'],
  ['We provide you with access to your account, where you can view and download your data.', ['access', 'portability'], 'constructed: the account is where the data is seen'],
  // Twenty-second round (access quotes read on the cards): losing, gaining, arranging or revoking access to an account or
  // the service is logging in, not access to the data held.
  ['We may also share or disclose your information with your consent, for example, if you use a third party application to access your account (see below).', [], 'ToS;DR Ryver (its only access quote)'],
  ['To provide the Services’ functionality to you, such as arranging access to your account.', [], 'ToS;DR Kahoot!'],
  ['If you do not maintain the security of your password or device, or fail to log out or deactivate your device, subsequent users may be able to access your account, including your personal information.', [], 'ToS;DR Netflix'],
  ['If you believe that someone has gained access to your account without your permission, please contact us immediately so that we can investigate.', [], 'ToS;DR Vimeo'],
  ['E. On termination, you will lose access to your Account and the Service.', [], 'ToS;DR Manticore Games'],
  ['This provision is void where prohibited by law and the right to access the Service is revoked in such jurisdictions.', [], 'ToS;DR Mighty'],
  ['You acknowledge that by permitting a third party to access your Cloudflare account, the third party may obtain, modify, or delete your account data and settings.', [], 'ToS;DR Cloudflare'],
  ['You understand and agree that you assume all risk related to the transmission of User Information and Content to the Service and that any security precautions taken by Zipline may not be adequate or sufficient to prevent illegal access to your Content and User Information.', [], 'ToS;DR Retail Zipline'],
  ['You can access your Tesla Account to update the information from or about you in that account at any time.', ['correction'], 'ToS;DR Tesla (the update stays a correction)'],
  // Nor is a subscription that works abroad a right to data portability.
  ['21.8. If you are a European Union citizen, then please be aware that GOG has enabled cross-border portability on free and paid content pursuant to Regulation (EU) 2017/1128 of the European Parliament and of the Council of 14 June 2017 on cross-border portability of online content services in the internal market, but this is subject to any other legal requirements on GOG including regarding IP protection and may also be subject to any requirements of developer and publisher partners of GOG.', [], 'ToS;DR GOG User Agreement (its only portability quote)'],
  // Round 23: the company's reserved right with a parenthesis before its verb, and software updates the user can turn off.
  ['If this Agreement terminates, we (and the Released Entities) reserve the right to delete all of your data, files, electronic messages, voicemails, user account names, email addresses, IP addresses, websites, or other information that are stored and/or used with the Services.', [], 'ToS;DR Xfinity Residential Services Agreement (its only deletion quote)'],
  ['The System may automatically download and install upgrades, updates, or other new features unless you disable these features in your account.', [], 'ToS;DR SMARTPROXY License Agreement'],
  ['If you enter into a new agreement with Cox that includes a dispute resolution provision and you want to opt out of that provision, you will need to follow the instructions in that agreement for opting out.', [], 'ToS;DR Cox Residential Customer Service Agreement (the arbitration opt-out)'],
  // Round 24 (policy cards that warned of no deletion): the data named before as "its", the noun "update" in a list of
  // right nouns, "oppose" for objection, "it" as the subject of a clause the comma closed, content or information the
  // user posts or provides (California's eraser law), and "access information" that is login details.
  ['We inform you that you have a right to access your personal data, rectify inaccurate data, request its erasure when it is no longer necessary, oppose or limit the processing or request the portability of the data, through the postal and electronic addresses indicated.', ['access', 'correction', 'deletion', 'portability', 'object', 'restrict'], 'ToS;DR ExoClick'],
  ['Other Legal Rights: Some international users (including those whose information we collect under the Privacy Shield) of our Website have certain legal rights to access certain information we hold about them and to request its deletion.', ['access', 'deletion'], 'ToS;DR GoGuardian'],
  ['Individuals in the EEA and other jurisdictions have certain legal rights to obtain confirmation of whether we hold personal data about them, to access personal data we hold about them, and to obtain its correction, update, amendment, or deletion in appropriate circumstances.', ['access', 'correction', 'deletion'], 'ToS;DR Politico'],
  ['(b) California residents who are registered users of the Services and are under the age of 18 are entitled, in accordance with California law, to request and obtain removal of content and information that they themselves post on the Services.', ['deletion'], 'OPP-115 200_www.washingtonpost.com'],
  ['If you are under the age of 18 residing in California, you are entitled to request removal of content or information you have posted publicly on our Service.', ['deletion'], 'ToS;DR Khan Academy'],
  ['If you wish to review, correct, or delete content or information you have publicly posted on our Service you may do so by visiting the individual post and selecting the “Edit” or “Delete” options.', ['access', 'correction', 'deletion'], 'ToS;DR Wizards of the Coast'],
  ['This Privacy Policy explains our privacy practices, including the information we collect from you when you use our website, apps, and other digital and online services (collectively, the “Services”) and how we and our affiliated committees may use that information; our rights to share and disclose such information to third parties; how you can review and modify information that you provide to us; and your preferences regarding our use and disclosure of such information.', ['access', 'correction'], 'C3PA 105'],
  ['If you provide your Site username, password or other information about your accounts with us to an aggregation website, we will consider that you have authorized all transactions or actions initiated by an aggregation website using access information you provide to the aggregation website.', [], 'OPP-115 1300_www.chicagomarathon.com: login details'],
  ['We may remove content or information you post if it violates our terms.', [], 'constructed: the company removes'],
  ['If you remove information that you posted to the Service, copies may remain viewable in cached and archived pages of the Service, or if other Users or third parties using the Instagram API have copied or saved that information.', [], 'OPP-115 135_www.instagram.com: what remains after removal'],
  // Round 26 (every non-discrimination quote): discrimination listed with the abuse that terms forbid the user.
  ['User Content you upload to our Platform must not be the following: (i) Defamatory of anyone or could bully, insult, intimidate, discriminate or humiliate someone. (ii) unlawful. (iii) promote sexually explicit material. (iv) promote violence. (v) infringe any copyright, database right or trade mark.', [], 'ToS;DR n8n Terms of Service (excerpt)'],
  ['You agree not to Make Available any User Content or take any action using the Services that: (a) may create a risk of, glorify, encourage, or threaten violence, harm, loss, physical or mental injury, emotional distress, death, disability, disfigurement, or self-harm to you or any other person or to any animal. (b) may create a risk of, threaten, glorify, or encourage any other loss or damage to any person or property. (c) may discriminate against, degrade, shame, or harass or encourage, glorify, or promote hatred or violence toward any person or any groups of persons. (d) contains or depicts sexual acts or sexually explicit or pornographic material, including, but not limited to, depictions of children in a sexual, sexualized, or nude state. (e) seeks to harm, exploit, or groom children by exposing them to inappropriate content or soliciting personally identifiable details or otherwise. (f) may constitute, contribute to, depict, or encourage a crime, illegal activity, or a violation or infringement of any third party’s rights. (g) solicits or seeks to obtain or discloses the personal information of any other person. (h) you do not have the right to under any law or under contractual or fiduciary relationships. (i) deceptively impersonates another person or entity or contains information that is fraudulent or that you know is not correct and current. or (j) we deem to be otherwise unlawful, harmful, abusive, racially or ethnically offensive, defamatory, infringing, invasive of personal privacy or publicity rights, harassing, humiliating to other people (publicly or otherwise), libelous, threatening, profane, or otherwise objectionable or in violation of the Community Guidelines.', [], 'ToS;DR VSCO Terms of Use: a list the paragraph ran together'],
  ['While using the System you agree not to, and will not assist, encourage, or enable others to use the System for/to (collectively herein – “Prohibited Activities”): violate general ethic or moral norms, good customs and fair conduct norms. violate any third party’s rights, including any breach of property, privacy, confidence, personal data, copyright, trademark, patent or any other intellectual property or proprietary right. directly or indirectly use the System to dispatch unsolicited emails, or perform email spamming (bulk mail activity or chain letters) and/or in any other way violate CAN - SPAM Act or other applicable laws. engage in any terror, military, para-military, militia or similar training and activities. engage in any illicit, criminal or otherwise unlawful activities, including security and privacy violations. spy, stalk, harm, prank, or harass others, or promote bigotry or discrimination, to engage in espionage, cause any network resource to be unavailable to its users, including Denial-of-Service (DoS) or Distributed Denial-of-Service (DDoS) attacks. use for any high-risk to third parties, harmful or destructive activities, including distribution of viruses, adware, worms, trojan horses, malware, spyware or any other similar malicious activities and products or any other computer code, files or programs designed to interrupt, hijack, destroy, limit or adversely affect the functionality of any computer software, hardware, network or telecommunications equipment. use in relation to minors, and especially to observe, access, or distribute child pornography. other activities that could be harmful to minors. activity that harasses or advocates harassment of another person. activity, or promoting information, that is fraudulent, false or misleading or promotes illegal activities or conduct that is abusive, threatening, obscene, defamatory or libelous. or violate any applicable law, or conduct acts that are otherwise illegal in any jurisdiction. violate this Agreement or Privacy Policy. modify, adapt, appropriate, reproduce, distribute, translate, create derivative works or adaptations of, publicly display, sell, trade, or in any way exploit the System. use any robot, application, or other automated device, process or means to use, access the System. modify any functionality, interface or any other portion of the System. remove or modify any copyright, trademark or other proprietary rights notice that appears on any portion of the System on any User Content derived or copied from the System. attempt to gain unauthorized access to the System, it’s functionality and features, Smartproxy computer systems or networks to which the System may be connecting. use the System to violate the privacy, security or otherwise cause harm to property, persons and/or entities. or use the System in a way that imposes an unreasonable or disproportionately large load on the System or our hardware and software infrastructure. engage in other disproportionate and generally unacceptable activities.', [], 'ToS;DR SMARTPROXY License Agreement: a list the paragraph ran together'],
  ['You have the right to be free from unlawful discrimination for exercising your rights under the CCPA.', ['non-discrimination'], 'C3PA 117'],
  // Round 26 (portability quotes): the request without "that", the data sent "to you or another company".
  ['You have the right to request we transmit your personal information to you or another company in certain circumstances.', ['portability'], 'ToS;DR Healthline'],
  // Round 26 (a sixth of the access quotes): someone else's access, the website, and the user's own backups.
  ['In certain circumstances, courts, law enforcement agencies, regulatory agencies or security authorities in the United States may be entitled to access your personal information.', [], 'C3PA 117'],
  ['Courts and other authorities in these jurisdictions may, in certain circumstances, be entitled to access your personally-identifying information.', [], 'OPP-115 70_allrecipes.com'],
  ['You are entitled to receive a copy of your personal data that is in our possession.', ['access'], 'ToS;DR BlaBlaCar, shortened'],
  ['For the Android version, we ask for permission to access your contact details/profile on your mobile device, so that we can add or find your Guardian account on your phone.', [], 'ToS;DR The Guardian'],
  ['You can revoke this access in your social network’s profile any time.', [], 'ToS;DR Pexgle'],
  ['An individual or entity visiting the Swym website who does not agree to a Subscription Order hereby receives a revocable, limited right to access the Swym website solely as necessary to review Swym’s publicly available materials.', [], 'ToS;DR Swym Terms of Service'],
  ['This TOS will survive indefinitely unless and until we choose to terminate it, regardless of whether any account you open is terminated by you or us or if you have the right to access or use the Web Site.', [], 'ToS;DR Meadow Park CBD Oil Terms'],
  ['If data is transmitted to us on your servers, you are obligated to make regular backup copies of the data.', [], 'ToS;DR Hetzner Terms and conditions'],
  // Round 26 (a third of the objection quotes): objections to content, to a change of plan, to a subprocessor, and an ultimatum.
  ['You may find them or the information and content posted therein not compatible with your requirements, or you may object to their content, or find such content to be annoying, improper, unlawful or immoral.', [], 'ToS;DR Ebaum’s World Terms of Service'],
  ['We will provide you with 14 days’ notice prior to upgrading your account in which you can choose to object to this change of Platform access.', [], 'ToS;DR n8n Terms of Service'],
  ['DigitalOcean will provide Customer with at least 30 days to object to the addition or replacement of Subprocessors in connection with DigitalOcean’s performance under the Agreement, calculated from the date DigitalOcean provides notice to Customer.', [], 'ToS;DR DigitalOcean Data Processing Agreement'],
  ['If you object to your information being used or disclosed as described therein, please do not use the Service.', [], 'ToS;DR Manticore Games Terms of Service'],
  ['You can object to marketing activities for any reason.', ['object'], 'ToS;DR Drop'],
  // Round 26 (a sixth of the deletion quotes): someone else deletes, or the user must.
  ['When you join a team, the team administrators are able to read and delete any information you post into any chat channels in the team.', [], 'ToS;DR Keybase Terms of Service'],
  ['If you redistribute Content, you must be able to edit or delete any Content you redistribute, and you must edit or delete it promptly upon our request.', [], 'ToS;DR BOTLABS.GG Terms of Use'],
  // Round 26 (a fifth of the correction quotes): a preference set in the profile is no correction.
  ['If you previously opted not to receive such communications, you may later opt-in by editing your account profile.', [], 'OPP-115 686_military.com'],
  ['If you previously opted to receive newsletters, commercial e-mails or other communications from Military or third parties, but subsequently change your mind, you may opt-out by editing your account profile.', ['opt-out'], 'OPP-115 686_military.com'],
  ['If, to the extent applicable, you wish to object to the activities based on our legitimate interest and there’s no opt-out available in your account settings or received communication, please contact legal@wetransfer.com', ['object'], 'ToS;DR WeTransfer'],
  // Round 27 (another sixth of the access quotes): a right to seek relief is no right to see; the company's (or its
  // administration's) sole right; a copyright notice; the network, not data.
  ['AND (2) YOU ARE WAIVING YOUR RIGHT TO SEEK RELIEF IN A COURT OF LAW AND TO HAVE A JURY TRIAL ON YOUR CLAIMS.', [], 'ToS;DR VSCO Terms of Use'],
  ['NOTHING IN THIS LIMITATION OF LIABILITY SHALL PREVENT STACK OVERFLOW’S RIGHT TO SEEK AND OBTAIN EQUITABLE RELIEF.', [], 'ToS;DR Stack Overflow Public Network Terms'],
  ['You have the right to see the personal information we hold about you.', ['access'], 'constructed: "right to see" still grants'],
  ['The administration reserves the sole right to review and classify questionable material as obscene or not obscene.', [], 'ToS;DR DeviantArt Etiquette Policy'],
  ['If you believe any materials accessible via the Service infringe your copyright, you may request removal of those materials (or access to them) from the Service by submitting written notification to our Copyright Agent (designated below).', [], 'ToS;DR Element Copyright Policy'],
  ['If you believe in good faith that any Content made available in connection with the Service infringes your copyright, you (or your agent) may send Fivestars a notice requesting that the Content be removed, or access to it blocked.', [], 'ToS;DR Fivestars Legal'],
  ['You are solely responsible for ensuring that these Public Network Terms are in compliance with all laws, rules and regulations applicable to you, and the right to access the Network or any Services is revoked where these Public Network Terms or use of the Network is not in compliance with such laws.', [], 'ToS;DR Stack Overflow Public Network Terms'],
  ['We encourage you to review, update, and correct the personal information that we maintain about you, and you may request that we delete personal information about you that is inaccurate, incomplete, or irrelevant for legitimate purposes, or are being processed in a way which infringes any applicable legal requirement.', ['access', 'correction', 'deletion'], 'OPP-115 133_fortune.com: an infringement of the law, not a copyright claim'],
  // Round 27 (another fifth of the correction quotes): a duty the terms put on the user.
  ['You shall update such information when it changes or when we request.', [], 'ToS;DR 4K Video Downloader Terms of Use'],
  ['The User undertakes, in the event of a subsequent change to his personal data, to modify his User account accordingly as well as any data provided to GLOSE as part of his registration to Glose.', [], 'ToS;DR Glose Terms of Use'],
  ['You undertake to update information about yourself within ten (10) days of any changes.', [], 'ToS;DR Grasscity General Terms'],
  ['You shall have the right to rectify inaccurate personal data concerning you.', ['correction'], 'constructed: "shall have the right" stays a right'],
  // Round 28 (another sixth of the access quotes): a pointer to another section ('please see'); a business's secrets; what
  // the user does at their own risk.
  ['You will also have the opportunity to “opt-out” of commercial e-mail from the applicable POLITICO service by following the unsubscribe instructions provided in the e-mail you receive or by contacting us directly (please see contact information above).', ['opt-out'], 'ToS;DR Politico Terms of Service'],
  ['For further information on the types of Tracking Technologies we use on the Service and your rights and choices regarding analytics, Interest-based Advertising, and Matched Ads, please see the Information Collected Automatically and Your Rights and Choices sections.', [], 'ToS;DR Wizards of the Coast Privacy Policy'],
  ['You can see the personal information we hold about you by logging in to your account.', ['access'], 'constructed: the user seeing their data still grants'],
  ['Any information or Content publicly posted or privately transmitted through the Services is the sole responsibility of the person from whom such Content originated, and you access all such information and Content at your own risk, and we aren’t liable for any errors or omissions in that information or Content or for any damages or loss you might suffer in connection with it.', [], 'ToS;DR BOTLABS.GG Terms of Use'],
  ['If however, directly applicable law prohibits enforcement of the foregoing, you may engage in Reverse Engineering solely for purposes of obtaining such information as is necessary to achieve interoperability of your own or third party software with the Software, and to the limited extent permitted by directly applicable law, but only if: (a) Reverse Engineering is strictly necessary to obtain such information. and (b) you have first requested such information from us and we fail to make such information available (for a fee or otherwise) under reasonable terms and conditions.', [], 'ToS;DR Cloudflare Self-Serve Subscription Agreement'],
  ['You agree and acknowledge that any and all technical, trade secret, or business information, including, without limitation, financial information, business or marketing strategies or plans, product development or customer information, which is disclosed to you by Skiff or otherwise accessed by you during the term of this Agreement (the “Confidential Information”) is confidential and proprietary, constitutes trade secrets of Skiff, Customer, or a third party who has authorized you to view such Confidential Information, and, as such is of great value and importance to the success of the Skiff or its Customer’s or third party’s partner’s business.', [], 'ToS;DR Skiff Terms of Service'],
  ['You will not modify, adapt, translate, prepare derivative works from, decompile, reverse engineer, disassemble or otherwise attempt to derive source code from any of our services, software, or documentation, or create or attempt to create a substitute or similar service or product through use of or access to the Program or proprietary information related thereto.', [], 'ToS;DR USA Carry Terms & Conditions'],
  // Round 28 (another sixth of the deletion and opt-out quotes): a third party's rights over the account; a cookie that remembers
  // whether a user is subscribed.
  ['This site offers newsletter or email subscription services and cookies may be used to remember if you are already registered and whether to show certain notifications which might only be valid to subscribed/unsubscribed users.', [], 'ToS;DR Bullet VPN Cookie Policy'],
  ['You may unsubscribe from the newsletter at any time.', ['opt-out'], 'ToS;DR Ecosia Privacy'],
  // Round 28 (another fifth of the correction quotes): more duties the terms put on the user.
  ['You are responsible to update your contact data and payment information.', [], 'ToS;DR CyberGhost Terms and Conditions'],
  ['For recurring subscriptions, you will promptly update your account information with any changes (for example, a change in your billing address or credit card expiration date) that may occur.', [], 'ToS;DR Proctorio Terms of Service'],
  ['You will be able to update your account information at any time.', ['correction'], 'constructed: "will be able to" stays a right'],
  // Round 28: an occasion on which data is collected is no correction.
  ['For example, we collect information when you register for an account, update your profile, request customer support or otherwise communicate with us.', [], 'ToS;DR EasyNews Privacy Policy'],
  ['We collect information you provide to us, such as when you create an account, update your profile, use the interactive features of our Services, participate in contests, promotions or surveys, request customer support or otherwise communicate with us.', [], 'ToS;DR CouchSurfing Privacy Policy'],
  ['We collect information when you register, and you can update it at any time in your account settings.', ['correction'], 'constructed: a right after the occasion stays a right'],
  ['We cannot and will not be responsible for any problems or liability that may arise if you do not give us accurate, truthful, or complete information, or you fail to update such information.', [], 'C3PA 105'],
  ['If you received your Microsoft account from a third party, the third party may have additional rights over your account, like the ability to access or delete your Microsoft account.', [], 'ToS;DR Microsoft Services Agreement'],
  // Round 29 (another sixth of the access quotes): a licence to the service or its content, and content paid for, are no access.
  ['1.2 Subject to certain limitations as described herein, you are granted the right to access text, files, images, photos, video, sounds, musical works, works of authorship, applications, or any other materials (collectively, "Content") under certain terms and conditions as set forth in this Agreement.', [], 'ToS;DR MuseScore Terms of Service'],
  ['We grant you a non-exclusive, non-transferable, and limited right to access, non-publicly display, and use the Application, including all content available therein (the “Content”) on your computer or mobile device consistent with these Terms and subject to the restrictions of the Application.', [], 'ToS;DR 4K Video Downloader Terms of Use'],
  ['Paying for GOG content 6.1 Surprise surprise, after you decide that you like a GOG game, GOG video or other GOG content, you usually will need to pay for it before you can access it (though we do have some free content too!).', [], 'ToS;DR GOG User Agreement'],
  ['You have a limited right to access the personal data we hold about you, subject to exceptions.', ['access'], 'constructed: a right that is "limited" is still the user\'s'],
  // Round 29 (another sixth of the opt-out quotes): a paid subscription ended; a cookie recording a choice made elsewhere.
  ['If you do not agree with a price change, you have the right to reject the change by unsubscribing from the subscription prior to the price change going into effect.', [], 'ToS;DR Overwolf Terms of Use'],
  ["Remembers the user's selected language version of a websiteSessionHTTP_biz_flagsABitdefenderThis cookie serves multiple purposes. it determines whether the user has submitted any forms, performed cross-domain migration or has made any tracking opt-out choices.", [], 'ToS;DR Bitdefender GDPR Compliance (cookie table)'],
  ['For Subscription Plans purchased on Roku, Apple iTunes or Google Play Store, you may opt-out or cancel Automatic Payment by going to your Roku, Apple iTunes or Google Play Store Account Settings and turning off automatic renewal or automatic payment option at least 24 hours prior to the last day of your existing subscription.', [], 'ToS;DR The Filipino Channel Terms and Conditions'],
  ['You may opt out of the auto-renewal of your Subscription, or cancel your Subscription, in the manner described at the link here.', [], 'ToS;DR VSCO Terms of Use'],
  ['You can unsubscribe from the newsletter at any time.', ['opt-out'], 'constructed: unsubscribing from a newsletter stays'],
  // Round 29 (another fifth of the correction quotes): the way a duty is done is no right.
  ['You must inform us immediately of any changes to the information that you provide when registering by updating your personal details to ensure we can communicate with you effectively.', [], 'ToS;DR SiteRig Terms and Conditions'],
  ['If your details change, you can let us know by updating your personal details in your account.', ['correction'], 'constructed: no duty before "by updating"'],
  ['You are obliged to update such data when it changes.', [], 'ToS;DR ResearchGate Terms of Service ("are obliged to" was read without its "to")'],
  ['If you have a business account but wish to use Curve for personal reasons, you must contact us to change your account type.', [], "ToS;DR Curve's Samsung Pay+ Terms: an account's type is no data"],
  // Round 29 (another third of the objection quotes): an objection to new terms, and a controller's to its processor's changes.
  ['In our notices, we will inform you of the new terms and the main changes to these Terms, your right to object and the importance of the deadline to object.', [], 'ToS;DR ResearchGate Terms of Service'],
  ['Turnitin shall inform the controller of any intended changes to the processors allowing the controller the right to object to such changes.', [], 'ToS;DR Turnitin Privacy Policy'],
  ['You have the right to object to the processing of your personal data by the controller.', ['object'], 'constructed: the user\'s objection to a controller stays'],
  // Round 29 (another sixth of the access and deletion quotes): others seeing the user's content, messages refused, a help
  // page, and a breach remedied by removing data.
  ['It describes what personal information we may be gathering from you, who can see this information, and what options you have for controlling this.', [], 'ToS;DR OpenStreetMap Privacy Policy'],
  ['In that situation, we’ll always give you the opportunity to refuse to receive that further information and you can change your mind at any point (opt-out) by contacting our Data Protection Officer (DPO) as set in clause 1.4.', ['opt-out'], 'ToS;DR PinkNews Privacy Policy'],
  ["Here, you can access all the information you need to understand your rights when using ResearchGate, and make sure you're respecting the rights of others too.", [], 'ToS;DR ResearchGate Terms of Service'],
  ['If we believe that there is a violation of the Contract that can simply be remedied by Customer’s removal of certain Customer Data or Customer’s disabling of a Non-Slack Product, we will, in most cases, ask Customer to take direct action rather than intervene.', [], 'ToS;DR Slack Terms of Service'],
  ['You can see the information we hold about you and who we have shared it with.', ['access'], 'constructed: the user seeing their own data still grants'],
  // Round 30 (the last sixth of the access quotes): who has or gains access, a duty to receive messages.
  ['The Party Secretary currently maintains the membership list as per the Constitution, and is the only person with access to the personal information of Pirate Party Australia’s members that is collected during the membership application process.', [], 'ToS;DR Pirate Party Australia privacy policy (its only access quote)'],
  ['We also employ firewalls and intrusion detection systems to help prevent unauthorized persons from gaining access to your information.', [], 'C3PA 90'],
  ['If you share a computer with anyone, you should always log out of your account after you are finished, in order to prevent access to your information from subsequent users of that computer.', [], 'OPP-115 962_lynda'],
  ['You agree that such communications are not "unsolicited commercial email advertisements" and, subject to all applicable laws, you agree to receive them and you will not be able to opt out of receiving such communications.', [], 'ToS;DR HushLove Terms of Use'],
  ['Latin Post may provide users and viewers with the opportunity to register for special Promotions, services, news, programming and information delivered via text messaging and other wireless devices such as mobile phones and, in the event we do so, users are required to provide their consent to receive such information from Latin Post, either by registering on the Site or via their wireless device.', [], 'OPP-115 1713_latinpost'],
  // Round 30 (the last sixth of the deletion quotes): the company's "shall have the right", an app removed from a device.
  ['UPON TERMINATION OF YOUR ACCOUNT FOR ANY REASON, filestream.me SHALL HAVE THE RIGHT TO DELETE ALL DATA YOU HAVE STORED USING THE SERVICE.', [], 'ToS;DR Filestream.me Terms of Service (its only deletion quote)'],
  ['The Site and Website Owner reserve the right, but are not obligated, to monitor materials posted in any public area and shall have the right to remove any information deemed offensive by our staff.', [], 'ToS;DR HushLove Terms of Use'],
  ['Unless we tell you otherwise, upon any termination, (a) the rights and licenses granted to you in these terms will end. (b) you must stop using the app, and (if needed) delete it from your device.', [], 'ToS;DR Formshop Terms of service'],
  // Guards: the user's, a consumer's or a data subject's ("it") "shall/will have the right"; the user's own access.
  ['It shall also have the right to transmit such data to another data controller without obstruction by the controller to whom the personal data have been made available.', ['portability'], 'ToS;DR PDF24.org privacy policy (GDPR Art. 20, translated)'],
  ['In addition you will have the right to data portability.', ['portability'], 'ToS;DR Huawei privacy policy'],
  ['12.1.1. Consumers shall have the right to revoke their consent at any time.', ['withdraw-consent'], 'constructed after a ToS;DR terms page'],
  ['You have the right to gain access to the personal data we hold about you.', ['access'], 'constructed'],
  // Round 30 (the last sixth of the opt-out quotes): a paid membership ended.
  ['If you do not agree with the price changes, you have the right to reject the change by unsubscribing from the Upgraded Membership prior to the price change going into effect.', [], 'ToS;DR Quizlet Terms of Service'],
  ['You can unsubscribe from the email subscription at any time.', ['opt-out'], 'constructed guard: an email subscription is still an opt-out'],
  // Round 35: a duty with "either ... or"; the company's act after "from you and/or" (not after "from you and").
  ['1.9. "Payment Account" shall refer to the credit card or such other account as is provided by you and accepted by mail.com upon registration to pay for your Services. mail.com may add, delete, or modify the methods by which customers can pay for the mail.com Services at any time without prior notice, in its sole discretion, at which point you must either update your account with a valid Payment Account or your account will be terminated.', [], 'ToS;DR mail.com terms (an obligation with "either ... or")'],
  ['You can always request to view the personal information we have collected from you and if necessary change them.', ['access', 'correction'], 'ToS;DR eBuddy ("from you and ..." keeps the user as the subject)'],
  ['If you breach any of these agreements your contribution(s) may be edited or removed at the complete discretion of the editors of this site, and we may refuse to accept any future contribution from you and/or delete your user account (for more details please refer to our Takedown policy).', [], 'ToS;DR Layers of London contributor agreement (the company deletes, as a sanction)'],
  // Round 36: "discontinue" or "cease receiving" messages, "un-subscribe"; not another company's promotions; "opt-in to receive" is no access.
  ['At any time, you may discontinue receiving SMS notices by sending the SMS message “STOP” to the applicable short code. .', ['opt-out'], 'ToS;DR Mitre General Privacy Policy'],
  ['You can un-subscribe to this Newsletter at anytime.', ['opt-out'], 'ToS;DR StreamGuys Privacy Policy'],
  ['All users and visitors to our website have the option to discontinue receiving communications from us by way of email or newsletters.', ['opt-out'], 'ToS;DR Uncrowned Empire Privacy Policy'],
  ['If you wish to discontinue receiving email messages from Meadow Park CBD, please call our customer service line at Meadow Park CBD (844) 530-5353.', ['opt-out'], 'ToS;DR Meadow Park CBD Oil Privacy Policy'],
  ['If you decide that you would like to discontinue receiving promotional information from such third parties, please contact those third parties directly, or contact us at Info@WorldNow.com.', [], "OPP-115 1666_www.wsmv.com (the third parties' own promotions)"],
  ['We may send you marketing emails, but only if you opt-in to receive them.', [], 'ToS;DR Habbo Privacy Policy (opting in to receive emails is no access)'],
  // Round 37: "object to data processing" and "object to ... its use"; "ask us, in certain circumstances, to" is the user's request.
  ['You can ask us to restrict or object to data processing in certain situations.', ['object', 'restrict'], 'ToS;DR Habbo Privacy Policy'],
  ['You may object to, or request that edX or a Member stop, its use of your Personal Information for other purposes by contacting the edX learner support team.', ['object'], 'ToS;DR edX Privacy Policy'],
  ['• ask us, in certain circumstances, to restrict processing of your information.', ['restrict'], 'ToS;DR Artspace Privacy Policy'],
  ['• ask us, in certain circumstances, to delete information we hold about you.', ['deletion'], 'ToS;DR Artspace Privacy Policy'],
  // Round 37: "rectification of" between "access to" and its data object.
  ['You are entitled, to request access to, rectification of, or erasure of your personal data.', ['access', 'correction', 'deletion'], 'ToS;DR Privacy International Privacy Policy'],
  // Round 38: "retract your consent".
  ['If at some point you want to retract your consent to have us store this personally identifiable information, please send us an email to bdsmtest.org@gmail.com, from the email associated to your account, requesting to delete or anonymize your data, and we will do so.', ['deletion', 'withdraw-consent'], 'ToS;DR Bdsmtest Privacy Policy'],
];

describe('rights, one sentence at a time', () => {
  it.each(SENTENCES)('"%s" grants %j (%s)', (sentence, kinds) => {
    const got = findRights(policyOf(sentence));
    expect(got.map((r) => r.kind), `"${sentence}" should grant exactly ${kinds.join(', ') || 'no right'}`).toEqual(kinds);
    for (const r of got) expect(r.evidence[0]?.text, 'evidence quotes the sentence verbatim').toBe(sentence);
  });
});

describe('rights over a policy', () => {
  it('a heading that names a right counts, with its section', () => {
    const got = findRights(policyOf('## Right to Erasure', 'Contact us at the address below.'));
    expect(got.map((r) => r.kind)).toEqual(['deletion']);
    expect(got[0]!.evidence[0]!.section).toBe('Right to Erasure');
  });
  it('a title that names an opt-out of ads or analytics counts unless every way its section gives to opt out is someone else\'s (ToS;DR FamilyTreeDNA and MyHeritage cookie policies; OPP-115 59_liquor and Ancestry\'s "Nevada Residents Opt-Out" keep theirs)', () => {
    expect(findRights(policyOf('## How to opt out of analytics', 'Some of these providers allow you to opt out of their processing directly, as further described on their websites below:', 'Google Analytics: https://tools.google.com/dlpage/gaoptout'))).toEqual([]);
    expect(findRights(policyOf('Some text.', 'How to opt out of interest-based advertising', 'To opt out of having this information used by companies that are part of the Network Advertising Initiative, please visit www.networkadvertising.org/choices.'))).toEqual([]);
    expect(findRights(policyOf('## Nevada Residents Opt-Out', 'Third-party opt-out settings available in our Cookie table.')).map((r) => r.kind)).toEqual(['opt-out']);
    const kept = findRights(policyOf('## CHOICE/OPT-OUT', 'If we ever send you information by e-mail concerning new products or services that you did not expressly request, we will provide you with an e-mail address by which you may request no future notices.'));
    expect(kept.map((r) => r.kind)).toEqual(['opt-out']);
    const both = findRights(policyOf('## How to opt out', 'You may opt out of our marketing emails at any time by clicking the unsubscribe link.', 'Some of these providers allow you to opt out of their processing directly.'));
    expect(both.map((r) => r.evidence.map((e) => e.text))).toEqual([['How to opt out', 'You may opt out of our marketing emails at any time by clicking the unsubscribe link.']]);
  });
  it('items under a lead-in that gives users rights are the user\'s acts; under a purpose lead-in they are not', () => {
    const rights = findRights(policyOf('California residents have the following rights:', '- To access the specific pieces of Personal Data that AllTrails has collected about you.', '- To delete your Personal Data.'));
    expect(rights.map((r) => r.kind)).toEqual(['access', 'deletion']);
    expect(findRights(policyOf('We use your information to:', '- Update your account information.', '- Delete inactive accounts.'))).toEqual([]);
  });
  it('list items the pre-filter used to drop: "to transmit your data to another entity" (ToS;DR GOG.com), "learn about how we process" (C3PA 38)', () => {
    expect(findRights(policyOf('For example, under EU laws you have the following additional rights:', '- to access information we hold about you;', '- to transmit your data to another entity;')).map((r) => r.kind)).toEqual(['access', 'portability']);
    expect(findRights(policyOf('These rights may include, for example, the rights to:', '- learn about how we process personal information, including learning about the categories and specific pieces of personal information collected, the purposes for which the personal information is collected and shared, and the categories of parties that may receive personal information.')).map((r) => r.kind)).toEqual(['access']);
    expect(findRights(policyOf('We use your information to:', '- transmit your data to another entity for storage;', '- learn about how our services are used.'))).toEqual([]);
  });
  it('a list item that ends in a colon leads in the items after it, on a page saved as one list (round 37, ToS;DR Parsec and Amazon AWS)', () => {
    const parsec = ['- European data protection laws give you certain rights regarding your personal information.', '- If you are located within the European Union, you may ask us to take the following actions in relation to your personal information that we hold:', '- Restrict.', '- Restrict the processing of your personal information.', '- Object.', '- Object to our reliance on our legitimate interests as the basis of our processing of your personal information that impacts your rights.'];
    expect(findRights(policyOf(...parsec)).map((r) => r.kind)).toEqual(['object', 'restrict']);
    expect(findRights(policyOf('- Your Rights.', '- Subject to applicable law, you have the right to:', '- object to the processing of personal information;')).map((r) => r.kind)).toEqual(['object']);
    expect(findRights(policyOf('- We use your information to:', '- Update your account information.', '- Delete inactive accounts.')), 'a purpose lead-in in a list').toEqual([]);
  });
  it('another right\'s noun may stand between a verb and its data object: "Access to/Portability of Personal Information about you" (round 37, ToS;DR Byte)', () => {
    expect(findRights(policyOf('In accordance with applicable law, you may have the right to:', 'Access to/Portability of Personal Information about you consistent with legal requirements.')).map((r) => r.kind)).toEqual(['access', 'portability']);
  });
  it('a lead-in the list completes without a colon: "users and data subjects have the right" (ToS;DR Nitrokey)', () => {
    const lead = 'With regard to the data processing to be described in more detail below, users and data subjects have the right';
    expect(findRights(policyOf(lead, '- to correct or complete incorrect or incomplete data (cf. also Art. 16 GDPR);', '- to receive copies of the data concerning them and/or provided by them and to have the same transmitted to other providers/controllers (cf. also Art. 20 GDPR);', '- to file complaints with the supervisory authority if they believe that data concerning them is being processed by the controller in breach of data protection provisions (see also Art. 77 GDPR).')).map((r) => r.kind)).toEqual(['access', 'correction', 'portability', 'complaint']);
    expect(findRights(policyOf('We have the right', '- to correct or complete incorrect or incomplete data;'))).toEqual([]);
  });
  it('an opt-out that names nothing, within three sentences of arbitration, is the arbitration opt-out (ToS;DR Xfinity, Vectary, BOTLABS.GG)', () => {
    expect(findRights(policyOf(
      'IF YOU HAVE PREVIOUSLY OPTED OUT OF ARBITRATION WITH RESPECT TO THE ACCOUNT GOVERNED BY THIS AGREEMENT, YOU DO NOT NEED TO DO SO AGAIN.',
      'BUT YOU MUST SEPARATELY OPT OUT FOR EACH ACCOUNT UNDER WHICH YOU RECEIVE SERVICES.',
    ))).toEqual([]);
    expect(findRights(policyOf('All other disputes, claims, or requests for relief shall be arbitrated.', '14.6 30-Day Right to Opt Out.'))).toEqual([]);
    expect(findRights(policyOf(
      'If however, this waiver of class or consolidated actions is deemed invalid or unenforceable, neither you nor Bot Labs is entitled to arbitration.',
      '(f) Opt-out.',
      'You have the right to opt out of the provisions of this Section by sending written notice of your decision to opt out to the following address: 2105 S Bascom Ave, Ste 380, Campbell, CA 95008 postmarked within thirty (30) days of first accepting these Terms.',
    ))).toEqual([]);
    // Nor is one of "this Provision", though the sentence names information (ToS;DR Monthly, round 26).
    expect(findRights(policyOf(
      'Exclusions from Arbitration/Right to Opt Out',
      'You may opt-out of this Provision by emailing us at legal@monthly.com the following information: (1) Your name.',
    ))).toEqual([]);
    // An opt-out that names what it is of stays, arbitration or not; so does one far from it.
    expect(findRights(policyOf('All disputes shall be arbitrated.', 'You may opt out of marketing emails at any time.')).map((r) => r.kind)).toEqual(['opt-out']);
    expect(findRights(policyOf('All disputes shall be arbitrated.', 'This clause survives termination.', 'Notices must be in writing.', 'We may assign this agreement.', 'You have the right to opt out at any time.')).map((r) => r.kind)).toEqual(['opt-out']);
  });
  it('a complaints section speaks to the user without "you": "They may lodge a complaint" under "Regulatory Agency" (ToS;DR RUNALYZE\'s words, its bold line set as a heading)', () => {
    expect(findRights(policyOf('## Regulatory Agency', 'They may lodge a complaint with their competent supervisory authority.')).map((r) => r.kind)).toEqual(['complaint']);
  });
  it('items set as plain paragraphs after a user lead-in are the user\'s acts while each ends in a comma or "or" (OPP-115 1618_sltrib)', () => {
    const rights = findRights(policyOf(
      'Please send an email or letter to our Privacy Coordinator at the email or mailing address provided below if you would like to do any of the following:',
      'Access personally identifiable information that MediaNews has collected from your child,',
      'Correct factual errors in such information,',
      'Request to have this information deleted, or',
      'Request that we no longer collect or maintain such information about your child.',
      'Update your account information.',
    ));
    expect(rights.map((r) => r.kind)).toEqual(['access', 'correction', 'deletion']);
    expect(rights[1]!.evidence.map((e) => e.text)).toEqual(['Correct factual errors in such information,']);
  });
  it('grants are quoted, not caveats and table rows, when the policy has both (C3PA DB/49, DB/36)', () => {
    expect(quotesOf('opt-out',
      'Please note that if you opt out of certain types of sales, we and businesses that rely on that data may be unable to provide you with the services that rely on such sales.',
      'The right to opt out of our sale of your personal information.',
    )).toEqual(['The right to opt out of our sale of your personal information.']);
    expect(quotesOf('opt-out',
      'oo | Hybrid Theory | to record and process the opt-out request of a user | 13 months maximum',
      'Under the CCPA, you have the right to opt out of any sale of your personal data.',
    )[0]).toBe('Under the CCPA, you have the right to opt out of any sale of your personal data.');
    expect(quotesOf('opt-out',
      'Opting out only means that those selected members should no longer deliver certain Interest/behavioral/targeted -based ads to you, but does not mean you will no longer receive any targeted content and/or ads (e.g., from other ad networks).',
      'You can opt-out of receiving certain promotional communications (e-mails and push notifications) from us at any time.',
    ), 'ToS;DR Dictionary.com').toEqual(['You can opt-out of receiving certain promotional communications (e-mails and push notifications) from us at any time.']);
    // A caveat alone still grants, and is quoted.
    expect(findRights(policyOf('Please note that if you opt out of certain types of sales, we and businesses that rely on that data may be unable to provide you with the services that rely on such sales.')).map((r) => r.kind)).toEqual(['opt-out']);
  });
  it('quotes the grant before a withdrawal or objection that only times or grounds the company\'s act (C3PA 119, ToS;DR Clockify, Tripadvisor)', () => {
    expect(quotesOf('withdraw-consent',
      'We will delete your biometric information within three (3) years of you deleting your Pornhub Model account or withdrawing your consent, subject to any legal obligations we might have.',
      'You may withdraw your consent to this processing at any time by using the links below.',
    )).toEqual(['You may withdraw your consent to this processing at any time by using the links below.']);
    expect(quotesOf('withdraw-consent',
      'If the processing is based on your consent, we keep the information until you withdraw your consent or for one year, whichever date comes first.',
      '— You withdraw your consent (where the processing was based on consent);',
      'You have the right to withdraw your consent at any time, without affecting the lawfulness of the processing based on consent prior to such withdrawal.',
    )).toEqual(['You have the right to withdraw your consent at any time, without affecting the lawfulness of the processing based on consent prior to such withdrawal.']);
    expect(quotesOf('object',
      'you object to the processing of your personal data and we do not have an overriding legitimate ground for processing. or',
      'The right to object to the processing of your personal data.',
    ), 'ToS;DR Tripadvisor').toEqual(['The right to object to the processing of your personal data.']);
    expect(quotesOf('deletion',
      'Users have the right, under certain circumstances, to obtain the erasure of their Data from the Owner.',
      'Therefore, the right to access, the right to erasure, the right to rectification and the right to data portability cannot be enforced after expiration of the retention period.',
    ), 'ToS;DR Planio').toEqual(['Users have the right, under certain circumstances, to obtain the erasure of their Data from the Owner.']);
  });
  it('returns rights in the rubric order, each once', () => {
    const got = findRights(policyOf('You may request that we delete your personal information.', 'You can request access to your personal information.', 'You may request that we delete your account.'));
    expect(got.map((r) => r.kind)).toEqual(['access', 'deletion']);
    expect(got[1]!.evidence).toHaveLength(2);
  });
});
