import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/index';
import type { WarningId } from '../../lib/types';

const PAD = 'This privacy policy explains how we collect, use and share personal information about you when you use our website and services.';
const idsOf = (...paragraphs: string[]): WarningId[] => analyzeText([PAD, ...paragraphs].join('\n\n'), { topics: false, format: 'md' }).warnings.map((w) => w.id);

describe('warnings', () => {
  it('a policy that rents data, keeps it forever and gives no contact lights the red flags', () => {
    const ids = idsOf(
      'We will not sell your email address, but we rent our postal mailing list to other companies.',
      'We retain indefinitely all the information we gather about you in an effort to make your repeat use of our website more efficient, practical, and relevant.',
      'We may change this privacy policy at any time without notice.',
    );
    expect(ids, 'renting is selling (high)').toContain('sells-data');
    expect(ids, 'indefinite retention (high)').toContain('keeps-indefinitely');
    expect(ids, 'no deletion right').toContain('no-deletion');
    expect(ids, 'no email, phone, address or form').toContain('no-contact');
    expect(ids, 'changes without notice').toContain('changes-without-notice');
    expect(ids).not.toContain('retention-not-stated');
  });

  it('a change made with prior written notice, by notifying users, or after contacting you is not a change without notice (C3PA DB/138, OPP-115 1360)', () => {
    expect(idsOf('This Privacy Policy may be modified, changed, supplemented, updated at any time with prior written notice from Digdev.')).not.toContain('changes-without-notice');
    // OPP-115 1360_thehill (train): both of its quotes say users are told.
    expect(idsOf('We reserve the right to change this Privacy Policy at any time by notifying users.')).not.toContain('changes-without-notice');
    expect(idsOf('Even if you do not opt-in to receive promotional information or you have opted-in and then later choose to opt-out, we reserve the right to contact you as necessary in our sole discretion regarding The Hill, any request you have made for services or products from The Hill, changes to this Privacy Policy and any other matters that may be relevant to the information we collect.')).not.toContain('changes-without-notice');
    expect(idsOf('Your continued use of the Website and its services after any amendments or alterations of this Privacy Policy without notification of Digdev shall constitute your consent hereto and acceptance hereof of an updated version of this Privacy Policy.')).toContain('changes-without-notice');
  });

  it('data kept for a bounded time after deletion is not "kept indefinitely"', () => {
    // ToS;DR ASKfm; C3PA WS/37 (dev).
    const bounded = idsOf(
      'It is important that we retain your data for this short period after cancellation to ensure that we can answer any payment or other account related queries, or provide information to third parties in line with our disclosure provisions outlined in this policy, e.g., assisting police investigations.',
      'We may also retain backup information related to your account on our servers for some time after cancellation or your request for deletion, for fraud detection or to comply with applicable law or our internal security or recordkeeping policies.',
    );
    expect(bounded).not.toContain('keeps-indefinitely');
    expect(bounded, 'a limit is stated').not.toContain('retention-not-stated');
    // ToS;DR IFTTT: kept after deletion with no bound.
    expect(idsOf('Please note that information may remain in our records after deletion of your account.')).toContain('keeps-indefinitely');
  });

  it('"may sell" is may-sell-data; a fee for access requests is flagged', () => {
    const s = analyzeText([PAD, 'We may share, license or sell your information to third parties for various marketing purposes.', 'We may charge you a reasonable fee to provide you with a copy of your personal information.'].join('\n\n'), { topics: false });
    const ids = s.warnings.map((w) => w.id);
    expect(ids).toContain('may-sell-data');
    expect(ids).not.toContain('sells-data');
    expect(s.warnings.find((w) => w.id === 'access-fee')?.level).toBe('medium');
    expect(s.warnings[0]?.level, 'the most serious flag comes first').toBe('high');
  });

  it('a careful policy raises no high or medium flag', () => {
    const s = analyzeText([
      PAD,
      'We do not rent or sell your information to third parties.',
      'You may, however, request that we delete your Personal Data by contacting us as described below.',
      'Log files are deleted after 90 days.',
      'If we make material changes to this policy, we will notify you by email before they take effect.',
      'Questions? Email privacy@shop-example.com.',
    ].join('\n\n'), { topics: false });
    expect(s.warnings.filter((w) => w.level !== 'low').map((w) => w.id)).toEqual([]);
    expect(s.warnings.map((w) => w.id)).not.toContain('changes-without-notice');
  });

  it('"free of charge" is not a fee; retention not stated is a low flag', () => {
    const s = analyzeText([PAD, 'You can request a copy of your personal information free of charge.'].join('\n\n'), { topics: false });
    expect(s.warnings.map((w) => w.id)).not.toContain('access-fee');
    expect(s.warnings.find((w) => w.id === 'retention-not-stated')?.level).toBe('low');
  });
  it('a browser Do Not Track signal described, or data received from advertising partners, is not sharing for ads (ToS;DR IFTTT)', () => {
    expect(idsOf('Your browser may offer you a “Do Not Track” option, which allows you to signal to operators of websites and web applications and services (including behavioral advertising services) that you do not wish such operators to track certain of your online activities over time and across different websites.')).not.toContain('shares-for-advertising');
    expect(idsOf('Information from our advertising partners: We receive information about you from some of our service providers who assist us with marketing or promotional services related to how you interact with our websites, applications, products, services, advertisements or communications.')).not.toContain('shares-for-advertising');
    expect(idsOf('Advertising partners - We may also share your data collected through our websites and apps with our advertising partners, as set out in our cookie policy.')).toContain('shares-for-advertising');
  });
  it('sharing only aggregate data with advertisers is not a flag; sharing personal data is (OPP-115 1673_tulsaworld, 627_dairyqueen, train)', () => {
    expect(idsOf('We may share aggregated research (but not individual user information) with our advertisers or business partners.')).not.toContain('shares-for-advertising');
    expect(idsOf('We may share aggregated demographic information (data that cannot identify an individual person) with our third party vendors and advertisers.')).not.toContain('shares-for-advertising');
    expect(idsOf('We may share aggregated and personal information with advertisers.')).toContain('shares-for-advertising');
    // Data the company receives from advertisers is not data it shares (C3PA DB/192, WS/33: each was the first quote).
    expect(idsOf("We collect personal information about you from other sources, such as third party consumer data suppliers/resellers, data enrichment providers and aggregators, advertising networks, data analytics providers, internet service providers, operating systems and platforms, data brokers, social networks, business contact databases, government entities, other users, and our parent, subsidiaries, affiliates and other related entities.")).not.toContain('shares-for-advertising');
    expect(idsOf('Third parties who provide advertising and related services (such as analytics providers and ad networks, our “Advertising Partners” may give us your personal data so that we can compare it to personal data we hold in order to determine if you are the same individual (this is sometimes called “cookie-matching”).')).not.toContain('shares-for-advertising');
    expect(idsOf('These third party providers and advertisers may use their own browser or flash cookies, web beacons and similar technologies to collect technical information (such as device unique identifier, IP address, MAC address, browser type, pages visited, and location information) from users of the Site that is generated automatically as a user views or interacts with an ad.')).toContain('shares-for-advertising'); // OPP-115 1089_freep (train): advertisers collecting still counts
    // OPP-115 1224_austincc (train): its only 'Shares data with advertisers' quote denied the collection.
    expect(idsOf('No personally identifiable information is collected through these retargeting services, and we do not sell or rent the information collected through tracking pixels.')).not.toContain('shares-for-advertising');
    // Tenth round: the law's definition of "sharing" is no practice of the company's (Cal. Civ. Code § 1798.140(ah), quoted in CPRA notices).
    expect(idsOf('“Share,” “shared,” or “sharing” means sharing, renting, releasing, disclosing, disseminating, making available, transferring, or otherwise communicating orally, in writing, or by electronic or other means, a consumer’s personal information by the business to a third party for cross-context behavioral advertising, whether or not for monetary or other valuable consideration.')).not.toContain('shares-for-advertising');
  });
  it('sixth round: aggregate or statistical audience facts, data received, "useful", and the industry described are not sharing for ads', () => {
    // Each was a page's only 'Shares data with advertisers' quote (OPP-115 883_ted, 59_liquor, 1539_geocaching (train); ToS;DR Pocket, DuckDuckGo).
    expect(idsOf('We perform statistical analyses of users of the site, and their viewing and participation patterns, for product development purposes and to generally inform advertisers about the nature of our audience.')).not.toContain('shares-for-advertising');
    expect(idsOf('We may share this information with others, such as advertisers interested on advertising on the Liquor.com site but never on an individual level.')).not.toContain('shares-for-advertising');
    expect(idsOf('We also share aggregated, non-personal data and related usage information, which does not contain any personal information which can identify you or any other individual user, with third parties, including content providers, website operators, advertisers and publishers.')).not.toContain('shares-for-advertising');
    expect(idsOf('The NAI offers useful information about ad networks and a single place to turn off targeted ad serving from any of its members.')).not.toContain('shares-for-advertising');
    expect(idsOf('Third, many search engines actively use this information, for example to show you more targeted advertising.')).not.toContain('shares-for-advertising');
    // ToS;DR Pinterest: data that advertisers give Pinterest.
    expect(idsOf('Our partners and advertisers share information with us.')).not.toContain('shares-for-advertising');
    expect(idsOf('We also get information about you and your activity outside Pinterest from our affiliates, advertisers, partners and other third parties we work with.')).not.toContain('shares-for-advertising');
    expect(idsOf('We work with advertisers to show you targeted ads.')).toContain('shares-for-advertising');
    // Advertisers denied the data (OPP-115 640_gamestop, train) vs. the company having no control over their cookies (676_restaurantnews, train).
    expect(idsOf('Third-party advertisers have no access to your contact information stored by GameStop unless you choose to share it with them.')).not.toContain('shares-for-advertising');
    expect(idsOf('Other Third Party ad servers or ad networks may also use cookies to track users activities on this website to measure advertisement effectiveness and other reasons that will be provided in their own privacy policies, RestaurantNews.com has no access or control over these cookies that may be used by third party advertisers.')).toContain('shares-for-advertising');
    // One advertiser's cookie (OPP-115 1636_fightingillini, train).
    expect(idsOf('For example, in the course of serving certain advertisements, an advertiser may place or recognize a unique cookie on your browser in order to collect certain information about your use of the SIDEARM Services.')).toContain('shares-for-advertising');
    // Ads that other companies serve (OPP-115 1539_geocaching, train).
    expect(idsOf('We allow other companies to serve ads on our web pages.')).toContain('shares-for-advertising');
  });

  it('a change "at any time" is outweighed by a promise elsewhere to notify users of changes; notice only by posting is not a promise', () => {
    // ToS;DR Zeta: the email promise follows; Hacking with Swift: 'notified' in the same sentence; Devsoap: posting only.
    expect(idsOf('We may update this Privacy Notice from time to time to reflect changes in our information practices.', 'If we make any material changes, we will notify you by email (sent to the email address specified in your account) or by posting the updated notice on the Zeta website or our web and mobile apps prior to the change becoming effective.')).not.toContain('changes-without-notice');
    expect(idsOf('We may update this privacy policy from time to time, but in the case that happens you will be notified at least seven days in advance.')).not.toContain('changes-without-notice');
    // ToS;DR Dropbox: "meaningfully reduces your rights"; eras: a new notice given for substantial updates, in the same sentence.
    expect(idsOf('We may revise this Privacy Policy from time to time, and will post the most current version on our website.', 'If a revision meaningfully reduces your rights, we will notify you.')).not.toContain('changes-without-notice');
    expect(idsOf('We reserve the right to update this privacy notice at any time, and we will provide you with a new privacy notice when we make any substantial updates.')).not.toContain('changes-without-notice');
    // ToS;DR ReviewMeta: the user's change of mind is no change of the policy.
    expect(idsOf('If at any time after visiting the Site, you change your mind about receiving information from the Site or sharing your personal information as described in this Privacy Policy, you may request an opt out, by contacting us at: ReviewMeta.com@Gmail.com.')).not.toContain('changes-without-notice');
    expect(idsOf('We may update our Privacy Policy from time to time.', 'We will notify you of any changes by posting the new Privacy Policy on this page.')).toContain('changes-without-notice');
    // "if the changes are significant" (ToS;DR Free Steam Keys, OPP-115 591_google), "If these changes are material" (ToS;DR Bible Study Fellowship).
    expect(idsOf('Our Privacy Policy may change from time to time.', 'We will post any privacy policy changes on this page and, if the changes are significant, we will provide a more prominent notice.')).not.toContain('changes-without-notice');
    expect(idsOf('This policy may change from time to time.', 'If these changes are material BSF will provide notice to you (by email to you at the last email address you provided to us, or by posting notice of such changes on the Sites) and, where required by applicable law, BSF will obtain your consent.')).not.toContain('changes-without-notice');
    // "If changes are significant", with no article before "changes" (ToS;DR Google).
    expect(idsOf('We change this Privacy Policy from time to time.', 'If changes are significant, we’ll provide a more prominent notice (including, for certain services, email notification of Privacy Policy changes).')).not.toContain('changes-without-notice');
    // A list of sources that give the company data is not sharing (ToS;DR USA TODAY).
    expect(idsOf('For example, third party social networking providers and advertising companies, our affiliates and service providers who provide services or information to us.')).not.toContain('shares-for-advertising');
    // An explicit "without notice" stays (OPP-115 652_primagames, train, also promises notice of material changes).
    expect(idsOf('We reserve the right to modify or amend the terms of our Privacy Policy from time to time without notice.', 'If we make a material change in the way we use your personal information, we will provide prominent notice of the change on the Sites.')).toContain('changes-without-notice');
    // A promise not to change without informing (ToS;DR Amazon AWS: it lit 'without notice'), and a change the user makes (ToS;DR Imgur).
    expect(idsOf('We stand behind the promises we make, however, and will never materially change our policies and practices to make them less protective of personal information collected in the past without informing affected customers and giving them a choice.')).not.toContain('changes-without-notice');
    expect(idsOf('You can change your preferences at any time by returning to this site or visit our privacy policy.')).not.toContain('changes-without-notice');
  });

  it('a fee for the service or a carrier\'s fee for mobile access is not a fee for access to your data (OPP-115 144_style, train)', () => {
    expect(idsOf('We and our licensors, vendors, and/or service providers may charge you fees for merchandise, products and/or services, including without limitation Content, offered for sale, rental or auction on or through the Service, and/or for access to portions of the Service or the Service as a whole.')).not.toContain('access-fee');
    expect(idsOf('If you are accessing the Service via a mobile device, your mobile carrier may charge you fees for data, text messaging, and other mobile access or communications services.')).not.toContain('access-fee');
    expect(idsOf('To the extent permitted by applicable law, we may charge a reasonable fee to comply with your request.')).toContain('access-fee');
  });

  it('a fee for a replacement card, a refund or arbitration is no fee for your data; a fee for subsequent copies is the low flag; fees worded otherwise (round 23)', () => {
    expect(idsOf('We charge fees for replacing your Samsung Pay+ at the time we process the request for a replacement card.'), 'ToS;DR Curve').not.toContain('access-fee');
    expect(idsOf('If GoDaddy determines (which determination shall be made by GoDaddy in its sole and absolute discretion) that you have been engaging in "domain tasting", then GoDaddy reserves the right to (a) charge you a small fee (which fee shall be deducted from any refund issued) or (b) refuse your cancellation/refund request altogether.'), 'ToS;DR GoDaddy').not.toContain('access-fee');
    expect(idsOf('At your written request, IObit will consider in good faith making a temporary advance of your share of any arbitration fees, or paying for the reasonable fees of an expert appointed by the arbitrator for good cause.'), 'ToS;DR IObit').not.toContain('access-fee');
    const levelOf = (text: string) => analyzeText([PAD, text].join('\n\n'), { topics: false, format: 'md' }).warnings.find((w) => w.id === 'access-fee')?.level;
    expect(levelOf('We may charge you a reasonable fee for subsequent copies of personally identifiable information that you request.'), 'ToS;DR Shmoop').toBe('low');
    expect(levelOf('For certain Products, Sophos may download and return the data upon request and for a reasonable fee to be agreed in writing in advance.'), 'ToS;DR Sophos: a fee to return the data').toBe('medium');
    // Fees read as none: "request a fee", "warrants a fee", "subject to a fee", and a denial "unless" the request is excessive.
    expect(levelOf('There is not normally a fee for such a request, however if the request is unfounded, repetitive or excessive we may request a fee or refuse to comply with your request.'), 'ToS;DR PinkNews').toBe('low');
    expect(levelOf('We do not charge a fee to process or respond to your verifiable consumer request unless it is excessive, repetitive, or manifestly unfounded.'), 'C3PA DB/138').toBe('low');
    expect(levelOf('If we determine that the request warrants a fee, we will tell you why we made that decision and provide you with a cost estimate before completing your request.'), 'C3PA DB/138').toBe('low');
    expect(levelOf('the right to request access to, or ask us to provide you with copies of, personal information that we hold about you at any time, which may be subject to a fee specified by law for processing your request (but not for making a request for access).'), 'ToS;DR InsurAds (the sentence as extracted)').toBe('medium');
    expect(idsOf('You will not have to pay a fee to access your personal data (or to exercise any of the other rights).'), 'ToS;DR, the ICO wording').not.toContain('access-fee');
    expect(levelOf('Note that filing multiple claims might be subject to a fee, not exceeding 10 GBP.This does not apply for requests made under the Brazillian LGPD (Lei Geral de Proteção de Dados).'), 'ToS;DR pCloud (as extracted)').toBe('low');
  });

  it('changes without notice: "without providing notice" is silent; "upon notice" and "we\'ll tell you" are notice; the policy as a rule, an offer\'s terms and "as amended from time to time" are no change of the policy (round 23)', () => {
    const levelOf = (text: string) => analyzeText([PAD, text].join('\n\n'), { topics: false, format: 'md' }).warnings.find((w) => w.id === 'changes-without-notice')?.level;
    expect(levelOf('To the extent permissible by law, Huion reserves the right to alter these Terms of Use at any time without providing notice.'), 'ToS;DR Huion').toBe('medium');
    expect(idsOf('Please note that we reserves the right, in its sole discretion, to change these Terms at any time upon notice.'), 'ToS;DR videooctopus').not.toContain('changes-without-notice');
    expect(idsOf('a. We may change these Terms at any time, and we’ll tell you when we do.'), 'ToS;DR Microsoft Services Agreement').not.toContain('changes-without-notice');
    expect(idsOf('DEEZER may suspend, terminate or modify your access to the Site, the Application or Premium+ Service if DEEZER believes that you are failing to comply with these Terms of Service or for any actual or suspected illegal or improper use of the Site, the Application or the Premium+ Service, with or without notice to you.'), 'ToS;DR Deezer').not.toContain('changes-without-notice');
    expect(idsOf('Notwithstanding any other provision of these Terms, we reserve the right to change, suspend, remove, or disable access to the Services, or any functionality comprising a part of the Services at any time without notice.'), 'ToS;DR Vault.ooo').not.toContain('changes-without-notice');
    expect(idsOf('We reserve the right to modify, terminate or otherwise amend offered subscription plans at any time in accordance with these Terms.'), 'ToS;DR Overwolf').not.toContain('changes-without-notice');
    expect(idsOf('Subject to applicable law, at any time and without notice, Riverside reserves the right to(i) modify the terms of the Free Trial, or (ii) cancel the Free Trial.'), 'ToS;DR RiversideFM').not.toContain('changes-without-notice');
    expect(idsOf('Under such circumstances we would, to the extent possible, require the acquiring party to follow the practices described in this privacy policy, as it may be amended from time to time.'), 'OPP-115 20_theatlantic (train)').not.toContain('changes-without-notice');
    expect(idsOf('This Acceptable Use Policy (this AUP) as modified and changed, from time to time, shall be in effect and shall govern the terms and conditions of the services provided by EmpireStreaming and agreed to by Customer.'), 'ToS;DR Media Creek').not.toContain('changes-without-notice');
    expect(idsOf('We stand behind the promises we make, however, and will never materially change our policies and practices to make them less protective of information collected in the past without notifying affected members, either by communicating directly with them or by posting the changes on this Site.'), 'ToS;DR mexiconewsdaily').not.toContain('changes-without-notice');
    // "without any other notice", "without prior or future notice", and an agreement changed without notice.
    expect(levelOf('We reserve the right, at any time, to add to, change, update, or modify this Policy, simply by posting such change, update, or modification on the Site and without any other notice to you.'), 'C3PA DB/134').toBe('medium');
    expect(levelOf('The privacy policy has been adopted on 10 May 2018 and will be modified each time is necessary without prior or future notice of the changes.'), 'ToS;DR Bitdefender').toBe('medium');
    expect(levelOf('We may change this Agreement from time to time without notice to you.'), 'ToS;DR Astronomer').toBe('medium');
    expect(idsOf('We may assign this Agreement at any time without notice.')).not.toContain('changes-without-notice');
    // ... but not the agreement named as a rule, nor a change announced by a notice the user receives.
    expect(idsOf('Notwithstanding the foregoing, mail.com at its sole discretion may at any time alter or cease providing the support provided pursuant to this Agreement without any liability to mail.com.'), 'ToS;DR mail.com').not.toContain('changes-without-notice');
    expect(idsOf('Pricing is subject to change from time to time on a prospective basis at Swym’s sole discretion. provided however that you may terminate a Subscription Order within fourteen (14) days of receiving a price adjustment notice, and your failure to terminate this Agreement on or before the expiration of such termination period shall constitute your acceptance of the new pricing terms.'), 'ToS;DR Swym (as extracted)').not.toContain('changes-without-notice');
    expect(idsOf('This license is automatically revoked upon termination of this Agreement. mail.com reserves the right to modify or discontinue the mail.com Online Software at any time without notice.'), 'ToS;DR mail.com (as extracted)').not.toContain('changes-without-notice');
    // Changing the policy's provisions is changing the policy (ToS;DR CouchSurfing).
    expect(levelOf('From time to time, we may change the provisions of this Privacy Policy.')).toBe('low');
  });

  it('advertisers the user indemnifies, links to advertisers\' sites and advertising as a forbidden use are no sharing (round 23)', () => {
    expect(idsOf('You agree to hold harmless and indemnify Presearch, and its subsidiaries, affiliates, directors, advisors, officers, agents, employees, advertisers, licensors, suppliers, or partners, (collectively "Presearch and Partners") from and against any third party claim arising from or in any way related to your use of Presearch service.'), 'ToS;DR Presearch (shortened)').not.toContain('shares-for-advertising');
    expect(idsOf('Please also note that the Hulu Services may contain links to other sites owned or operated by other companies, including our advertisers, and Hulu does not notify you when you have chosen to click through to another website or property when using the Hulu Services.'), 'ToS;DR Hulu').not.toContain('shares-for-advertising');
    expect(idsOf('ii. Restrictions.Customer agrees not to use any Social Media Data obtained via the Services for the purposes of cookie tracking, ad exchanges, ad networks, data brokerages, sending electronic communications (including email) in violation of applicable Law, or any other activity or purpose that may be identified as prohibited by law.'), 'ToS;DR Intercom').not.toContain('shares-for-advertising');
    expect(idsOf('Client will not use, and will not allow or require any End Users to use, FullContact Data or FullContact Data Services (i) for cookie tracking, ad exchanges, ad networks, data brokerages, or sending electronic communications.'), 'ToS;DR FullContact (shortened)').not.toContain('shares-for-advertising');
    // A restriction on advertisers who receive data still shares, and a denial of selling does not cover a use for ads.
    expect(idsOf('We share your device identifier with our advertising partners and require them not to use it for any other purpose.')).toContain('shares-for-advertising');
    expect(idsOf('We will not sell your personal data, but we use it for targeted advertising.')).toContain('shares-for-advertising');
    // "harmless" outside an indemnity ("hold ... harmless") says nothing about who gets the data.
    expect(idsOf('Our advertising partners use these cookies, which are harmless, to show you targeted ads.')).toContain('shares-for-advertising');
  });

  it('content of advertisers named in a notice of intellectual property is no sharing with advertisers (round 32)', () => {
    expect(idsOf('User acknowledges that all content available on the Site including without limitation content in the form of text, graphics, software, music, sound, photographs, trade names, trademarks, URLs, videos, code, metadata, as well as content provided by suppliers, sponsors, or third-party advertisers is protected by copyrights, trademarks, patents, or other proprietary rights and laws.'), 'ToS;DR Hemorrhoids Terms of Use').not.toContain('shares-for-advertising');
    // A notice that also says the data is shared still flags.
    expect(idsOf('Our content is protected by copyrights, and we share your device identifier with our advertising partners.')).toContain('shares-for-advertising');
  });

  it('"personalised advertisements" is advertising, and data received from "partners we work with or advertisers" is inbound (round 32, ToS;DR Deezer)', () => {
    expect(idsOf('We may share your Data with third parties to enable them to provide personalised advertisements on the Site or the Application or on the third parties websites.'), 'Deezer').toContain('shares-for-advertising');
    expect(idsOf('We may also receive Data about your from: (i) partners we work with or advertisers that make content available on the Site or the Application or (ii) social network websites you may use to interact with the Site or the Application.'), 'Deezer').not.toContain('shares-for-advertising');
    // A relative clause that also sends data still flags.
    expect(idsOf('We share your device identifier with partners we work with and advertisers.')).toContain('shares-for-advertising');
    // The company's denial reaches the end of the list it governs; a condition after it does not deny.
    expect(idsOf('We do not profile you to customise services for you, provide personalised content or show you personalised advertisements based on your individual interests, preferences, or related activities.'), 'ToS;DR FastMail').not.toContain('shares-for-advertising');
    expect(idsOf('We do not disclose personal information of Child Users for direct marketing purposes or for targeted advertising purposes.'), 'ToS;DR Khan Academy').not.toContain('shares-for-advertising');
    expect(idsOf('If so, then our ad program does not set, or allow our ad partners to set, cookies that are used to show you targeted ads before you accept.'), 'ToS;DR Gravatar').toContain('shares-for-advertising');
    expect(idsOf('We do not control third parties’ collection or use of your information to serve interest-based advertising.'), 'ToS;DR Dribbble').toContain('shares-for-advertising');
  });

  it('a "without notice" flag quotes the sentence that says so first (FinanceBuzz)', () => {
    const w = analyzeText([PAD, 'We may revise this Privacy Policy from time to time.', 'As we may make changes at any time without notifying you, we suggest that you periodically consult this Privacy Policy.'].join('\n\n'), { topics: false, format: 'md' }).warnings.find((x) => x.id === 'changes-without-notice');
    expect(w?.level).toBe('medium');
    expect(w?.evidence.map((e) => e.text)).toEqual(['As we may make changes at any time without notifying you, we suggest that you periodically consult this Privacy Policy.', 'We may revise this Privacy Policy from time to time.']);
  });

  it('"collectively" collects nothing, and a denial reaches the examples in its parenthesis (round 25)', () => {
    // "collectively" is no collecting: advertisers named among a company's data subjects (GMA Network).
    expect(idsOf('GMA Network, Inc. and its subsidiaries (collectively, the “GMA Group”, "we", "us", or "our"), respect and protect the privacy of our data subjects (i.e. employees, talents, customers, suppliers, advertisers, service providers and other stakeholders) in accordance with Republic Act No. 10173, or the Data Privacy Act of 2012, and its Implementing Rules and Regulations.'), 'ToS;DR GMA Network').not.toContain('shares-for-advertising');
    expect(idsOf('In particular, we do not allow tracking by third-party websites you have not visited (including analytics services, advertising networks, and social platforms), nor do we share your Personal Information with any third parties for marketing purposes.'), 'ToS;DR Wikimedia').not.toContain('shares-for-advertising');
    expect(idsOf('We collect your device identifier and share it with advertising networks.')).toContain('shares-for-advertising');
    // Advertisers who are not liable, ads that are not personalized, news shared with the user.
    expect(idsOf('IN NO EVENT WILL LICENSOR, OR ANY OF ITS AFFILIATES, OR ANY OF ITS OR THEIR RESPECTIVE OFFICERS, DIRECTORS, EMPLOYEES, AGENTS, REPRESENTATIVES, PARTNERS, MEMBERS, ADVERTISERS, INFORMATION PROVIDERS OR LICENSORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, CONSEQUENTIAL, PUNITIVE OR OTHER DAMAGES ARISING OUT OF OR RELATING TO YOUR USE OF THE SERVICE.'), 'ToS;DR Movie Finder, shortened').not.toContain('shares-for-advertising');
    expect(idsOf('OK No cookies please May we use cookies to analyse traffic and deliver non-personalized ads?'), 'ToS;DR Sejda').not.toContain('shares-for-advertising');
    expect(idsOf('Newsletters and Website Emails: We offer free newsletters to share information with you about the Website, about us and our affiliates and subsidiaries, or about our marketing partners and advertisers and sponsors.'), 'OPP-115 359_vikings').not.toContain('shares-for-advertising');
    expect(idsOf('We and/or our partners may also use cookies for delivering personalized advertising emails.'), 'ToS;DR Your Custom Meal Plan').toContain('shares-for-advertising');
    expect(idsOf('We offer free newsletters to share information with you about our products, and we share your email address with our advertisers.')).toContain('shares-for-advertising');
  });

  it('advertisers the company takes no responsibility for, and cookie information shared with the company, are no sharing with advertisers (round 26)', () => {
    expect(idsOf('Overwolf takes no responsibility for third party advertisements which are posted on this Site or through the Services, nor does it take any responsibility for the goods or services provided by its advertisers.'), 'ToS;DR Overwolf Terms of Use').not.toContain('shares-for-advertising');
    expect(idsOf('This tool gives you the ability to choose to share Functional and Advertising cookie information with us.'), 'ToS;DR FamilyTreeDNA Cookie Policy').not.toContain('shares-for-advertising');
    // A disclaimer does not undo a sharing or a collection the same sentence states.
    expect(idsOf('Third-party advertisers, links, websites and third-party apps (like Rafflecopter, Gleam, and others) may ask your email, or other information, and also create and access cookies, which will be subject to their privacy policies – we accept no responsibility or liability for the use of such third parties’ websites.'), 'ToS;DR Free Steam Keys').toContain('shares-for-advertising');
    expect(idsOf('We share your browsing history with our advertising partners, and we take no responsibility for how they use it.')).toContain('shares-for-advertising');
  });

  it('a sending verb the user is bound not to use, and advertisers named in a warranty or liability disclaimer, are no sharing (round 27)', () => {
    expect(idsOf('Except as authorized in this Agreement or otherwise expressly authorized in writing by us or the applicable retail partners, advertisers, Content authors, or other users, you agree not to distribute or otherwise transfer, modify, or create derivative works based on the Services, the Software, or the Content, in whole or in part.'), 'ToS;DR Astronomer Terms of Use').not.toContain('shares-for-advertising');
    expect(idsOf('You agree not to disclose information you obtain from us and or from our clients, advertisers, suppliers and forum members.'), 'ToS;DR USA Carry Terms').not.toContain('shares-for-advertising');
    expect(idsOf('In addition, you acknowledge and agree that all in-house and third-party advertising will be selected by GoDaddy and its advertising partners, as appropriate, and you will not be permitted to customize the advertising, or entitled to any compensation in exchange therefor.'), 'ToS;DR GoDaddy Domain Name Registration Agreement').not.toContain('shares-for-advertising');
    expect(idsOf('Any dealings you have with advertisers while using the Services, including through engaging with interactive advertisements, are between you and the advertiser, and you agree that Hulu is not liable for any loss or claim that you may have against an advertiser.'), 'ToS;DR Hulu Terms of Use').not.toContain('shares-for-advertising');
    expect(idsOf('SKIMBLE AND ITS AFFILIATES, LICENSORS, SUPPLIERS, ADVERTISERS, SPONSORS AND AGENTS DO NOT WARRANT THAT YOUR USE OF THE SERVICES WILL BE UNINTERRUPTED, ERROR-FREE OR SECURE, THAT DEFECTS WILL BE CORRECTED, OR THAT THE SERVICES, THE SUBMISSIONS, THE SERVER(S) ON WHICH THE SERVICES ARE HOSTED, OR ANY SOFTWARE ARE FREE OF VIRUSES OR OTHER HARMFUL COMPONENTS.'), 'ToS;DR skimble Terms of Use (shortened)').not.toContain('shares-for-advertising');
    expect(idsOf('NO OPINION, ADVICE OR STATEMENT OF SKIMBLE OR ITS AFFILIATES, LICENSORS, SUPPLIERS, ADVERTISERS, SPONSORS, AGENTS, MEMBERS OR VISITORS, WHETHER MADE THROUGH THE USE OF THE SERVICES, OR ON THIRD PARTY PLATFORMS OR OTHERWISE, SHALL CREATE ANY WARRANTY.'), 'ToS;DR skimble Terms of Use').not.toContain('shares-for-advertising');
    // The company's own sending stays, beside a disclaimer or a duty the user has.
    expect(idsOf('We share your email address with our advertising partners, and we are not liable for their use of it.')).toContain('shares-for-advertising');
    expect(idsOf('We use your browsing history for targeted advertising; you may not use the Service if you object.')).toContain('shares-for-advertising');
    expect(idsOf('You agree not to disclose your password, and we share your device identifier with our advertising partners.')).toContain('shares-for-advertising');
  });
});
