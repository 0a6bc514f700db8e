/**
 * Links built from page text. An href is only ever made from a value that validates here; anything else stays
 * plain text, so a policy cannot put `javascript:` (or anything but mail, phone and web links) on the card.
 */

const EMAIL = /^[a-z0-9._%+-]{1,64}@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/** `mailto:` link for a plain email address, or null. */
export function safeMailto(email: string): string | null {
  const e = email.trim();
  return e.length <= 254 && EMAIL.test(e) ? `mailto:${e}` : null;
}

/** `tel:` link for a phone number written with digits, spaces and - . ( ) and an optional leading +, or null. */
export function safeTel(phone: string): string | null {
  const p = phone.trim();
  if (!/^\+?[\d\s().-]+$/.test(p)) return null;
  const digits = p.replace(/\D/g, '');
  if (digits.length < 5 || digits.length > 15) return null;
  return `tel:${p.startsWith('+') ? '+' : ''}${digits}`;
}

/** An absolute http(s) URL (relative ones resolved against the policy's own URL), or null. */
export function safeExternalUrl(url: string, base?: string): string | null {
  let parsed: URL;
  try {
    parsed = base ? new URL(url.trim(), base) : new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username || parsed.password) return null;
  return parsed.href;
}
