import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { HIGHLIGHT_NAME, highlightInPage } from '../../lib/extension/highlight';
import type { SentenceLocator } from '../../lib/types';

// Real markup shapes: a sentence split over inline elements and line breaks, as policies are written.
const PAGE = `<!doctype html><html><body>
<h2 id="sale">Sale of personal information</h2>
<p id="selling">We   <b>sell</b> or disclose the following categories of personal
   information for commercial purposes:&nbsp;identifiers, demographic information.</p>
<script>var text = "We retain personal and transaction information indefinitely.";</script>
<div id="retention"><p>We retain personal and transaction information indefinitely.</p></div>
<p>You may request that we delete your personal information.</p>
<p>You may request that we delete your personal information.</p>
</body></html>`;

const doc = () => new JSDOM(PAGE).window.document;
/** jsdom has no Highlight API, so the sentence found is the window selection's range. */
function findSentence(d: Document, locator: SentenceLocator): Range | null {
  return highlightInPage(locator, HIGHLIGHT_NAME, d).found ? d.getSelection()!.getRangeAt(0) : null;
}
const text = (r: Range | null) => r?.toString().replace(/\s+/g, ' ');

describe('finding an evidence sentence in the live page', () => {
  test('across inline elements, line breaks and non-breaking spaces', () => {
    const quote = 'We sell or disclose the following categories of personal information for commercial purposes: identifiers, demographic information.';
    expect(text(findSentence(doc(), { selector: '#selling', quote }))).toBe(quote);
    expect(text(findSentence(doc(), { selector: null, quote })), 'without a selector, in the whole body').toBe(quote);
  });

  test('text inside <script> is never matched', () => {
    const range = findSentence(doc(), { selector: null, quote: 'We retain personal and transaction information indefinitely.' });
    expect(range?.startContainer.parentElement?.closest('#retention')).not.toBeNull();
  });

  test('the selector picks the right one of two identical sentences', () => {
    const d = doc();
    const second = d.querySelectorAll('p')[3];
    second.id = 'second';
    const range = findSentence(d, { selector: '#second', quote: 'You may request that we delete your personal information.' });
    expect(range?.startContainer.parentElement).toBe(second);
  });

  test('a stale or invalid selector falls back to the body', () => {
    const quote = 'We retain personal and transaction information indefinitely.';
    expect(text(findSentence(doc(), { selector: '#gone', quote }))).toBe(quote);
    expect(text(findSentence(doc(), { selector: 'p:::bad', quote }))).toBe(quote);
  });

  test('typographic quotes and case do not matter; a changed ending still finds the start', () => {
    const d = new JSDOM('<p>We don’t sell your data. We keep it for “as long as needed” by the law, our auditors and our own business needs.</p>').window.document;
    expect(findSentence(d, { selector: null, quote: "we don't sell your data." })).not.toBeNull();
    expect(findSentence(d, { selector: null, quote: 'We keep it for "as long as needed" by the law, our auditors and our own business needs, and the page changed since.' })).not.toBeNull();
  });

  test('absent text is not found', () => {
    expect(findSentence(doc(), { selector: null, quote: 'We never sell anything.' })).toBeNull();
    expect(findSentence(doc(), { selector: null, quote: '   ' })).toBeNull();
  });
});

describe('highlighting', () => {
  test('without the Highlight API, the window selection shows the sentence; the DOM is unchanged', () => {
    const d = doc();
    const before = d.documentElement.outerHTML;
    const quote = 'We retain personal and transaction information indefinitely.';
    expect(highlightInPage({ selector: '#retention p', quote }, HIGHLIGHT_NAME, d)).toEqual({ found: true });
    expect(d.getSelection()?.toString()).toBe(quote);
    expect(d.documentElement.outerHTML).toBe(before);
  });

  test('not found: says so and selects nothing', () => {
    const d = doc();
    expect(highlightInPage({ selector: null, quote: 'Nothing like this.' }, HIGHLIGHT_NAME, d)).toEqual({ found: false });
    expect(d.getSelection()?.toString() ?? '').toBe('');
  });
});

test('the function is self-contained, as scripting.executeScript needs: its source alone still works', () => {
  // executeScript sends only the function's source to the page; anything it used from this module would be missing.
  const injected = new Function(`return (${highlightInPage.toString()})`)() as typeof highlightInPage;
  const d = doc();
  const quote = 'We retain personal and transaction information indefinitely.';
  expect(injected({ selector: '#retention p', quote }, HIGHLIGHT_NAME, d)).toEqual({ found: true });
  expect(d.getSelection()?.toString()).toBe(quote);
});
