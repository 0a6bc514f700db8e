import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readPageMeta } from '../../lib/detect/page-meta';
import { detectCandidate } from '../../lib/detect/stage1';
import { POLICY_THRESHOLD, documentName, policyFeatures, policyThreshold, scorePolicyText } from '../../lib/detect/stage2';
import { extractFromText } from '../../lib/extract';
import type { PageMeta } from '../../lib/types';

const meta = (m: Partial<PageMeta>): PageMeta => ({ url: '', title: '', headings: [], canonical: '', ogTitle: '', ogType: '', lang: '', ...m });

describe('readPageMeta', () => {
  it('reads title, the first h1-h3, canonical, og tags and lang without touching the page', () => {
    const doc = new JSDOM(
      `<html lang="en-GB"><head><title> Privacy Notice | Acme </title><link rel="canonical" href="https://acme.com/legal/privacy">
       <meta property="og:title" content="Acme Privacy Notice"><meta property="og:type" content="website"></head>
       <body><h1>Privacy Notice</h1><h2>What we collect</h2><h3>Cookies</h3><h4>ignored</h4></body></html>`,
    ).window.document;
    const before = doc.documentElement.outerHTML;
    expect(readPageMeta(doc, { href: 'https://acme.com/privacy' })).toEqual({
      url: 'https://acme.com/privacy',
      title: 'Privacy Notice | Acme',
      headings: ['Privacy Notice', 'What we collect', 'Cookies'],
      canonical: 'https://acme.com/legal/privacy',
      ogTitle: 'Acme Privacy Notice',
      ogType: 'website',
      lang: 'en-gb',
    });
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('detectCandidate (stage 1)', () => {
  it.each([
    ['https://www.sci-news.com/privacy-policy.html', '', true],
    ['https://twitter.com/en/privacy', '', true],
    ['https://www.example.de/datenschutz', '', true],
    ['https://www.example.de/datenschutzerklaerung/', '', true],
    ['https://imgur.com/ccpa', '', true],
    ['https://www.experian.com/privacy/california-consumer-privacy', '', true],
    ['https://example.com/legal', 'Privacy Policy - SalesIntel', true],
    ['https://example.com/about', 'Politique de confidentialité', true],
    ['https://example.com/terms', 'Terms of Service', false],
    ['https://example.com/blog/2018/why-privacy-matters', 'Why privacy matters | Blog', false],
    ['https://www.aclu.org/news/facebook-tracking', 'Facebook Is Tracking Me Even Though I’m Not on Facebook', false],
    ['https://example.com/refund-policy', 'Refund Policy', false],
    ['https://example.com/', 'Example Domain', false],
  ])('%s titled %j is a candidate: %s', (url, title, expected) => {
    expect(detectCandidate(meta({ url, title })).candidate).toBe(expected);
  });

  it('finds more candidates at higher sensitivity', () => {
    const weak = meta({ url: 'https://example.com/blog/privacy-tips' });
    expect(detectCandidate(weak, { sensitivity: 0.5 }).candidate).toBe(false);
    expect(detectCandidate(weak, { sensitivity: 1 }).candidate).toBe(true);
  });

  it('runs in microseconds', () => {
    const m = meta({ url: 'https://www.example.com/legal/privacy-policy?x=1', title: 'Privacy Policy | Example', headings: ['Privacy Policy', 'Information we collect'] });
    const t0 = performance.now();
    for (let i = 0; i < 10_000; i++) detectCandidate(m);
    expect((performance.now() - t0) / 10_000).toBeLessThan(0.05);
  });
});

const policyText = `Privacy Policy

This Privacy Policy describes how we collect, use and share your personal information when you use our services.

Information We Collect

We collect information you provide to us, such as your name, email address and postal address. We also collect information automatically, including your IP address and device identifiers, using cookies.

How We Use Your Information

We use your personal information to provide and improve the services, to communicate with you and for security. We do not sell your personal information.

Sharing

We may share your personal information with service providers who process it on our behalf, and when required by law.

Your Rights

You may access, correct or delete your personal information by contacting us. You can opt out of marketing emails at any time.

Retention

We retain personal information for as long as necessary to provide the services, and delete it after 2 years of inactivity.

Contact Us

If you have questions about this Privacy Policy, contact us at privacy@example.com.`;

const termsText = `Terms of Service

By accessing or using the Service you agree to be bound by these Terms. If you disagree with any part of the terms then you may not access the Service.

Accounts

You are responsible for safeguarding the password that you use to access the Service. We may terminate or suspend your account immediately, without prior notice or liability, for any reason whatsoever, including without limitation if you breach the Terms.

Intellectual Property

The Service and its original content, features and functionality are and will remain the exclusive property of the Company and its licensors.

Limitation of Liability

In no event shall the Company be liable for any indirect, incidental, special, consequential or punitive damages. The Service is provided on an "as is" basis without warranties of any kind.

Governing Law

These Terms shall be governed by the laws of the State of California. Any dispute shall be resolved by binding arbitration.`;

const articleText = `Facebook Is Tracking Me Even Though I'm Not on Facebook

I don't use Facebook. I'm not technophobic — I'm a geek. But Facebook and other massive web companies represent a strong push toward unaccountable centralized social control.

The Cambridge Analytica scandal is one instance of this long-running problem with what I call the "surveillance economy." Facebook records this group of people as my contacts, even though I've never agreed to this kind of data collection.

A spokesman said the company was reviewing its practices, according to a report published on Tuesday. Critics told reporters that the company should stop.`;

const refundText = `Refund Policy

Our refund policy lasts 30 days. If 30 days have gone by since your purchase, we can't offer you a refund or exchange.

To be eligible for a return, your item must be unused and in the same condition that you received it. Once your return is received and inspected, we will send you an email to notify you that we have received your returned item.

If you are approved, then your refund will be processed, and a credit will automatically be applied to your credit card within a certain amount of days.`;

describe('scorePolicyText (stage 2)', () => {
  const score = (text: string, url = '', title = '') => {
    const x = extractFromText(text, { title, url, format: 'txt' });
    return scorePolicyText(x, detectCandidate(meta({ url, title: x.title, headings: x.sections.map((s) => s.heading) })));
  };

  it('says yes to a privacy policy, with the signals that decided', () => {
    const d = score(policyText, 'https://example.com/privacy');
    expect(d.isPolicy).toBe(true);
    expect(d.stage).toBe(2);
    expect(d.score).toBeGreaterThan(0.8);
    expect(d.signals.map((s) => s.name)).toEqual(expect.arrayContaining(['url-path', 'practice', 'personal']));
  });

  it.each([
    ['terms of service', termsText],
    ['an article about privacy', articleText],
    ['a refund policy', refundText],
  ])('says no to %s', (_name, text) => {
    const d = score(text);
    expect(d.isPolicy).toBe(false);
    expect(d.score).toBeLessThan(0.5);
  });

  it('says no when there is no text, and never throws', () => {
    const d = score('');
    expect(d.isPolicy).toBe(false);
    expect(d.score).toBe(0);
  });

  it('raises or lowers the bar with sensitivity (default 0.5 is the tuned threshold)', () => {
    expect(policyThreshold(1)).toBeLessThan(policyThreshold(0.5));
    expect(policyThreshold(0.5)).toBe(POLICY_THRESHOLD);
    expect(policyThreshold(0)).toBeGreaterThan(policyThreshold(0.5));
    const x = extractFromText(articleText, { title: '', url: '', format: 'txt' });
    for (const sensitivity of [0, 0.5, 1]) {
      const d = scorePolicyText(x, detectCandidate(meta({})), { sensitivity });
      expect(d.isPolicy).toBe(d.score >= policyThreshold(sensitivity));
    }
  });
});

// Short real policies the dev-only fit missed (OPP-115 original_policies, train/dev policies), quoted whole.
const solarviewsPolicy = `Privacy Statement
We allow third-party companies to serve ads and/or collect certain anonymous information when you visit our web site. These companies may use non-personally identifiable information (e.g., click stream information, browser type, time and date, subject of advertisements clicked or scrolled over) during your visits to this and other Web sites in order to provide advertisements about goods and services likely to be of greater interest to you. These companies typically use a cookie or third party web beacon to collect this information. To learn more about this behavioral advertising practice or to opt-out of this type of advertising, you can visit networkadvertising.org.`;

const eatchickenPolicy = `Privacy Policy
For each visitor to our Web site, or Web server automatically recognizes only the consumer's domain name, operating system, and web browser version but not the e-mail address. Cookies are generated and placed on your computer when you visit a Web site. They make your return visits to a Web site more convenient. We do not use cookies to collect personal information, and we do not use cookies to retrieve information from your computer for purposes that are unrelated to the Web site or your interaction with the Web site.

Disclaimer
The information provided is "as is" with all faults and without warranty of any kind, expressed or implied. National Chicken Council (NCC) makes no warranties or representations regarding the accuracy or completeness of the information contained herein.

NCC has provided links to other Internet sites only for the convenience of World-Wide Web users, and is not responsible for the materials, activities or content of other sites. NCC does not endorse, warrant or guarantee any products or services described or offered at these companies, addresses, or Web sites.`;

const dogBreedInfoPolicy = `Privacy Policy
Dog Breed Info Center® does not collect or use your personal information, except in limited circumstances. When submitting photos, listing in our classifieds, or taking our survey, Dog Breed Info Center® may collect your name, email address, home address and/or phone number. However, Dog Breed Info Center® will not sell this information or your photos to a third party or place you on a mailing list without your express permission. Dog Breed Info Center® does not collect cookies from its users. This is strictly an information site used for research and your enjoyment.

Dog Breed Info Center® uses Google AdSense, which allows third-party vendors to serve ads on our website.`;

// A terms page with a one-line privacy section (ToS;DR, Wappalyzer terms of service, dev part), up to its liability section.
const termsWithPrivacySection = `Terms of service

Terms of service

These Wappalyzer terms of service (the 'Terms') describe your rights and responsibilities when using our website, software and APIs (collectively, 'Services').

Privacy

You consent to Wappalyzer's privacy policy, which explains how we collect and use the information you provide to us.

Prohibitions on content

You must not reproduce, duplicate, copy, sell, resell, or otherwise exploit our website or material on our website for a commercial purpose, without our consent.

Account registration

When you open an account we will ask you for information, which may include your name and other personal information.

You must provide accurate and complete information in response to our questions, and you must keep that information current.

You are fully responsible for all activity that occurs under your account, including for any actions taken by persons to whom you have granted access to the account.

We reserve the right to suspend or terminate the account.

Using our data services Permitted access

You will only access (or attempt to access) an API by the means described in the documentation of that API.

API limitations

Wappalyzer sets and enforces limits on your use of the APIs (e.g. limiting the number of API requests that you may make or the number of users you may serve), in our sole discretion.

You agree to, and will not attempt to circumvent, such limitations documented with each API.

Restrictions

The data provided to you as part of our commercial Services is licensed, not sold.

You may not sublicense, resell or share the data without explicit permission in writing from Wappalyzer.

Do not use contact details included in the data to send spam.

Payment for services

Wappalyzer may offer Services to be paid for on a recurring basis or on an one-off basis.

Subscriptions may subject you to recurring fees.

You may cancel your subscription at any time.

You accept that if you no longer require the service it is your responsibility to cancel your subscription.

Cancellation functions are available via your Wappalyzer account.

Refunds

You cannot get a refund if you change your mind.

Your rights for payment of services are protected under Australian consumer law if your purchase is faulty or doesn't provide what is promised.

Publicity

You grant us the right to use your company name and logo as a reference for marketing or promotional purposes on our website and in other public or private communications with our existing or potential developers and customers, subject to your standard trademark usage guidelines.

Disclaimer of warranties

Our Services are provided on an 'as is' and 'as available' basis without warranties of any kind.

You acknowledge that we do not warrant that the Services will be uninterrupted, timely, secure or error-free.

Limitation of liability

In no event will we have any liability to you or to any third party for any lost profits or revenues or for any damages however caused.`;

describe('stage 2 on short policies and terms with a privacy section', () => {
  const read = (text: string, url = '') => {
    const x = extractFromText(text, { title: '', url, format: 'txt' });
    return { x, d: scorePolicyText(x, detectCandidate(meta({ url, title: x.title, headings: x.sections.map((s) => s.heading) }))) };
  };

  it.each([
    ['a 104-word ad-cookie statement (solarviews.com)', solarviewsPolicy, 'http://solarviews.com/eng/privacy.htm'],
    ['a 180-word cookie policy followed by a disclaimer (eatchicken.com)', eatchickenPolicy, 'http://www.eatchicken.com/privacy-policy.aspx'],
    ['a policy in the third person: "does not collect", "may collect", "will not sell" (dogbreedinfo.com)', dogBreedInfoPolicy, ''],
  ])('says yes to %s', (_name, text, url) => {
    const { x, d } = read(text, url);
    expect(x.words, 'it is a short policy').toBeLessThan(250);
    expect(d.isPolicy).toBe(true);
  });

  it('says no to terms of service that mention privacy, accounts and personal information in passing', () => {
    const { x, d } = read(termsWithPrivacySection);
    expect(d.isPolicy).toBe(false);
    expect(policyFeatures(x, 0).privacyShare, 'most passages read like terms').toBeLessThan(0.5);
  });

  it('reads the policy passages of a terms page that ends with a full privacy policy', () => {
    const combined = read(`${termsText}\n\n${policyText}`).x;
    const terms = read(termsText).x;
    expect(policyFeatures(combined, 0).privacyShare).toBeGreaterThan(policyFeatures(terms, 0).privacyShare);
  });

  it('does not let a long menu dilute the policy: rates count prose words only', () => {
    // Navigation lines of a real page (OPP-115 1206, dcccd.edu) above its policy.
    const menu = 'Why Our Colleges?\n\nAbout DCCCD\n\nClasses & Degrees\n\nPaying for College\n\nSchedules\n\nStudent Services\n\nBusiness/Community\n\nDonate to DCCCD\n\n'.repeat(20);
    const plain = policyFeatures(read(policyText).x, 0);
    const withMenu = policyFeatures(read(`${menu}\n${policyText}`).x, 0);
    expect(withMenu.personal).toBeCloseTo(plain.personal, 1);
    expect(withMenu.practice).toBeCloseTo(plain.practice, 1);
  });
});

// What a document calls itself at its top, and what it tells the reader they can do: real openings and sentences
// of ToS;DR documents and OPP-115 policies (train/dev parts).
describe('stage 2: the document name at the top and the reader-rights voice', () => {
  const features = (text: string, title = '') => policyFeatures(extractFromText(text, { title, url: '', format: 'txt' }), 0);

  it.each([
    ['Privacy Policy\n\nEffective Date: 10/14/2020\n\nThank you for visiting our Privacy Policy.', '', 1, 0],
    ['itch.io Privacy Policy\n\nThis Privacy Policy was last modified on May 24, 2018.\n\nIntroduction', '', 1, 0],
    ['Geekdo takes your privacy seriously. Please read the following to learn more about our privacy policy.', 'Privacy Policy | BoardGameGeek', 1, 0],
    ['Terms of service\n\nLast updated: October 5, 2022\n\n1. About our site & services', '', 0, 1],
    ['Please read this agreement carefully before using the site.', 'Steam Gifts Terms of Service', 0, 1],
    ['Refund Policy\n\nOur refund policy lasts 30 days.', '', 0, 1],
    ['Impressum\n\nAngaben gemäß § 5 TMG', '', 0, 1],
    ['Privacy and policy\n\nPlease review the following terms.\n\n14th August 2018.', '', 1, 1],
    ["Welcome to QuestionCove!\n\nShow respect for people on the site, don't be rude.", '', 0, 0],
    // A name further down, in a long sentence, is prose and not the name.
    ['Welcome to our shop, where you will find everything you need for your garden and your home and more.\n\nWe explain our terms below and in our privacy policy, which we update from time to time.', '', 0, 0],
  ])('%j titled %j: names privacy %i, names another document %i', (text, title, privacy, other) => {
    const f = features(text, title);
    expect(f.namesPrivacy).toBe(privacy);
    expect(f.namesOther).toBe(other);
  });

  it('finds the name among the first sentences only', () => {
    const prose = 'We sell garden tools and furniture from our shop in the town centre every day. '.repeat(20).trim().split('. ').join('.\n\n');
    expect(documentName(extractFromText(`${prose}\n\nPrivacy Policy`, { title: '', url: '', format: 'txt' }))).not.toContain('privacy');
  });

  it.each([
    ['You can opt out of marketing emails at any time.', true],
    ['You may request access to the personal information we hold about you.', true],
    ['You have the right to withdraw your consent at any time.', true],
    ['You must not reproduce, duplicate, copy, sell, resell, or otherwise exploit our website.', false],
    ['If you disagree with any part of the terms then you may not access the Service.', false],
    ["You can't delete a post once it has been shared.", false],
  ])('%j counts as a reader right: %s', (sentence, expected) => {
    expect(features(`${sentence} ${'We run a small shop and a website for our customers and their friends. '.repeat(3)}`).readerRights > 0).toBe(expected);
  });

  it('a privacy section is a small share of all the passages of a long terms page, most of a policy', () => {
    const terms = features(termsWithPrivacySection);
    const policy = features(policyText);
    expect(terms.privacyPassages).toBeLessThan(0.5);
    expect(policy.privacyPassages).toBeGreaterThan(terms.privacyPassages);
  });
});

describe('stage 2 patterns found by a literal first count what the single patterns they replace counted', () => {
  // The self-reference pattern as it was, tried at every position; stage 2 now finds the last word and looks back.
  const SELF_REFERENCE_BEFORE =
    /\b(?:this|our|the) (?:online )?(?:privacy|data protection|data|cookie) (?:policy|notice|statement|pledge)\b|\bthis (?:policy|notice|statement)\b|diese(?:r)? datenschutzerkl|la présente politique|esta política/g;
  const count = (re: RegExp, text: string) => text.match(re)?.length ?? 0;
  it.each([
    'This Privacy Policy describes how we collect, use and share your personal information.',
    'If you have questions about our online privacy notice or this statement, contact us.',
    'The data protection statement and the cookie policy are part of this notice; see our privacy pledge.',
    'Read the privacy policyholder guide and the insurance policy before you buy this policy.',
    'Diese Datenschutzerklärung gilt für alle Dienste; dieser Datenschutzerklärung stimmen Sie zu.',
    'La présente politique de confidentialité et esta política de privacidad.',
    'Updates to this privacy policy, this privacy policy and this policy.',
    'theprivacy policy, this policy, this data policy notice',
  ])('%j', (sentence) => {
    const x = extractFromText(sentence, { title: '', url: '', format: 'txt' });
    const expected = count(SELF_REFERENCE_BEFORE, [x.title, ...x.sentences.map((s) => s.text)].join('\n').toLowerCase());
    expect(Math.expm1(policyFeatures(x, 0).selfReference)).toBeCloseTo(expected, 6);
  });
});

describe('stage 2 counts five word lists in one pass exactly as five passes did', () => {
  // The five patterns as they were, each its own pass.
  const BEFORE = {
    termsOfService:
      /\bthese terms\b|\bterms of (?:service|use|sale)\b|\bthis agreement\b|\byou agree\b|\bgoverning law\b|\barbitration\b|\bindemnif|\blimitation of liability\b|\bwarrant(?:y|ies)\b|\bdisclaim|\bterminat(?:e|ion)\b|\blicen[cs]e\b|\bintellectual property\b|\bprohibited\b|\bshall\b/g,
    refundDmcaImprint:
      /\brefunds?\b|\breturns? (?:policy|window)\b|\bdmca\b|\bcopyright (?:infringement|agent|owner)\b|\binfring|\bcounter[- ]notice|\bimpressum\b|\bregistered office\b|\bvat (?:id|number|no)\b|\bcommercial register|\bmanaging director|\bhandelsregister|\bcode of conduct\b/g,
    article: /\b(?:said|says|according to|reported|told|spokes(?:man|woman|person)|wrote|writes|interview)\b/g,
    howTo: /\b(?:click|tap|toggle|select|go to|navigate to|scroll|menu|button)\b/g,
    yourData:
      /\byour (?:personal |contact |account |usage |location )?(?:information|data|details|choices|rights|consent|preferences|privacy|email address|ip address|device)\b|\b(?:ihre|vos|sus|i tuoi|uw) (?:daten|données|datos|dati|gegevens)/g,
  };
  const text = [
    'You agree that these terms of service and this agreement govern your personal information and your account data.',
    'To request a refund under our returns policy, click the menu button, go to settings and select your email address.',
    'A spokeswoman said the DMCA counter-notice was reported according to the copyright agent, who wrote about infringement.',
    'Indemnification, disclaimers, termination and the limitation of liability shall survive; the licence is not a warranty.',
    'Impressum: registered office, VAT number, commercial register and managing director; read the code of conduct.',
    'Vos données et ihre Daten: you agreed, youragree, terms of services, navigate to the scrollbar and tap your device.',
  ].join('\n\n');

  it('on a text where the lists sit side by side', () => {
    const x = extractFromText(text, { title: '', url: '', format: 'txt' });
    const lower = [x.title, ...x.sentences.map((s) => s.text)].join('\n').toLowerCase();
    const prose = x.sentences.reduce((n, s) => n + s.text.split(' ').length, 0);
    const words = Math.max(100, Math.min(x.words, prose));
    const f = policyFeatures(x, 0);
    for (const [name, re] of Object.entries(BEFORE)) {
      const expected = lower.match(re)?.length ?? 0;
      expect(expected, name).toBeGreaterThan(0);
      expect(f[name as keyof typeof BEFORE], name).toBeCloseTo(Math.log1p((1000 * expected) / words), 9);
    }
  });
});
