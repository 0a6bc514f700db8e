import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readPageMeta } from '../../lib/detect/page-meta';
import { detectCandidate } from '../../lib/detect/stage1';
import { POLICY_THRESHOLD, policyThreshold, scorePolicyText } from '../../lib/detect/stage2';
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
