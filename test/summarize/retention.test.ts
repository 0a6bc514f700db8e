import { describe, expect, it } from 'vitest';
import { retentionPeriods, retentionSignals, retentionVerdict } from '../../lib/summarize/retention';
import { policyOf } from './policy';

// Real sentences (source in the comment) and the verdict each must give alone, by RUBRIC.md "Retention".
const SENTENCES: Array<[string, 'period' | 'limited' | 'indefinite' | 'not-stated', string[], string]> = [
  ['Records are used to create aggregate reports for internal use only and are purged after one calendar year from the date of entry.', 'period', ['1 year'], 'OPP-115 202_foodallergy'],
  ['For Bing, we remove the entirety of the IP address after 6 months, cookies and other cross session identifiers, after 18 months.', 'period', ['6 months', '18 months'], 'OPP-115 1582_msn'],
  ['We keep personal information as long as it is necessary or relevant for our business.', 'limited', [], 'OPP-115 1498_ticketmaster'],
  ['We will retain your personal information for the period necessary to fulfill the purposes outlined in this privacy policy, unless a longer retention period is required or permitted by applicable law.', 'limited', [], 'OPP-115 940_internetbrands'],
  ['We retain indefinitely all the information we gather about you in an effort to make your repeat use of our website more efficient, practical, and relevant.', 'indefinite', [], 'OPP-115 train'],
  ['We may store the Personally Identifiable Information we hold about you indefinitely.', 'indefinite', [], 'ToS;DR'],
  ['Please note that when you delete your account, we may retain your account information for a reasonable period of time for the purpose of internal account management and fraud prevention.', 'limited', [], 'OPP-115 1545_taylorswift'],
  ['MediaNews will retain this information only to provide the forwarding services.', 'limited', [], 'OPP-115 1683_dailynews'],
  ['a. Personal information about you is retained only as needed for relevant business purposes and in accordance with all applicable laws, rules and regulations.', 'limited', [], 'C3PA DB/200 (its card said not stated)'],
  // 'store' among processing verbs with 'as permitted by law' is not how long data is kept (it was the first 'limited' quote).
  ['As permitted by applicable law in the country from which you access our Website and use our Services, we may collect, use, store and transfer different kinds of Personal Data about you.', 'not-stated', [], 'C3PA WS/41'],
  ['Shopify and Teespring may transfer, process or store your data outside of the United States and such data may be subject to disclosure as required by applicable law.', 'not-stated', [], 'C3PA WS/124'],
  ['We may retain your Personal Information for a longer period for legal and accounting purposes and where required by law.', 'limited', [], 'C3PA DB/90'],
  ['Access the Personal Data we hold about you, including information such as, for example, the source and categories of data, the processing purposes, the recipients (or categories thereof) and the respective retention period.', 'not-stated', [], 'C3PA DB/36: an access item (it was quoted under Limited)'],
  ["MediaNews does not keep any of the child's personal information after the particular event is completed.", 'limited', [], 'OPP-115 1683_dailynews'],
  ['Also, please note that we will maintain User Information in our database whenever we are required to do so by law.', 'limited', [], 'OPP-115 32_voxmedia'],
  ['We may retain access logs containing this data for up to 120 days, and then delete them.', 'period', ['120 days'], 'ToS;DR Open Humans'],
  ['A: The current version keeps all incoming email for 1 hour.', 'period', ['1 hour'], 'ToS;DR Guerrilla Mail'],
  ['You can change your email address or password or permanently remove the account in the Manage Your Account section.', 'not-stated', [], 'ToS;DR Kaspersky'],
  // Kept after deletion, or not deletable on request, is indefinite.
  ["Please click here to read about information that might possibly remain in our archived records after your account has been deleted.", 'indefinite', [], 'OPP-115 1361_yahoo'],
  ["Certain Information collected for certain entries into Promotions are subject to corporate and regulatory recordkeeping requirements and will not be deleted upon the user's request, unless the entrant is a child under the age of 13 years old.", 'indefinite', [], 'OPP-115 1713_latinpost'],
  // ...but kept after deletion for a bounded time is a limit (or a period), not "indefinitely".
  ['We may also retain backup information related to your account on our servers for some time after cancellation or your request for deletion, for fraud detection or to comply with applicable law or our internal security or recordkeeping policies.', 'limited', [], 'C3PA WS/37 (dev)'],
  ['It is important that we retain your data for this short period after cancellation to ensure that we can answer any payment or other account related queries, or provide information to third parties in line with our disclosure provisions outlined in this policy, e.g., assisting police investigations.', 'limited', [], 'ToS;DR ASKfm'],
  ['Please note that information may remain in our records after deletion of your account.', 'indefinite', [], 'ToS;DR IFTTT'],
  ['We will retain and use your information as necessary to comply with our legal obligations, resolve disputes, and enforce our Fool Rules.', 'limited', [], 'OPP-115 1259_fool'],
  // Traps: processing times, ages, disputes, cookie lifetimes and "without limitation" are not retention.
  ['Please allow 10 days for your email to be removed from our marketing database.', 'not-stated', [], 'OPP-115 train'],
  ['Please submit requests using our Privacy Contact form and allow 30 days for a response.', 'not-stated', [], 'ToS;DR'],
  ['If we learn that personal information of someone less than 13-years-of-age has been collected through our services, then we will take the appropriate steps to delete this information.', 'not-stated', [], 'OPP-115 1539_geocaching'],
  ['You agree that if the matter remains unresolved for forty-five (45) days after notification (via certified mail or personal delivery) that a dispute exists, all parties shall join in mediation services.', 'not-stated', [], 'OPP-115 744_minecraft'],
  ['The "persistent" cookie we use in CAN will remain on your computer after you have left our site and will expire six months after it was set.', 'not-stated', [], 'OPP-115 686_military'],
  ['It expires after 1 day.', 'not-stated', [], 'ToS;DR cookie table'],
  ['Session cookies: these are only stored on your computer during your web session and are automatically deleted when you close your browser – they usually store an anonymous session ID allowing you to browse a website without having to log in to each page but they do not collect any personal data from your computer;', 'not-stated', [], 'ToS;DR Influencer Matchmaker cookie policy (its card said limited)'],
  // A right to erasure "when it is no longer necessary" is the user's right, not the company's retention.
  ['We inform you that you have a right to access your personal data, rectify inaccurate data, request its erasure when it is no longer necessary, oppose or limit the processing or request the portability of the data, through the postal and electronic addresses indicated.', 'not-stated', [], 'ToS;DR ExoClick (its card said limited)'],
  // A cookie table flattened into one sentence: 'Records' is a cookie's purpose (a verb), not the organization's records.
  ['Set immediately on page load and retained for 6 hours to remember the visitor’s country. csrftoken Python/Ajax security cookie used on accounts.longreads.com. forterToken For processing payment and to aid in fraud detection. landingpage_currency Defines the currency displayed in WordPress.com landing pages. pd_dashboard Records last used folder in Crowdsignal dashboard so it can be reopened upon user’s next visit.', 'not-stated', [], 'ToS;DR Gravatar cookie policy (its card said 6 hours)'],
  ['When you sign in to your Tribune account with your SNS account information, you authorize Tribune to collect, store, and use in accordance with this Privacy Policy any and all information available to Tribune through the SNS interface, including without limitation any information that you have made public.', 'not-stated', [], 'OPP-115 1070_wnep'],
  ["If you receive such email communication, please forward it immediately to the Site's Privacy Administrator at admin@latinpost.com, and then immediately delete the fraudulent email from your computer.", 'not-stated', [], 'OPP-115 1713_latinpost'],
  ['You have the right to request an amendment for as long as the information is kept in our records.', 'not-stated', [], 'OPP-115 517_kaleidahealth'],
  ['Remember that when you share information publicly online, it may be indexable by search engines or recorded by others, and any search engine index or record of your information may persist after you delete the information at the original source.', 'not-stated', [], 'OPP-115 175_mlb (train): copies search engines and others keep'],
  // A maximum time, written with 'within' or 'no longer than'.
  ['In addition, all data uploaded to Spark by the appraiser or their assistants/trainees is permanently deleted within two hours of being uploaded.', 'period', ['2 hours'], 'ToS;DR Spark for Appraisers'],
  ['Not only do we not keep your data longer than two hours, we also certify that we will not sell, transfer, copy, market, or move any data that you upload to Spark.', 'period', ['2 hours'], 'ToS;DR Spark for Appraisers'],
  ['We keep logs for no longer than 7 days.', 'period', ['7 days'], 'ToS;DR Nitrokey'],
  ['For personalized advertising, we retain data for no more than 13 months, unless we obtain your consent to retain the data longer.', 'period', ['13 months'], 'ToS;DR Microsoft'],
  ['When you delete your account, your data is deleted within an hour from our system and third parties.', 'period', ['1 hour'], 'ToS;DR Paper.li'],
  ['We generally delete closed account information within 30 days of account closure, except as noted below.', 'period', ['30 days'], 'ToS;DR LinkedIn'],
  // The user's window to act, "within the applicable ... period", is no retention (a terms page's cancellation right).
  ['If you do not agree to the new terms, you may terminate your account within the applicable thirty (30) day period (1) by going to www.cricketwireless.com, (2) in the My Cricket app or (3) in any Cricket Wireless store, and you will not be bound by the amended terms.', 'not-stated', [], 'ToS;DR Deezer Terms of Service (Cricket Wireless)'],
  ['We will make reasonable efforts to respond to your web request to access or delete your personal information within 30 days.', 'not-stated', [], 'OPP-115 1582_msn (a processing time)'],
  // Deleted permanently is a deletion, not keeping data permanently.
  ['After completing this process, you can no longer use any of your Services, your Account and all its data will be removed permanently, and we will not be able to restore your account or retrieve your data in the future.', 'not-stated', [], 'ToS;DR DeviantArt'],
  ['Because deletion on the edX system is a permanent action and cannot be reversed, edX may ask you to complete a process that aims to confirm your authority to manage the edX account affected by your request.', 'not-stated', [], 'ToS;DR edX'],
  ['Your username is stored indefinitely to avoid account recycling.', 'indefinite', [], 'ToS;DR Nitrokey'],
  ['So that we can comply with their wishes we must store this information permanently.', 'indefinite', [], 'ToS;DR Artspace'],
  // Audit of unlabeled ToS;DR policies (2026-11-23): one real sentence per error class.
  // Cookie lifetimes and kinds of cookies are not retention of personal data (RUBRIC), neither limited nor indefinite.
  ['Most cookies are “session cookies,” meaning that they are automatically deleted at the end of a session when you close your browser.', 'not-stated', [], 'ToS;DR Trader Joe’s'],
  ['We use cookies and similar technologies that only remain on your device for as long as you keep your browser active (session) and cookies and similar technologies that remain on your device for a longer period (persistent).', 'not-stated', [], 'ToS;DR MediaFire'],
  ["A permanent cookie is stored in Your computer and allows Ctrl Alt Deseat’s systems to recognize Your computer's IP address and web browser the next time You log in.", 'not-stated', [], 'ToS;DR Deseat.me'],
  // Anonymized data used indefinitely is not personal data kept indefinitely.
  ['If we anonymize your personal information (so that it can no longer be associated with you), we may use this information indefinitely without further notice to you.', 'not-stated', [], 'ToS;DR Enphase'],
  // A time counted from the user's last interaction is a retention period.
  ['KeyMe will retain your fingerscan minutiae only until the earlier of the time that you delete your account, or within 3 years of your last interaction with KeyMe.', 'period', ['3 years'], 'ToS;DR KeyMe'],
  // "Only kept for the length of time needed" limits retention.
  ['Your data is only kept for the length of time needed to fulfil your request.', 'limited', [], 'ToS;DR Orange'],
  // Second audit round: data made "permanently unrecoverable" is deleted, not kept for good.
  ['If you request deletion of your personal data, please note, that we will both render certain personal data about you permanently unrecoverable and also de-identify certain personal data.', 'not-stated', [], 'ToS;DR Tesla'],
  // Keeping data confidential is not keeping it for a time; "until the earlier of" limits; a car's title is not data.
  ['This does not include trusted third parties who assist us in operating our site, conducting our business, or servicing you, so long as those parties agree to keep this information confidential.', 'not-stated', [], 'ToS;DR ouya.world (same template: ImgPile)'],
  ['We will retain any information you choose to provide to us until the earlier of: (a) you asking us to delete the information, (b) our decision to cease using our existing data providers, or (c) the Company decides that the value in retaining the data is outweighed by the costs of retaining it.', 'limited', [], 'ToS;DR theinspiredtreehouse'],
  ['Salvage registration/titling typically can never be removed from the vehicle so that all future persons understand the condition and value of the vehicle.', 'not-stated', [], 'ToS;DR Tesla'],
  // Third round: "maintain ... for as long as they are needed" limits; a children's-privacy deletion rule is not retention.
  ['We will maintain your personal information for as long as they are needed, or as required by applicable laws, regulations, or government orders.', 'limited', [], 'ToS;DR Dribbble'],
  ["If we discover that a child under the age of 13 has provided us with personal information and we do not have parental consent, we will immediately delete that child's information.", 'not-stated', [], 'ToS;DR Gladly'],
  // Fourth round: "until such time as you delete your account" and "kept only for the purposes of" limit; a perpetual license is not retention.
  ['We will keep any information that you provide to us until such time as you delete your account with the Zapier Service.', 'limited', [], 'ToS;DR Zapier'],
  ['If you contact Signal User Support, any personal data you may share with us is kept only for the purposes of researching the issue and contacting you about your case.', 'limited', [], 'ToS;DR Signal'],
  ['By posting any User Content you hereby grant and will grant Fivestars and its affiliated companies a nonexclusive, worldwide, royalty free, fully paid, transferable, sub-licensable, perpetual, irrevocable license to copy, display, transmit, perform, distribute, store, modify and otherwise use your User Content.', 'not-stated', [], 'ToS;DR Fivestars'],
  ['If we determine we have inadvertently gathered Personal Information from users under the age of 13 (for U.S. users) or 16 (for non-U.S. users), we will promptly delete any and all such Personal Information from our records.', 'not-stated', [], 'ToS;DR Kahoot! (a children\'s-privacy rule; "U.S." inside)'],
  // Fifth round (48 unaudited ToS;DR policies): a deletion that is "permanent", a deletion delayed or undone by the user,
  // a control the user lacks, copies others keep, and non-personally identifiable data kept for good are not "kept indefinitely".
  ['The deletion of a Battle.net account is permanent and cannot be reversed. also, all games, assets and history will also be permanently deleted.', 'not-stated', [], 'ToS;DR Blizzard'],
  ['On receiving such a request, Waze will use reasonable efforts to delete such information, however please note that information may not be deleted immediately from our back-up systems.', 'limited', [], 'ToS;DR Waze'],
  ['If you log back into your account within 24 hours, your account will not be deleted and you will need to go through the deletion process again.', 'not-stated', [], 'ToS;DR Khan Academy'],
  ['Therefore the random number cannot be removed through settings.', 'not-stated', [], 'ToS;DR WebMD'],
  ['Note that certain third parties may retain copies of your information even after your Likee account has been deleted.', 'not-stated', [], 'ToS;DR likee'],
  ['To continue to provide an effective service, we may store non-personally identifiable information perpetually and may anonymize your personally identifiable information and store that anonymized information perpetually.', 'not-stated', [], 'ToS;DR Attendify'],
  // Sixth round (49 OPP-115 train/dev and 64 ToS;DR dev pages): a time to act on a request and a licence's scope are not retention limits.
  ['If you ask us to shut down your account or delete your information, we will disable your account within a reasonable period of time.', 'not-stated', [], 'OPP-115 641_gamerankings'],
  ['In general, personal data of Users are deleted within reasonable time after the User no longer uses any part of the Services or when the User makes a request regarding deletion of User’s personal data.', 'limited', [], 'ToS;DR Upcloud'],
  // A deletion the user asks for "permanently", and non-PII kept after the account ends, are not personal data kept for good.
  ['If you want to delete or remove your PII stored with us permanently, you may send an e-mail to info@purpleads.io.', 'not-stated', [], 'ToS;DR PurpleAds'],
  ['We reserve the right to keep all non-PII and continue to use such non-PII in accordance with this Policy after the termination of your account and deletion of all your PII.', 'not-stated', [], 'ToS;DR PurpleAds'],
  ['However, please note that some information may not be deleted from all databases and backup records.', 'indefinite', [], 'ToS;DR PurpleAds'],
  // Kept "even if" the user deletes it, or not deletable at all, is kept without limit; others' cached copies are not.
  ['Keep in mind, however, that even if you delete information from your profile, we may retain your Personal Information in conformance with our data retention policy and Personal Information may remain within our databases, access logs, and other records.', 'limited', [], 'OPP-115 891_everydayhealth (kept after deletion, under its retention policy)'],
  ['Pixel8Earth provides you with the ability to review, correct and delete certain of the personally identifiable information that you have provided to us. provided, however, that Pixel8Earth will retain a copy in its files of all personally identifiable information, even if removed, in order to resolve disputes or enforce its terms of use.', 'indefinite', [], 'ToS;DR Pixel8Earth'],
  ['For example, some of your information may remain in back-up storage even if you ask us to delete it.', 'indefinite', [], 'OPP-115 641_gamerankings'],
  ['Even after Content is removed from your account/profile, your messages, post(s), and/or threads, regardless of whether such removal or deletion is by you or by us, copies of that Content may be retained and/or remain viewable by us, our licensors, vendors, service providers and/or other third parties, including other users.', 'indefinite', [], 'OPP-115 144_style'],
  ['If you have posted comments or user generated content on our site, we may not be able to delete it.', 'indefinite', [], 'OPP-115 940_wikitravel'],
  ['Please note that due to local laws to retain certain data, we may not be able to remove all of your information immediately, but will do our best to comply with your request to delete the data as soon as possible.', 'not-stated', [], 'ToS;DR Colloq.io (a delay, not a refusal)'],
  ['You should be aware that even if you remove User Content, copies may remain viewable in cached and archived pages or if other users have copied or stored your User Content.', 'not-stated', [], 'OPP-115 82_drinksmixer'],
  // Data deleted with the account, and data kept as the law or a retention policy requires, is kept for a limited time.
  ['This data is deleted when your account is deleted.', 'limited', [], 'ToS;DR ProtonVPN'],
  ['Information is retained in accordance with existing laws and other City policies. . .', 'limited', [], 'ToS;DR City of Reading'],
  ['Information we collect will be stored and processed in the United States in accordance with this Privacy Policy but we understand that users from other countries may have different expectations and rights with regard to their privacy.', 'not-stated', [], 'ToS;DR GitLab (where, not how long)'],
  // A range lists both ends.
  ['Emails, contacts, calendars, and other personal data including notes that have been deleted in Fastmail or Pobox Mailstore are kept in backups for between 7 and 14 days after deletion.', 'period', ['7 days', '14 days'], 'ToS;DR FastMail'],
  // ...but kept after deletion only as needed or as the law requires is a limit; a refusal explained case by case, others' copies and clauses that survive are not data kept.
  ['We retain your personal data even after you have closed your account if reasonably necessary to comply with our legal obligations (including law enforcement requests), meet regulatory requirements, resolve disputes, maintain security, prevent fraud and abuse (e.g., if we have restricted your account for breach of our Professional Community Policies), enforce our User Agreement, or fulfill your request to "unsubscribe" from further messages from us.', 'limited', [], 'ToS;DR LinkedIn'],
  ['Please note that we may be required by law to store the information we collect, even after you have terminated your use of the eBuddy Services.', 'limited', [], 'ToS;DR eBuddy'],
  ['In some cases, we may not be able to remove your personal data, in which case we will let you know if we are unable to do so and why.', 'not-stated', [], 'ToS;DR Turnitin'],
  ['We may not be able to delete all information that has been shared with other Users.', 'not-stated', [], 'ToS;DR When I Work'],
  ['Remember that even after you cancel your account, copies of some information from your account may remain viewable in some circumstances where, for example, you have shared information with Other Services.', 'not-stated', [], 'OPP-115 1708_foxsports'],
  ['Moreover, we keep a complete log of all messages sent on our service, even when both parties later delete their accounts.', 'indefinite', [], 'OPP-115 303_reddit'],
  ['Please be advised that, even if we successfully delete your account, employers who have accessed your profile may have retained a copy of your Information for their own files.', 'not-stated', [], 'ToS;DR Built In'],
  ['Even after this Terms of Use is terminated, the following provisions of this Terms of Use will remain in effect: Sections 3-11.', 'not-stated', [], 'ToS;DR FullContact'],
  ['If you wish to continue using the full complement of Site Offerings, you may not be able to delete all of the personal information that we have on file for you.', 'not-stated', [], 'ToS;DR SignatureSurveys (what the user can delete while using the site)'],
  ['We may not be able to delete data in all instances, such as information retained in technical support logs and other business records.', 'indefinite', [], 'ToS;DR Khan Academy'],
  ['Retention Period For Data', 'not-stated', [], 'ToS;DR Amnesty International (a title not marked as a heading)'],
  ['Subject to the terms of this Agreement, you hereby grant us a non-exclusive, fully sublicensable, worldwide, royalty-free right to collect, use, copy, store, transmit, modify and create derivative works of your Your Information, in each case to the extent necessary to provide the Cloud Services.', 'not-stated', [], 'ToS;DR Cloudflare subscription agreement'],
  // Tenth round (current policy wording read through the search tool, paraphrased, not copied): "cannot be deleted
  // immediately" is a delay, as "may not be deleted immediately" is (Waze above), not data kept for good.
  ['Some information cannot be deleted immediately if we need it for billing, security or fraud prevention.', 'limited', [], 'constructed: a current data-retention page'],
  // Deleted "in accordance with" the law's obligations is a limit, as "retained in accordance with" is.
  ['Data will be deleted in accordance with our legal obligations.', 'limited', [], 'constructed: a current insurer\'s policy, paraphrased'],
  // Data named by what it is (a photo, an upload, a transcript) has a period too.
  ['When photo identification is provided to us, it is normally deleted as soon as the identification verification is complete or after 30 days if the case was not addressed within this period of time, unless otherwise required by law.', 'period', ['30 days'], 'ToS;DR Blizzard'],
  ['Chat transcripts are deleted after 30 days.', 'period', ['30 days'], 'constructed: a current support page'],
  // Eleventh round (job-applicant notices): "for no longer than" a time, with the data named at length before it.
  ['Please note that we (and/or our parent company Wix.com Ltd.) may retain Applicants Information submitted to it for no longer than two years after the applied position has been filled or closed.', 'period', ['2 years'], 'ToS;DR DeviantArt'],
  ['We hold personal data of unsuccessful applicants for no longer than 3 years after your last application.', 'period', ['3 years'], 'constructed: a current applicant notice, paraphrased'],
  // Kept for the life of the account or until the purpose ends: a limit. Deleted or gone "forever" is not kept forever.
  ['In order to provide our services to you, we will retain your information for the duration of your membership in the Roll20 service, unless you request that we delete your information.', 'limited', [], 'ToS;DR Roll20'],
  ['We keep your data for the lifetime of your account.', 'limited', [], 'constructed: a current app policy, paraphrased'],
  ['Your data will be stored until the purpose for which it was collected no longer applies.', 'limited', [], 'constructed: a current German policy in English, paraphrased'],
  ['When you delete a message, it is removed forever from our servers.', 'not-stated', [], 'constructed: a current messaging app\'s help page, paraphrased'],
  ['Once you delete your account, it\'s gone forever.', 'not-stated', [], 'constructed: the same'],
  ['We keep deleted files forever.', 'indefinite', [], 'constructed: kept, not deleted'],
  // Twelfth round: deleted data that is kept "permanently" is kept for good, as "forever" already was.
  ['We keep deleted files permanently.', 'indefinite', [], 'constructed: the "forever" row with "permanently"'],
  ['We retain all removed posts permanently.', 'indefinite', [], 'constructed: the same shape'],
  ['Deleted items stay in our backups permanently.', 'indefinite', [], 'constructed: the same shape'],
  // Twelfth round: employee privacy notices, CCTV, consent.
  ['Your personal data will be stored for the duration of your employment with us.', 'limited', [], 'constructed: a current employee privacy notice, paraphrased'],
  ['We retain your employment records for the period of your employment and thereafter in line with legal requirements.', 'limited', [], 'constructed: the same'],
  ['We keep your data while you work for us.', 'limited', [], 'constructed: the same'],
  ['CCTV footage is overwritten after 30 days.', 'period', ['30 days'], 'constructed: the CCTV line of the same notices'],
  ['We will store your personal data until you withdraw your consent.', 'limited', [], 'constructed: a German policy in English, paraphrased'],
  ['If the processing is based on your consent, we keep the information until you withdraw your consent or for one year, whichever date comes first.', 'period', ['1 year'], 'ToS;DR Clockify'],
  ['As regards your subscription to our newsletter or commercial communications, we will keep our communication going, until you withdraw your consent or you don’t engage with our email in the past 5 years', 'not-stated', [], 'ToS;DR BitDefender: keeping a correspondence going is not keeping data'],
  ['For the period of your employment, we may monitor your use of our IT systems.', 'not-stated', [], 'constructed: an employee notice\'s monitoring, not keeping'],
  // Thirteenth round: "no later than <duration> after" the end of a contract is a period; "and for 12 months thereafter"
  // after a subscription is one too; a notice period written "days' advance written notice" is not.
  ['The personal data shall be deleted no later than 30 days after termination of the contract, unless specific reasons to the contrary apply in an individual case.', 'period', ['30 days'], 'ToS;DR Tutanota'],
  ['User data will be deleted upon request by the account owner, or after seven (7) years without account activity, following sufficient notice to the user via email, in order to facilitate reactivation or data exporting if necessary.', 'period', ['7 years'], 'ToS;DR Priority Matrix'],
  ['We retain recordings for as long as your subscription remains active, and for 12 months thereafter.', 'period', ['12 months'], 'constructed: a subscription service, paraphrased'],
  ['We will delete your data no later than 30 days after receiving your request.', 'not-stated', [], 'constructed: a processing time'],
  ['Such audits shall be conducted no more than one (1) time per year, by an independent certified public accountant, at the place of business where Publisher customarily keeps such records, during normal business hours, and upon fifteen (15) days\' advance written notice.', 'not-stated', [], 'ToS;DR JW Player terms: a notice period'],
  // Fourteenth round: deletion "once/after the purpose ... has been fulfilled / served" (POPIA, DPDP wordings) is a
  // limit; "and for 3 years thereafter" counts from an end already named, even after a subscription.
  ['Personal Information is disposed of, destroyed or deleted for the protection of information in accordance with our internal company policy and other applicable laws, after the purpose of its collection has been fulfilled.', 'limited', [], 'ToS;DR Tripadvisor'],
  ['We will delete your personal data once the purpose for which it was collected has been served.', 'limited', [], 'constructed: an Indian (DPDP) policy, paraphrased'],
  ['We will retain your vehicle data for as long as your connected services subscription is active and for 3 years thereafter.', 'period', ['3 years'], 'constructed: a connected-car notice, paraphrased'],
  // Fourteenth round: "for at least seven years" is a (minimum) period, as "for a minimum of 6 years" already was; "at least"
  // without "for" stays an age or a notice time.
  ['We retain transactional information for at least seven years to ensure we can perform legitimate business functions, such as accounting for tax obligations.', 'period', ['7 years'], 'C3PA WS/121'],
  ['Notice of any new or revised Privacy Statement, as well as the location of the new or revised statement, will be posted on the Site for at least 60 days after the change.', 'not-stated', [], 'OPP-115 1703_www.basketball-reference.com: a notice, not data kept'],
  ['We will store your data and notify you at least 30 days before deletion.', 'not-stated', [], 'constructed: a notice time'],
  // Fifteenth round: the German GDPR template's "as soon as the purpose for its storage ceases to apply" / "if a storage
  // period expires", "no longer serves the purpose", the statute of limitations, a warranty period: kept until an end.
  ['Your data processed when using our website will be deleted or blocked as soon as the purpose for its storage ceases to apply, provided the deletion of the same is not in breach of any statutory storage obligations or unless otherwise stipulated below.', 'limited', [], 'ToS;DR Nitrokey'],
  ['If the storage purpose is not applicable, or if a storage period expires, the personal data is routinely blocked or erased.', 'limited', [], 'C3PA DB/138'],
  ['Personal data shall be destroyed immediately after the purpose of its collection ends.', 'limited', [], 'constructed: a Saudi (PDPL) policy, paraphrased'],
  ['We will cease to retain your personal data, or remove the means by which the data can be associated with you, as soon as it is reasonable to assume that such retention no longer serves the purpose for which the personal data was collected, and is no longer necessary for legal or business purposes.', 'limited', [], 'ToS;DR WeMod'],
  ['As the Patook ToS contain explicit fines for people sharing inappropriate pictures, we will retain them for the statute of limitation, should we wish to apply our legitimate interest of enforcing the terms of service.', 'limited', [], 'ToS;DR Patook'],
  ['If the data indicates that a Violation has occurred, we will further store the data for the establishment, exercise or defense of legal claims during the applicable statute of limitations or until a legal case related to it has been resolved.', 'limited', [], 'ToS;DR Steam'],
  ['Data is kept for the duration of the warranty period.', 'limited', [], 'constructed: a device maker\'s notice, paraphrased'],
  ['Detailed information on the storage period for the workspace data can be found in the online documentation article "About data provision."', 'not-stated', [], 'ToS;DR Kaspersky: a pointer, no limit stated'],
  ['You agree that any claim or cause of action arising from use of the Site must be filed within one year after such claim or cause of action arose, notwithstanding any statute of limitations or other law to the contrary.', 'not-stated', [], 'ToS;DR Hemorrhoids terms, shortened: a time to sue, not data kept'],
  // Sixteenth round: a camera's clips and snapshots are data whose period counts; data that "will remain publicly available
  // indefinitely" is kept for good.
  ['Video clips are stored in the cloud for 60 days on the Plus plan and then automatically deleted.', 'period', ['60 days'], 'constructed: a home-camera notice, paraphrased'],
  ['Motion snapshots are kept for 7 days.', 'period', ['7 days'], 'constructed: a home-camera notice, paraphrased'],
  ['Information recorded on the blockchain is immutable and will remain publicly available indefinitely.', 'indefinite', [], 'constructed: a crypto wallet\'s notice, paraphrased'],
  ['In the event that you do not return such Cox Equipment within the thirty (30) day period set forth above Cox will charge you (i) for the Advanced Cox Video Services, as applicable, until the Cox Equipment is returned to Cox or otherwise removed from your premises in accordance with this Agreement, and (ii) if the Cox Equipment is not returned, an Unreturned Equipment Charge.', 'not-stated', [], 'ToS;DR Cox customer agreement: a return period, and "Video" names a service'],
  // Seventeenth round: a maximum written seven words after the keeping verb (Mastodon's template), "for not more than",
  // job applications and payment receipts as data, contracts whose "expiration" is no cookie's.
  ['Retain the IP addresses associated with registered users no more than 12 months.', 'period', ['12 months'], 'ToS;DR Fosstodon'],
  ['Unsuccessful applications will be retained for a period of three years after the conclusion of the selection process.', 'period', ['3 years'], 'ToS;DR Amnesty International'],
  ['For tax purposes, we are legally required to keep receipts of all payments for 10 years.', 'period', ['10 years'], 'ToS;DR Posteo'],
  ['• we retain information relating to commercial contracts for approximately 7 years after expiration or termination whichever is the sooner.', 'period', ['7 years'], 'ToS;DR Artspace'],
  ['We will respond to your request to delete your information within no more than 30 days.', 'not-stated', [], 'constructed: a time to answer, not to keep'],
  ['This cookie expires after no more than 2 years.', 'not-stated', [], 'constructed: a cookie lifetime'],
  // Seventeenth round, limits the cards missed: "hold" with a data object, "as long as required by the purpose" beside
  // "processed and stored" (not a law's limit), kept "until your account is deleted", "until account deletion", "until you
  // decide", "while your relationship with ... is ongoing", the template "no ongoing legitimate business need", deleted "as
  // soon as" no longer required, and the outer limit of Illinois BIPA's "whichever occurs first".
  ['We only hold your personal information on our systems for as long as is necessary for the purposes outlined above.', 'limited', [], 'ToS;DR Amnesty International'],
  ['We will hold your information for as long as necessary to fulfill the purposes set forth in this Privacy Policy or as long as we are legally required or permitted to do so.', 'limited', [], 'ToS;DR Politico'],
  ['We may hold a contest as long as there are entrants.', 'not-stated', [], 'constructed: "hold" without data'],
  ['Personal Data shall be processed and stored for as long as required by the purpose they have been collected for.', 'limited', [], 'ToS;DR Blender Market'],
  ['Personal Data collected for purposes related to the performance of a contract between the Owner and the User shall be retained until such contract has been fully performed.', 'limited', [], 'ToS;DR Planio'],
  ['We retain the personal data you provide until your account is deleted.', 'limited', [], 'ToS;DR CouchSurfing'],
  ['However, until your account is deleted, you may receive all system emails.', 'not-stated', [], 'ToS;DR 500px: no keeping verb before "until"'],
  ['Account information used to create an account on Paper.li is kept until account deletion (through Paper.li account settings page).', 'limited', [], 'ToS;DR Paper.li'],
  ['Registration data is kept until such time as an account deletion request is made.', 'limited', [], 'ToS;DR Scientific American'],
  ['(c) information that you post on our public forums and your game reviews will be retained until you decide that it should be removed as well.', 'limited', [], 'ToS;DR GOG'],
  ['When deactivated, your Letterboxd account, including your username, profile and content will no longer be viewable on the Website, App or API, but they will be retained unless and until you separately request permanent deletion via email.', 'limited', [], 'ToS;DR Letterboxd'],
  ['Your personal data will be stored while your relationship with EXOCLICK is ongoing and once said relationship is terminated for whatever cause, unless you oppose to it.', 'limited', [], 'ToS;DR ExoClick'],
  ['When we have no ongoing legitimate business need to process your personal information, we will either delete or anonymize such information, or, if this is not possible (for example, because your personal information has been stored in backup archives), then we will securely store your personal information and isolate it from any further processing until deletion is possible.', 'limited', [], 'ToS;DR Auttaja'],
  ['Unless explicitly stated in this privacy policy, the data stored by us are deleted as soon as they are no longer required for their purpose and the deletion does not conflict with any statutory storage requirements.', 'limited', [], 'ToS;DR PDF Annotator'],
  ['We will retain biometric information until the initial purpose for collecting or obtaining such information has been satisfied or within three years, whichever occurs first.', 'period', ['3 years'], 'C3PA WS/93'],
  ['We will respond to your request within 30 days, whichever is sooner.', 'not-stated', [], 'constructed: a time to answer'],
  ['With AWS, you pay only for the individual services you need for as long as you use them without requiring long-term contracts; analyze, store, and share massive data sets.', 'not-stated', [], 'ToS;DR Amazon AWS menu text, shortened: "as long as" limits a payment'],
  // Eighteenth round: Mastodon's template with the maximum after a comma or ten words on ("in so far as such logs are kept,
  // no more than 90 days"), a licence's "expiration" that is no cookie's.
  ['Retain server logs containing the IP address of all requests to this server, in so far as such logs are kept, no more than 90 days.', 'period', ['90 days'], 'ToS;DR Fosstodon'],
  ['Retain the IP addresses associated with registered users and their posts no more than 5 years.', 'period', ['5 years'], 'ToS;DR ouya.world'],
  ['Data will be deleted after 6 months after your license expiration date.', 'period', ['6 months'], 'ToS;DR Kaspersky'],
  ['This cookie will be deleted 6 months after its expiration date.', 'not-stated', [], 'constructed: a cookie'],
  ["We don't store personal information unless required for the ongoing operation of one of our Services.", 'limited', [], 'ToS;DR Gladly'],
  ['We do not sell your data unless required by law.', 'not-stated', [], 'constructed: no keeping verb'],
  // Nineteenth round: kept "for a period of time consistent with the original purpose", and "as otherwise required by law".
  ['Data Retention: We retain Personal Data about you for a period of time consistent with the original purpose of collection, whether or not you have an account with us.', 'limited', [], 'C3PA WS/124 (Genius)'],
  ['However, we may also keep your information as otherwise required by law.', 'limited', [], 'ToS;DR Attendify'],
  ['We may disclose your information as otherwise required by law.', 'not-stated', [], 'constructed: a disclosure, not a keeping'],
  ["Access to or correction, updating or deletion of your personal information may be denied or limited by Military if it would violate another person's rights and/or as otherwise permitted by applicable law.", 'not-stated', [], 'OPP-115 686_military.com: a request refused, not data kept'],
  // Twentieth round: "we’ll be storing your imported data only as long as you stay connected" (the pre-filter knew "store",
  // "stored", "storage", not "storing").
  ['(e) if you use GOG GALAXY Application and connect your accounts from other platforms with GOG GALAXY Application we’ll be storing your imported data only as long as you stay connected with the relevant platform.', 'limited', [], 'ToS;DR GOG.com'],
  // Twenty-first round: "as long as" that sets a condition ("as long as it is not in conflict with local law") is no limit;
  // "as long as such consent is not withdrawn" still is.
  ['It is your right to access or delete the personal information we store as long as it is not in conflict with local law to retain certain information.', 'not-stated', [], 'ToS;DR Colloq.io (its only "limited" quote)'],
  ['The Owner may be allowed to retain Personal Data for a longer period whenever the User has given consent to such processing, as long as such consent is not withdrawn.', 'limited', [], 'ToS;DR Blender Market, Planio'],
  // "Permanently" that ends the service ("when we permanently cease operations") is no keeping for ever.
  ['When we permanently cease operations on this website and associates services and operations, we will either delete, anonymize, or if not immediately possible, we will store and isolate your information and work to delete it if possible.', 'not-stated', [], 'ToS;DR Hacker Wars (it lit "Keeps indefinitely")'],
  // Twenty-second round, reading back the "period", "limited" and "indefinite" quotes. A duration that is a frequency
  // ("24 hours-a-day surveillance") or an account in good standing for a year keeps no data for that time.
  ['The information is stored on servers in a highly secure facility with 24 hours-a-day surveillance, EMP-security, fire protection, emergency power back-up systems, climate control and state of the art access controls.', 'not-stated', [], 'ToS;DR Filestream.me (it listed "24 hours")'],
  ["No KeyCDN Person shall be liable to Customer, any of its Customers, any Reseller Customer or any other third party, for any loss or damages that result or are alleged to have resulted from the use of or inability to use the Services, or that results from mistakes, omissions, interruptions, deletion of files, loss of data, errors, viruses, defects, delays in operations, or transmission or any failure of performance, whether or not limited to acts of God, communications failure, theft, destruction or unauthorized access to KeyCDN's records, programs, equipment or services. - Notwithstanding anything to the contrary in this Agreement, KeyCDN's maximum liability under this Agreement for all damages, losses, costs and causes of actions from any and all claims regardless of the legal theory or the nature of the cause of action shall not exceed the actual dollar amount paid by Customer for the Services which gave rise to such damages, losses and causes of actions during the twelve (12) month period prior to the date the cause of action arose or the injury or loss occurred. - Customer understands, acknowledges and agrees that if KeyCDN takes any corrective action under this Agreement because of an action of Customer or one its Customers that corrective action may adversely affect other Customers of Customer or other Reseller Customers, and Customer agrees that KeyCDN shall have no liability to Customer, any of its Customers or any Reseller Customer due to such corrective action by KeyCDN. - This limitation of liability reflects an informed and voluntary allocation of risks between the parties and applies to risks both know and unknown that may exist in connection with this Agreement.", 'not-stated', [], 'ToS;DR KeyCDN (a list the page runs together: "deletion of files", then a cap on liability over "the twelve (12) month period prior to the date")'],
  ['Subject to applicable law, your deposit will be credited to your account (without interest) if your account remains in good standing for twelve (12) months.', 'not-stated', [], 'ToS;DR Xfinity'],
  // Records the customer or the user must keep, or materials they must destroy, are their duty, not the organization's practice...
  ['Enterprise Edition and Platinum Edition Publishers whose Fees are based in whole or in part on Publisher-hosted Licensed Programs shall keep complete and accurate records of all Use during the Term and for two (2) years thereafter.', 'not-stated', [], 'ToS;DR JW Player'],
  ['You shall keep all information in relation to this Agreement confidential for the duration of this agreement and the period of two years after termination of this agreement save for when such information becomes part of the public domain or is required to be disclosed by law.', 'not-stated', [], 'ToS;DR RouteNote'],
  ['Unfortunately, if you breach any of these Terms the above license will terminate automatically and you must immediately destroy any downloaded or printed Materials (and any copies thereof).', 'not-stated', [], 'ToS;DR Monthly'],
  ["For instance, matches you have played that affect other players' matchmaking data and scores will not be deleted. rather, your connection to these matches will be permanently anonymized.", 'not-stated', [], 'ToS;DR Steam (round 33: kept once its link to the user is cut)'],
  // Round 33: the same duty in the passive.
  ['Any materials downloaded or printed from Roll20 in violation of the Terms of Service must be immediately destroyed.', 'not-stated', [], 'ToS;DR Roll20'],
  ['If you breach any of these Terms of Use, your authorization to use the Website automatically terminates and you agree to immediately destroy any downloaded or printed content obtained from the Website (and any copies thereof).', 'not-stated', [], 'ToS;DR OnlineUserProtector'],
  ["If any Permitted User who has access to a user ID is no longer an employee (or Contractor, as set forth below) of Customer, then Customer will immediately delete such user ID and otherwise terminate such Permitted User's access to the Service.", 'not-stated', [], 'ToS;DR Intercom'],
  // ...while "I will keep" after "If you send feedback" is the site's own.
  ['If you send feedback about this site, I will keep and act on your comments, but promptly delete your email address, IP address, any replies to you, and any other information that could personally identify you.', 'limited', [], 'ToS;DR Explainthatstuff'],
  // "Forever" and "permanently" that waive claims, restrict access or lose it keep nothing for ever; nor does a question.
  ['You waive any and all claims you may have, now and forever, against mail.com relating to the registration and use of your email address and agree to indemnify and hold harmless mail.com from and against any such claims.', 'not-stated', [], 'ToS;DR mail.com'],
  ['Hershey assumes no liability for any information removed from our Sites and reserves the right to permanently restrict access to the Sites or a user account.', 'not-stated', [], 'ToS;DR The Hershey Company'],
  ['You should know that closure and/or deletion of your Twilio account will result in you permanently losing access to your account and data in the account.', 'not-stated', [], 'ToS;DR SendGrid (Twilio)'],
  ['You should ensure that you have only stored Content on the Servers to which you are willing to permanently lose access.', 'not-stated', [], 'ToS;DR Manticore Games'],
  ['2.2. Will Riot maintain my account forever, even if I stop using it?', 'not-stated', [], 'ToS;DR Riot Games'],
  // A license granted "in perpetuity" is the license's term, wherever the words fall in the grant.
  ['By Posting your User Material, you grant Hulu a limited license to use, display, reproduce, distribute, modify, delete from, add to, prepare derivative works of, publicly perform, and publish such User Material through the Services and on other platforms and services worldwide, including on or through any Access Point, in perpetuity, in any media formats and any media channels now known or hereinafter created.', 'not-stated', [], 'ToS;DR Hulu'],
  // Twenty-fifth round, reading back the "keeps indefinitely" quotes. "Temporarily or permanently" is either; a service
  // suspended "for indefinite periods", a licence's "perpetual term" and a user's "right to retain that number forever" keep
  // no data; a keeping verb that is denied ("will not keep ... after you delete") keeps nothing after deletion.
  ['Except as provided in these Terms of Service, you shall not download or attempt to download, transfer or attempt to transfer, permanently or temporarily, the Recordings on the hard drive of a computer or any other device (notably music players), or other physical storage medium (e.g. CD or hard drive).', 'not-stated', [], 'ToS;DR Deezer'],
  ['WE EXPRESSLY DISCLAIM ANY LIABILITY FOR THE DATA AND CONTENT TRANSMITTED THROUGH OR TEMPORARILY OR PERMANENTLY STORED ON OUR NETWORK OR ANY SERVER AND FOR THE ACTIONS OR OMISSION OF USERS.', 'not-stated', [], 'ToS;DR RamNode'],
  ['You agree that from time to time we may remove the service for indefinite periods of time or cancel the service at any time, without notice to you.', 'not-stated', [], 'ToS;DR Huion'],
  ['If Skype provides you with a Skype Number or Skype To Go number, you agree that you do not own the number or have a right to retain that number forever.', 'not-stated', [], 'ToS;DR Microsoft Services'],
  ['Such transfer of a perpetual term Licensed Product must ensure that (i) the entire License Entitlement is transferred to a single recipient and is not sub-divided, (ii) the Licensed Product is deleted by the Licensee at the time of transfer.', 'not-stated', [], 'ToS;DR Sophos, cut short'],
  ['PicMonkey will not keep any other personal information belonging to you after you delete your PicMonkey account.', 'not-stated', [], 'ToS;DR PicMonkey'],
  ['If you delete your PicMonkey account, PicMonkey will only retain your name and profile image associated with any content you may have created through the Collaborations Feature.', 'indefinite', [], 'ToS;DR PicMonkey'],
  ['We keep your order information for an indefinite period, for our accounting purposes.', 'indefinite', [], 'ToS;DR Codewars (still kept for an indefinite period)'],
  ['We may store data temporarily on our servers and archive it permanently.', 'indefinite', [], 'constructed: "permanently" not paired with "temporarily"'],
  // Round 28: data held for legal process on a good-faith belief sets no limit; a time "as long as" that belief lasts does.
  ['We may preserve and store your account information and Content if we believe in good faith that such preservation is necessary to comply with legal or regulatory processes, respond to claims that the Content violates the rights of third parties, and/or to protect the rights, property or personal safety of the Site, its users and the public.', 'not-stated', [], 'ToS;DR HushLove Terms of Use'],
  ['If we receive legal process pertaining to your account, we will retain your data for as long as we in good faith believe is necessary to comply with the legal process.', 'limited', [], 'ToS;DR Vimeo Privacy Policy'],
  // Round 29: money held is no data kept; a rule for users under 18 is no retention limit.
  ['The deposit will remain on your account for up to 12 months or longer, depending upon your payment performance and Applicable Law.', 'not-stated', [], 'ToS;DR Cox Residential Customer Service'],
  ['We keep records of deposits and payouts for 7 years.', 'period', ['7 years'], 'constructed: records of money are data'],
  ['If we learn that personal information from users less than 18 years of age has been collected outside the scope of what’s listed in this privacy policy, we will deactivate the account and take reasonable measures to promptly delete such data from our records.', 'not-stated', [], 'ToS;DR Hacker Wars Privacy Policy'],
  // Round 35: a time away from the account counts only when data or the account is deleted for it.
  ['Filestream.me has the right to terminate your filestream.me account: (i) if you have not accessed your account for at least ninety (90) consecutive days. (ii) if you exceed your available storage space. or (iii) if filestream.me elects to discontinue the Service completely or in part.', 'not-stated', [], 'ToS;DR Filestream.me (inactivity ends the account; nothing said of the data)'],
  ["For example, we will remove developers' access to your Facebook and Instagram data if you haven't used their app in 3 months, and we are changing Login, so that in the next version, we will reduce the data that an app can request without app review to include only name, Instagram username and bio, profile photo and email address.", 'not-stated', [], "ToS;DR Instagram (an app's access removed, no data deleted)"],
  ['We may delete your Cloud Sync account including all your iStudiez Pro data stored on our servers if you do not log into it for more than six months.', 'period', ['6 months'], 'ToS;DR iStudiez (deleted after six months away)'],
  // Round 36: a number written twice ("3 (three) years"); "not ... for longer than necessary", "for the shortest possible time",
  // "when we no longer need it" with a deletion, "deleted periodically" are limits; a restriction right's condition is not.
  ['Our Company will keep your above described data for a period of 3 (three) years.', 'period', ['3 years'], 'ToS;DR Red Black Tree d.o.o. Privacy Policy'],
  ['Backups of data are stored for no more than 1 (one) month from the moment when they are created.', 'period', ['1 month'], 'ToS;DR Kaspersky Web Privacy Policy'],
  ['Such data is stored during the period of cooperation of the Company and you (during the provision of services) and for 10 (ten) years from the end of this period.', 'period', ['10 years'], 'ToS;DR VERO SERVERS Privacy Policy'],
  ['We will endeavour to keep your information accurate and up to date, and not keep it for longer than is necessary.', 'limited', [], 'ToS;DR mondosol (MoodleCloud) Privacy Notice'],
  ['In no event will we keep your Personal Data for longer than is strictly necessary for the purposes defined in this Notice.', 'limited', [], 'ToS;DR Phone2Action Privacy Policy'],
  ['We do not store the friend’s email address for any longer than reasonably necessary to send the email or card to the friend.', 'limited', [], 'OPP-115 652_www.primagames.com'],
  ['We will not keep your personal data in a form that allows you to be identified for longer than reasonably necessary with regards to the purpose for which the information was collected.', 'limited', [], 'ToS;DR CCleaner Privacy Policy'],
  ['Once we receive Personal Information from you, we keep it for the shortest possible time that is consistent with the maintenance, understanding, and improvement of the Wikimedia Sites, and our obligations under applicable U.S. law.', 'limited', [], 'ToS;DR Wikimedia Privacy Policy'],
  ['We will endeavor to destroy your information when we no longer have a legitimate business need to use it, except for backups that are archived and retained in the ordinary course of business.', 'limited', [], 'ToS;DR Fur Affinity Privacy Policy'],
  ['When we no longer have a business reason for retaining data, we will delete or anonymize it.', 'limited', [], 'ToS;DR Vimeo Privacy Policy'],
  ["Once we don't need it, we take steps to destroy it unless we are required by law to keep it longer.", 'limited', [], 'ToS;DR Firefox Cloud Services (Mozilla Privacy Policy)'],
  ['Where we no longer need personal information for any purpose, we will destroy the information or ensure that it is de-identified.', 'limited', [], 'ToS;DR Digital Rights Watch Privacy Policy'],
  ['Contact form information will go into a secure database and will be deleted periodically.', 'limited', [], 'ToS;DR Yakka Privacy Policy'],
  ['where we no longer require such data, but you want us to retain the data for the establishment, exercise, or defense of a legal claim. and', 'not-stated', [], 'ToS;DR Shmoop (a condition of the right to restrict)'],
  ['if we no longer need the personal information, but you need it to establish, exercise or defend a legal claim, or', 'not-stated', [], 'ToS;DR Viagogo (a condition of the right to restrict)'],
  // Round 38: what stays on the user's own device, cookie named or not, and a deletion the user asks for beside a law clause, limit no keeping.
  ['Others are “persistent,” which means they are stored on your device until you delete them and they allow a website to recognize you each time you visit the website.', 'not-stated', [], 'C3PA WS/33 (persistent cookies, named in the sentence before)'],
  ['If you are a resident of the European Economic Area (“EEA”), United Kingdom, and Switzerland, you may access, review, modify, and request deletion of any personal information that we process about you, as required by law.', 'not-stated', [], 'ToS;DR Sift Service Privacy Notice (rights)'],
  ['Where we are required by law to collect your personal information and you do not provide it or you ask us to delete it, we may not be able to provide the Service to you.', 'not-stated', [], 'ToS;DR Enphase Privacy Policy'],
];

describe('retention verdict, one sentence at a time', () => {
  it.each(SENTENCES)('"%s" → %s %j (%s)', (sentence, verdict, periods) => {
    const got = retentionVerdict(policyOf(sentence));
    expect(got.verdict, `"${sentence}" should read as retention: ${verdict}`).toBe(verdict);
    expect(got.periods, 'periods are normalized durations').toEqual(periods);
    if (verdict !== 'not-stated') expect(got.evidence[0]?.text).toBe(sentence);
  });
});

describe('retention over a policy', () => {
  it('a stated period wins over "as long as necessary" and lists every period once', () => {
    const p = policyOf(
      'We keep personal information as long as it is necessary or relevant for our business.',
      'Records are used to create aggregate reports for internal use only and are purged after one calendar year from the date of entry.',
      'Log files are deleted after 90 days. Backups are overwritten after ninety (90) days.',
    );
    const got = retentionVerdict(p);
    expect(got.verdict).toBe('period');
    expect(got.periods).toEqual(['1 year', '90 days']);
  });
  it('"this data cannot be deleted" right after a stated period is that period, not "kept indefinitely" (ToS;DR Posteo)', () => {
    const p = policyOf(
      'Payment data cannot be deleted upon your request as it would conflict with legal requirement of retaining this information for 10 years for tax authorities. Payment details are not connected with email accounts and therefore do not exist in connection with your account. We only keep payment data for tax purposes. This data cannot be deleted.',
    );
    expect(retentionSignals(p).indefinite.map((s) => s.text)).toEqual([]);
    expect(retentionVerdict(p).periods).toEqual(['10 years']);
    expect(retentionSignals(policyOf('This data cannot be deleted.')).indefinite).toHaveLength(1);
  });
  it('normalizes durations written in words and digits', () => {
    expect(retentionPeriods('We retain server logs for thirteen (13) months.')).toEqual(['13 months']);
    expect(retentionPeriods('Data is stored for a 2-year period and then deleted.')).toEqual(['2 years']);
  });
});
