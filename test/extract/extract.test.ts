import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractFromDocument, extractFromText, decodeCfEmail, guessLang } from '../../lib/extract';
import { prepareClone } from '../../lib/extract/01-clone';
import { readBlocks } from '../../lib/extract/03-blocks';

const page = (body: string, head = '<title>Privacy Policy</title>', lang = 'en'): Document =>
  new JSDOM(`<!DOCTYPE html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`, { url: 'https://example.com/privacy' }).window.document;

const POLICY = `
  <nav><a href="/">Home</a> <a href="/about">About</a></nav>
  <main><article>
    <h1>Privacy Policy</h1>
    <p>Last updated: May 1, 2020. This Privacy Policy explains how Acme Inc. collects, uses and shares personal information.</p>
    <h2>Information We Collect</h2>
    <p>We collect information you provide, e.g. your name and email address. We also collect device data automatically.</p>
    <ul><li>Contact details such as name and email</li><li>Usage data, i.e. pages you visit</li></ul>
    <h2>Your Rights</h2>
    <h3>California residents</h3>
    <p>You may request access to or deletion of your personal information. We do not sell personal information.</p>
    <h2>Contact Us</h2>
    <p>Email us at <a href="/cdn-cgi/l/email-protection#a4d4d6cdd2c5c7dde4c5c7c9c18ac7cbc9" class="__cf_email__">[email&#160;protected]</a> or
       <span class="__cf_email__" data-cfemail="a4d4d6cdd2c5c7dde4c5c7c9c18ac7cbc9">[email&#160;protected]</span>.</p>
  </article></main>
  <footer>© Acme</footer>`;

describe('extractFromDocument', () => {
  it('keeps headings with their level, list items and sections with heading paths', () => {
    const x = extractFromDocument(page(POLICY), 'https://example.com/privacy');
    expect(x.method).not.toBe('none');
    const headings = x.blocks.filter((b) => b.kind === 'heading').map((b) => [b.level, b.text]);
    expect(headings).toContainEqual([2, 'Information We Collect']);
    expect(headings).toContainEqual([3, 'California residents']);
    expect(x.blocks.filter((b) => b.kind === 'list-item').map((b) => b.text)).toEqual(['Contact details such as name and email', 'Usage data, i.e. pages you visit']);
    const california = x.sections.find((s) => s.heading === 'California residents')!;
    expect(california.headingPath.slice(-2)).toEqual(['Your Rights', 'California residents']);
    const texts = california.sentences.map((id) => x.sentences[id]!.text);
    expect(texts).toContain('We do not sell personal information.');
    expect(x.sentences.find((s) => s.text.startsWith('Contact details'))?.isListItem).toBe(true);
  });

  it('decodes Cloudflare email obfuscation in links and data-cfemail elements', () => {
    const x = extractFromDocument(page(POLICY), 'https://example.com/privacy');
    const contact = x.sentences.find((s) => s.text.startsWith('Email us'))!;
    expect(contact.text).toBe('Email us at privacy@acme.com or privacy@acme.com.');
  });

  it('gives selectors that find each sentence in the ORIGINAL document', () => {
    const doc = page(POLICY);
    const x = extractFromDocument(doc, 'https://example.com/privacy');
    for (const s of x.sentences) {
      expect(s.locator.selector, s.text).not.toBeNull();
      const el = doc.querySelector(s.locator.selector!);
      expect(el, `${s.locator.selector} must exist`).not.toBeNull();
      // The original page still has the obfuscated email: compare the words before it.
      const probe = s.text.split(/privacy@acme\.com/)[0]!.slice(0, 25).trim();
      expect((el!.textContent ?? '').replace(/\s+/g, ' '), `selector of "${s.text}"`).toContain(probe);
    }
  });

  it('never modifies the live document', () => {
    const doc = page(POLICY);
    const before = doc.documentElement.outerHTML;
    extractFromDocument(doc, 'https://example.com/privacy');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reads a copy with the page URL, doctype and <head>, without scripts or styles, whose nodes are not the page', () => {
    const doc = page(`<script>var x = 1;</script><style>p { color: red }</style>${POLICY}<noscript>Enable JS</noscript>`, '<title>Privacy Policy</title><style>body { margin: 0 }</style><base href="https://example.com/legal/">');
    const prepared = prepareClone(doc)!;
    const copy = prepared.doc;
    expect(copy).not.toBe(doc);
    expect(copy.URL).toBe('https://example.com/privacy');
    expect(copy.baseURI).toBe('https://example.com/legal/');
    expect(copy.doctype?.name).toBe('html');
    expect(copy.title).toBe('Privacy Policy');
    expect(copy.querySelectorAll('script, style, noscript').length).toBe(0);
    expect(doc.querySelectorAll('script, style, noscript').length).toBe(4);
    expect(copy.body.contains(doc.querySelector('h1'))).toBe(false);
    expect(copy.querySelector('h1')?.ownerDocument).toBe(copy);
    // Selectors are paths in the original page, counted before the scripts were dropped from the copy.
    const h1Selector = prepared.selectors.get(copy.querySelector('h1')!.firstChild!)!;
    expect(doc.querySelector(h1Selector)).toBe(doc.querySelector('h1'));
  });

  it('falls back to the body when Readability keeps too little of a list-heavy page', () => {
    const items = Array.from({ length: 60 }, (_, i) => `<li>We may collect category ${i + 1} of personal information from you</li>`).join('');
    const doc = page(`<div><h1>Privacy</h1><p>Short intro about this privacy notice for you.</p></div><div><ul>${items}</ul></div>`);
    const x = extractFromDocument(doc, '');
    expect(x.blocks.filter((b) => b.kind === 'list-item').length).toBe(60);
  });

  it.each([
    ['an empty document', () => new JSDOM('').window.document],
    ['a document without body text', () => page('')],
    ['a document with only scripts', () => page('<script>var a = "We collect";</script><style>p{}</style>')],
    ['binary garbage', () => new JSDOM('\u0000\u0001\u0002\uFFFD\u0007 \u0000').window.document],
  ])('returns method "none" and no sentences for %s', (_name, make) => {
    const x = extractFromDocument(make(), '');
    expect(x.method).toBe('none');
    expect(x.sentences).toEqual([]);
  });

  it('does not throw on a document whose body was removed', () => {
    const doc = page('<p>text</p>');
    doc.documentElement.removeChild(doc.body);
    expect(extractFromDocument(doc, '').method).toBe('none');
  });

  it('handles a huge page linearly', () => {
    const para = '<p>We collect your name, e.g. when you register. We use it to provide the service to you.</p>';
    const doc = page(`<h1>Privacy Policy</h1>${para.repeat(3000)}`);
    const t0 = performance.now();
    const x = extractFromDocument(doc, '');
    expect(x.sentences.filter((s) => !s.isHeading).length).toBe(6000);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });

  it('reads the declared language, and trusts the text when it clearly contradicts it', () => {
    const german = '<p>Wir verarbeiten Ihre personenbezogenen Daten nur, wenn dies für die Bereitstellung der Website erforderlich ist und Sie eingewilligt haben. Die Daten werden nicht an Dritte weitergegeben und nach Zweckfortfall gelöscht.</p>';
    expect(extractFromDocument(page(german, '<title>Datenschutz</title>', 'de-DE'), '').lang).toBe('de');
    const mislabeled = extractFromDocument(page(german, '<title>Datenschutz</title>', 'en'), '');
    expect(mislabeled.lang).toBe('de');
    expect(mislabeled.langContradicted).toBe(true);
  });
});

describe('extractFromText', () => {
  it('reads Markdown headings, lists and paragraphs', () => {
    const md = '# Privacy Policy\n\nWe collect **personal data** when you [sign up](https://x.com).\n\n## Your rights\n\n- Access your data\n- Delete your data\n1. Object to processing\n\nContact us at privacy@x.com.';
    const x = extractFromText(md, { title: '', url: '', format: 'md' });
    expect(x.method).toBe('text');
    expect(x.title).toBe('Privacy Policy');
    expect(x.sections.map((s) => s.heading)).toEqual(['Privacy Policy', 'Your rights']);
    expect(x.sentences.filter((s) => s.isListItem).map((s) => s.text)).toEqual(['Access your data', 'Delete your data', 'Object to processing']);
    expect(x.sentences.map((s) => s.text)).toContain('We collect personal data when you sign up.');
  });

  it('reads plain text: blank-line paragraphs, short unpunctuated lines as headings, hard-wrapped lines joined', () => {
    const txt = 'PRIVACY POLICY\n\nInformation We Collect\n\nWe collect your name and\nemail address when you register. We use it to\nsend you updates.\n\n• Your name\n• Your email\n\nContact Us\nWrite to privacy@example.com.';
    const x = extractFromText(txt, { title: 'Example', url: '', format: 'txt' });
    expect(x.sections.map((s) => s.heading)).toEqual(['PRIVACY POLICY', 'Information We Collect', 'Contact Us']);
    expect(x.sentences.map((s) => s.text)).toContain('We collect your name and email address when you register.');
    expect(x.sentences.filter((s) => s.isListItem).map((s) => s.text)).toEqual(['Your name', 'Your email']);
  });

  it('gives "und" and no sentences for empty or binary input', () => {
    for (const input of ['', '   \n\n', '\u0000\u0000\u0000']) {
      const x = extractFromText(input, { title: '', url: '', format: 'txt' });
      expect(x.method).toBe('none');
      expect(x.sentences).toEqual([]);
      expect(x.lang).toBe('und');
    }
  });
});

describe('helpers', () => {
  it('decodes data-cfemail hex and rejects garbage', () => {
    expect(decodeCfEmail('a4d4d6cdd2c5c7dde4c5c7c9c18ac7cbc9')).toBe('privacy@acme.com');
    expect(decodeCfEmail('zz')).toBe('');
    expect(decodeCfEmail('a4d4')).toBe('');
  });

  it.each([
    ['We collect your personal information and we share it with the partners that are listed in this policy.', 'en'],
    ['Nous collectons vos données personnelles pour les finalités décrites dans la présente politique et nous ne les vendons pas.', 'fr'],
    ['Recopilamos sus datos personales para los fines descritos en esta política y no los vendemos a terceros con los que trabajamos.', 'es'],
    ['Wij verzamelen uw persoonsgegevens voor de doeleinden die in deze verklaring worden beschreven en wij verkopen ze niet.', 'nl'],
    ['Too short.', 'und'],
  ])('guesses the language of %j', (text, lang) => {
    expect(guessLang([text]).lang).toBe(lang);
  });
});

describe('guessLang by script', () => {
  it.each([
    ['これは日本語の文章です。個人情報の取り扱いについて説明します。当社はお客様の個人情報を適切に管理し、第三者に提供することはありません。', 'ja'],
    ['我们非常重视您的隐私。本隐私政策说明我们如何收集、使用和共享您的个人信息，以及您享有的权利和选择方式。', 'zh'],
    ['Мы собираем персональные данные только с вашего согласия и не передаем их третьим лицам без законных оснований.', 'ru'],
    ['Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip.', 'la'],
  ])('guesses %j', (text, lang) => {
    expect(guessLang([text]).lang).toBe(lang);
  });
});

describe('block links', () => {
  const LINKS = `
    <nav><a href="/contact">Contact</a></nav>
    <main><article>
      <h1>Privacy Policy</h1>
      <p>${'We use the information we collect to provide, maintain and improve our services. '.repeat(12)}</p>
      <h2>Contact <a href="mailto:dpo@acme.com">our DPO</a></h2>
      <p>Please <a href="mailto:Privacy%40Acme.com?subject=Hi">email our privacy team</a>, <a href="/contact?subject=privacy">contact us</a>
         or <a href="https://privacyportal.onetrust.com/webform/abc">submit a request</a>.
         <a href="javascript:void(0)">Open the form</a>, <a href="#top">back to top</a>, <a href="tel:+18005550199">call us</a>
         or <a href="ftp://acme.com/x">download</a>.</p>
      <p>Written without links.</p>
    </article></main>`;
  const expected = [
    { text: 'email our privacy team', href: 'mailto:Privacy%40Acme.com?subject=Hi' },
    { text: 'contact us', href: 'https://example.com/contact?subject=privacy' },
    { text: 'submit a request', href: 'https://privacyportal.onetrust.com/webform/abc' },
  ];

  it('keeps mailto: and http(s) links with absolute hrefs, never javascript:, tel: or in-page anchors (Readability path)', () => {
    const x = extractFromDocument(page(LINKS), 'https://example.com/privacy');
    expect(x.method).toBe('readability');
    const para = x.blocks.find((b) => b.text.startsWith('Please email'))!;
    expect(para.links, 'the links of the paragraph, in order').toEqual(expected);
    expect(x.blocks.find((b) => b.text === 'Contact our DPO')?.links, 'a heading keeps its link').toEqual([{ text: 'our DPO', href: 'mailto:dpo@acme.com' }]);
    expect(x.blocks.find((b) => b.text === 'Written without links.'), 'blocks without links have no field').not.toHaveProperty('links');
  });

  it('keeps the same links in the body walk, and none from the skipped navigation', () => {
    const prepared = prepareClone(page(LINKS))!;
    const blocks = readBlocks(prepared.doc.body, 'body', prepared.selectors);
    expect(blocks.find((b) => b.text.startsWith('Please email'))?.links).toEqual(expected);
    expect(blocks.flatMap((b) => b.links ?? []).map((l) => l.text)).not.toContain('Contact');
  });

  it('reads a short table row as one row, and keeps the cells of a long (layout) row apart', () => {
    // The shape of the U.S. banks' "FACTS" privacy notice: a header cell, then a cell of several sentences.
    const long = 'Financial companies choose how they share your personal information. Federal law gives consumers the right to limit some but not all sharing. '.repeat(3);
    const prepared = prepareClone(page(`<table><tr><th>Why?</th><td>${long}</td></tr><tr><td>For nonaffiliates to market to you</td><td>Yes</td><td>Yes</td></tr><tr><th>To limit our sharing</th><td>Call 1-800-555-0199. ${long}</td></tr></table>`))!;
    const texts = readBlocks(prepared.doc.body, 'body', prepared.selectors).map((b) => b.text);
    expect(texts).toContain('For nonaffiliates to market to you | Yes | Yes');
    expect(texts).toContain('Why?');
    expect(texts).toContain('To limit our sharing');
    expect(texts.some((t) => t.startsWith('Financial companies choose')), 'the long cell is a block of its own, not glued to "Why?"').toBe(true);
  });

  it('resolves relative links against a <base href> in either walk', () => {
    const doc = page(LINKS, '<title>Privacy Policy</title><base href="https://acme.com/legal/">');
    const prepared = prepareClone(doc)!;
    const href = (blocks: { text: string; links?: { href: string }[] }[]) => blocks.find((b) => b.text.startsWith('Please email'))?.links?.[1]?.href;
    expect(href(readBlocks(prepared.doc.body, 'body', prepared.selectors))).toBe('https://acme.com/contact?subject=privacy');
    expect(href(extractFromDocument(doc, 'https://example.com/privacy').blocks)).toBe('https://acme.com/contact?subject=privacy');
  });

  it('gives the decoded address of a Cloudflare-protected link', () => {
    const x = extractFromDocument(page(POLICY), 'https://example.com/privacy');
    expect(x.blocks.find((b) => b.text.startsWith('Email us'))?.links).toEqual([{ text: 'privacy@acme.com', href: 'mailto:privacy@acme.com' }]);
  });

  it('finds no links in plain text', () => {
    expect(extractFromText('Email privacy@acme.com or see https://acme.com/contact.', { title: '', url: '', format: 'txt' }).blocks.some((b) => b.links)).toBe(false);
  });
});
