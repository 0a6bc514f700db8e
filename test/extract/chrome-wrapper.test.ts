/**
 * Regression: OPP-115's 1582_www.msn.com.html (an ASP.NET page) read as 0 words. Its whole body sits inside
 * `<form id="aspnetForm">` (next to a hidden __VIEWSTATE input), and the body walk once skipped <form> as page
 * chrome; with no body words, Readability was never even tried. The markup below is a synthetic reduction of
 * that page's structure (the policy prose is made up).
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractFromDocument } from '../../lib/extract';

const PROSE = `
  <h1>Bing and MSN Privacy Statement</h1>
  <p>This privacy statement explains how we collect and use your personal information when you use our search and portal services.</p>
  <h2>Collection of Your Information</h2>
  <p>We collect information when you register, sign in or use our services, such as your name, email address and the searches you make.</p>
  <p>We also collect the address of your computer, the pages you view and the links you click on our sites and on sites of our partners.</p>
  <h2>Use of Your Information</h2>
  <p>We use the information we collect to provide the services you request, to improve our products and to show you relevant advertising.</p>`;

const page = (body: string): Document =>
  new JSDOM(`<!DOCTYPE html><html lang="en-us"><head><title>Bing and MSN Privacy Statement</title></head><body>${body}</body></html>`, {
    url: 'http://www.microsoft.com/privacystatement/en-us/BingandMSN/default.aspx',
  }).window.document;

const words = (doc: Document) => extractFromDocument(doc, doc.URL);

describe('a page wrapped in a chrome-like element', () => {
  it('reads an ASP.NET page whose whole body is one <form>', () => {
    const doc = page(`<form name="aspnetForm" method="post" action="default.aspx" id="aspnetForm">
      <div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QW"></div>
      <div id="mainContent"><div class="article">${PROSE}</div></div></form>`);
    const x = words(doc);
    expect(x.words).toBeGreaterThan(80);
    expect(x.sections.map((s) => s.heading)).toContain('Collection of Your Information');
  });

  for (const [name, open, close] of [
    ['<aside>', '<aside>', '</aside>'],
    ['role="complementary"', '<div role="complementary">', '</div>'],
    ['<nav>', '<nav>', '</nav>'],
  ] as const) {
    it(`still reads the text when the body walk takes the whole page (${name}) for chrome`, () => {
      const x = words(page(`${open}<div class="article">${PROSE}</div>${close}`));
      expect(x.words).toBeGreaterThan(80);
    });
  }

  it('still returns nothing for a page without text', () => {
    const x = words(page('<nav><a href="/">  </a></nav><div></div>'));
    expect(x.words).toBe(0);
    expect(x.method).toBe('none');
  });
});
