/** The address a saved page declares for itself (`declaredUrl`), which the CLI reads the page at when `--url` is not given. */
import { describe, expect, it } from 'vitest';
import { declaredUrl } from '../../cli/inputs';

describe('declaredUrl', () => {
  it.each([
    // Chrome's and Internet Explorer's "Save as" comment (OPP-115's 2015 pages carry it), before anything else.
    ['<!DOCTYPE html>\n<!-- saved from url=(0042)http://www.tulsaworld.com/site/privacy.html -->\n<html><head><link rel="canonical" href="https://tulsaworld.com/privacy"></head>', { url: 'http://www.tulsaworld.com/site/privacy.html', from: 'saved from' }],
    ['<html><head><link rel="canonical" href="https://www.experian.com/privacy/"></head>', { url: 'https://www.experian.com/privacy/', from: 'canonical' }],
    // Attributes in any order, single quotes, an entity in the query, several rel values.
    ["<html><head><link href='https://example.com/p?a=1&amp;b=2' rel='alternate canonical'></head>", { url: 'https://example.com/p?a=1&b=2', from: 'canonical' }],
    ['<html><head><meta content="https://example.com/privacy" property="og:url"></head>', { url: 'https://example.com/privacy', from: 'og:url' }],
    ['<html><head><meta property="og:url" content="https://example.com/a"><link rel=canonical href=https://example.com/b></head>', { url: 'https://example.com/b', from: 'canonical' }],
  ])('%s', (html, expected) => {
    expect(declaredUrl(html)).toEqual(expected);
  });

  it.each([
    ['<html><head><title>Privacy</title></head><body>Privacy policy</body></html>'],
    // Only absolute http(s) addresses: a relative canonical, a script URL, a saved local file.
    ['<html><head><link rel="canonical" href="/privacy"></head>'],
    ['<html><head><link rel="canonical" href="javascript:alert(1)"></head>'],
    ['<!-- saved from url=(0022)file:///C:/privacy.htm --><html></html>'],
    // A stylesheet's link is no canonical one.
    ['<html><head><link rel="stylesheet" href="https://example.com/site.css"></head>'],
  ])('none in %s', (html) => {
    expect(declaredUrl(html)).toBeNull();
  });
});
