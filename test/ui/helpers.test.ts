import { describe, expect, test } from 'vitest';
import { rightsVerdict } from '@/lib/ui/verdicts';
import { mockSummary } from '@/lib/ui/mock';
import type { RightKind } from '@/lib/types';
import { safeExternalUrl, safeMailto, safeTel } from '@/lib/ui/links';
import { parseHostInput } from '@/lib/ui/hosts';

describe('links from page text', () => {
  test.each([
    ['privacy@example.com', 'mailto:privacy@example.com'],
    ['dpo+eu@mail.example.co.uk', 'mailto:dpo+eu@mail.example.co.uk'],
    ['javascript:alert(1)//@x.test', null],
    ['a@b', null],
    ['x@example.com?cc=evil@example.com', null],
    ['<x@example.com>', null],
  ])('mailto for %s', (email, href) => expect(safeMailto(email)).toBe(href));

  test.each([
    ['+1 (555) 010-2030', 'tel:+15550102030'],
    ['707 887 1507', 'tel:7078871507'],
    ['0800.123.456', 'tel:0800123456'],
    ['<script>1</script>', null],
    ['call 555', null],
    ['1234', null],
  ])('tel for %s', (phone, href) => expect(safeTel(phone)).toBe(href));

  test.each([
    ['https://example.com/privacy-request', undefined, 'https://example.com/privacy-request'],
    ['/contact', 'https://example.com/legal/privacy', 'https://example.com/contact'],
    ['javascript:alert(1)', undefined, null],
    ['JaVaScRiPt:alert(1)', 'https://example.com/', null],
    ['data:text/html,<script>alert(1)</script>', undefined, null],
    ['https://user:pw@example.com/', undefined, null],
    ['/contact', 'file:///home/me/policy.html', null],
    ['not a url', undefined, null],
  ])('url %s (base %s)', (url, base, href) => expect(safeExternalUrl(url, base)).toBe(href));
});

describe('a site typed into the disable list', () => {
  test.each([
    ['example.com', 'example.com'],
    ['  Example.COM ', 'example.com'],
    ['www.example.com', 'example.com'],
    ['https://www.shop.example.co.uk/privacy?x=1', 'shop.example.co.uk'],
    ['127.0.0.1', '127.0.0.1'],
    ['localhost', 'localhost'],
  ])('%s is the site %s', (input, host) => expect(parseHostInput(input)).toEqual({ ok: true, host }));

  test.each(['', 'exa mple.com', 'example', 'ftp://example.com', 'chrome://extensions', '-bad-.com', 'a..b'])('%j is refused with a reason', (input) => {
    const result = parseHostInput(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
  });
});

describe('the rights verdict in words', () => {
  const withRights = (...kinds: RightKind[]) => rightsVerdict(mockSummary({ rights: kinds.map((kind) => ({ kind, evidence: [] })) }));
  test.each<[RightKind[], string]>([
    [[], 'No rights stated'],
    [['deletion'], 'You can delete your data'],
    [['access', 'correction', 'deletion'], 'You can see, correct and delete your data'],
    [['opt-out'], 'You can opt out'],
    [['access', 'opt-out', 'complaint'], 'You can see your data, opt out and complain to a regulator'],
  ])('%j', (kinds, text) => expect(withRights(...kinds).text).toBe(text));
});
