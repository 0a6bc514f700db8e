/**
 * The built CLI (dist/cli/fineprint.mjs, as `npx fineprint` runs it) on real text, stdin and every kind of bad input.
 * Each bad input must give one line on stderr naming it, never a stack trace, and must not stop the other inputs.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, RIGHT_KINDS } from '../../lib/types';

const CLI = 'dist/cli/fineprint.mjs';
let dir = '';

// The OPP-115 policy of uptodate.com (2007, a train policy), whole: a real, small privacy policy.
const POLICY_PARAGRAPHS = [
  'UpToDate, Inc. is very sensitive to the privacy needs of its website visitors and subscribers and is wholly committed to maintaining privacy at the highest level. UpToDate does not sell or otherwise share subscribers\' or website visitors\' personal information with anyone.',
  'To better understand UpToDate\'s online privacy policies, please read the following Privacy Policy.',
  'Subscriber Information UpToDate never automatically collects any information that specifically identifies you such as your name, address, or e-mail address. This information is collected only when you voluntarily provide it as part of the subscription process ("Subscriber Information"). We will ask you whenever we need Subscriber Information that identifies you or allows us to contact you.',
  'Consent and Security It is your choice whether or not you provide your Subscriber Information to UpToDate, but Subscriber Information is required for UpToDate to provide you with services (for example, access to UpToDate under a subscription agreement).',
  'Use of Subscriber Information Your Subscriber Information may be used internally within UpToDate. For example, UpToDate may use your Subscriber Information internally to provide subscription services to you and process your transactions, to contact you for customer service and billing purposes, to communicate to you about your subscription or changes to our service, to understand who uses the Website and to improve the Website. In addition, UpToDate reserves the right to disclose your Subscriber Information under limited circumstances in the event UpToDate believes that the Website is being used to commit unlawful acts, and/or if disclosure of your Subscriber Information is required to comply with applicable laws or regulations, or with a court or administrative order.',
  'Usage Information Non-personally identifying information ("Usage Information") comprises information that does not identify any particular user. Examples include: information about which of UpToDate\'s pages are visited on an aggregate level, browser type, operating system type, or IP address.',
  'Use of Usage Information Your Usage Information may be disclosed internally within UpToDate and to third parties. For example, UpToDate may disclose Usage Information in order to better understand which parts of the Website users are visiting, to improve the content of the Website, and for marketing, advertising, or research purposes. (Institutional licensees should refer to their subscription and license agreement).',
  'Cookies The UpToDate Website may place a text file called a "cookie" in the browser files of your computer. Cookies can be used to provide you with tailored information from the Website. The cookie itself does not contain Subscriber Information. You can set your browser to notify you when you receive a cookie, giving you the chance to decide whether or not to accept it.',
  'Effective Date This Privacy Policy is effective as of October 27, 2007 and will remain in effect unless changed. UpToDate may modify this Privacy Policy at any time, and such modifications shall be effective immediately upon posting of the modified Privacy Policy on the Website.',
  'Contacting the Website If you have any questions about this Privacy Policy, the practices of this Website, or your dealings with this Website, please contact info@uptodate.com.',
];
const POLICY_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Privacy policy | UpToDate</title></head>
<body><nav><a href="/">Home</a></nav><article><h1>UpToDate online privacy policy</h1>
${POLICY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
<p>This privacy policy is effective as of October 27, 2007.</p></article></body></html>`;
const POLICY_TEXT = `UpToDate online privacy policy\n\n${POLICY_PARAGRAPHS.join('\n\n')}\n`;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}
function fineprint(args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const records = (stdout: string) => stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line));
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
const stderrLines = (stderr: string) => stderr.split('\n').filter(Boolean);

/** The schema-1 contract from issue 2, checked field by field. */
function expectSchema1(record: Record<string, unknown>, fileName: string) {
  expect(record.file).toBe(fileName);
  expect(record.schema).toBe(1);
  expect(typeof record.isPolicy).toBe('boolean');
  expect(record.policyScore).toBeGreaterThanOrEqual(0);
  expect(record.policyScore).toBeLessThanOrEqual(1);
  expect(typeof record.title).toBe('string');
  expect(typeof record.lang).toBe('string');
  expect(Number.isInteger(record.words)).toBe(true);
  const evidenceList = (value: unknown) => {
    expect(Array.isArray(value)).toBe(true);
    for (const e of value as { text: unknown }[]) expect(typeof e.text).toBe('string');
  };
  for (const right of record.rights as { kind: string; evidence: unknown }[]) {
    expect(RIGHT_KINDS).toContain(right.kind);
    evidenceList(right.evidence);
  }
  const retention = record.retention as { verdict: string; periods: unknown[]; evidence: unknown };
  expect(['period', 'limited', 'indefinite', 'not-stated']).toContain(retention.verdict);
  expect(retention.periods.every((p) => typeof p === 'string')).toBe(true);
  evidenceList(retention.evidence);
  const selling = record.selling as { verdict: string; evidence: unknown };
  expect(['yes', 'no', 'not-stated']).toContain(selling.verdict);
  evidenceList(selling.evidence);
  const contact = record.contact as Record<string, unknown>;
  for (const key of ['emails', 'phones', 'postal', 'urls']) {
    expect((contact[key] as unknown[]).every((v) => typeof v === 'string'), `contact.${key} is a list of strings`).toBe(true);
  }
  evidenceList(contact.evidence);
  for (const w of record.warnings as { id: unknown; level: string; text: unknown }[]) {
    expect(typeof w.id).toBe('string');
    expect(['high', 'medium', 'low']).toContain(w.level);
    expect(typeof w.text).toBe('string');
  }
}

function expectNoStackTrace(run: Run) {
  expect(run.stderr, 'no stack trace on stderr').not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

beforeAll(() => {
  // Always rebuild: a stale bundle from an older checkout would test old code. The build replaces the file atomically.
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building the CLI failed: ${build.stderr}`);
  dir = mkdtempSync(join(tmpdir(), 'fineprint-cli-'));
}, 60_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('fineprint: usage', () => {
  it('--help prints the usage on stdout and exits 0', () => {
    const run = fineprint(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/fineprint summarize <file>\.\.\./);
    expect(run.stdout).toMatch(/fineprint classify/);
  });
  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    const run = fineprint(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(`fineprint ${version}`);
  });
  it.each([
    [['frobnicate'], /unknown command 'frobnicate'/],
    [[], /no command given/],
    [['summarize', '--colour', 'x.html'], /Unknown option '--colour'/],
    [['summarize'], /needs at least one file/],
    [['summarize', '--max-mb', 'lots', 'x.html'], /--max-mb needs a positive number/],
    [['summarize', '--url', 'https://example.com/privacy', 'a.html', 'b.html'], /--url applies to one input only/],
    [['classify', 'file.jsonl'], /classify takes no arguments/],
  ])('%j is a usage error: exit 2, the reason first, no stack', (args, reason) => {
    const run = fineprint(args);
    expect(run.status).toBe(2);
    expect(stderrLines(run.stderr)[0]).toMatch(reason);
    expect(run.stdout).toBe('');
    expectNoStackTrace(run);
  });
});

describe('fineprint summarize: real policies', () => {
  it('prints one schema-1 JSON line per input, HTML and text alike', () => {
    const html = file('uptodate-privacy.html', POLICY_HTML);
    const txt = file('uptodate-privacy.txt', POLICY_TEXT);
    const md = file('uptodate-privacy.md', `# UpToDate online privacy policy\n\n${POLICY_PARAGRAPHS.join('\n\n')}\n`);
    const run = fineprint(['summarize', html, txt, md]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [fromHtml, fromTxt, fromMd] = records(run.stdout);
    expectSchema1(fromHtml, html);
    expectSchema1(fromTxt, txt);
    expectSchema1(fromMd, md);
    expect(fromHtml.title).toBe('Privacy policy | UpToDate');
    expect(fromHtml.url).toMatch(/^file:\/\/.*uptodate-privacy\.html$/);
    expect([fromHtml.input.format, fromTxt.input.format, fromMd.input.format]).toEqual(['html', 'txt', 'md']);
    // The page's chrome (a nav link) is not policy text, so the HTML has no more words than the plain text.
    expect(fromHtml.words).toBeGreaterThan(200);
    expect(fromTxt.words).toBeGreaterThan(200);
    // The verdicts come through whole, evidence included, whichever way the policy was read.
    for (const record of [fromHtml, fromTxt, fromMd]) {
      expect(record.contact.emails, record.file).toEqual(['info@uptodate.com']);
      expect(record.selling.verdict, `${record.file}: "does not sell or otherwise share" is a no`).toBe('no');
      expect(record.selling.evidence.map((e: { text: string }) => e.text).join(' ')).toMatch(/does not sell or otherwise share/);
      // The policy says nothing about how long it keeps data: the same in every format, with its warning.
      expect(record.retention.verdict, record.file).toBe('not-stated');
      expect(record.warnings.map((w: { id: string }) => w.id), record.file).toEqual(expect.arrayContaining(['retention-not-stated', 'changes-without-notice']));
    }
  });

  it('reads stdin with -, sniffing HTML from text', () => {
    const html = fineprint(['summarize', '-'], { input: POLICY_HTML });
    expect(html.status).toBe(0);
    const [fromHtml] = records(html.stdout);
    expectSchema1(fromHtml, '-');
    expect(fromHtml.input.format).toBe('html');
    expect(fromHtml.title).toBe('Privacy policy | UpToDate');
    const text = fineprint(['summarize', '-'], { input: POLICY_TEXT });
    expect(text.status).toBe(0);
    expect(records(text.stdout)[0].input.format).toBe('txt');
  });

  it('sniffs HTML in a file whose name says nothing', () => {
    const run = fineprint(['summarize', file('saved-page', POLICY_HTML)]);
    expect(run.status).toBe(0);
    expect(records(run.stdout)[0].input.format).toBe('html');
  });

  it('--url sets the address the analyzer sees', () => {
    const run = fineprint(['summarize', '--url', 'https://www.uptodate.com/home/privacy-policy', file('policy.html', POLICY_HTML)]);
    expect(run.status).toBe(0);
    expect(records(run.stdout)[0].url).toBe('https://www.uptodate.com/home/privacy-policy');
  });

  it('reads a saved page at the address it declares for itself, unless --url says otherwise', () => {
    // A relative link to the site's contact page, as saved pages keep them: it resolves only against the page's address.
    const saved = POLICY_HTML.replace('<meta charset="utf-8">', '<meta charset="utf-8"><link href="https://www.uptodate.com/home/privacy-policy" rel="canonical">').replace(
      'please contact info@uptodate.com.',
      'please contact info@uptodate.com or use our <a href="/home/contact-us">contact form</a>.',
    );
    const path = file('saved-canonical.html', saved);
    const run = fineprint(['summarize', path]);
    expect(run.status).toBe(0);
    const [record] = records(run.stdout);
    expect(record.url).toBe('https://www.uptodate.com/home/privacy-policy');
    expect(record.input.urlFrom).toBe('canonical');
    expect(record.contact.urls).toEqual(['https://www.uptodate.com/home/contact-us']);
    const overridden = records(fineprint(['summarize', '--url', 'https://example.org/privacy', path]).stdout)[0];
    expect([overridden.url, overridden.input.urlFrom]).toEqual(['https://example.org/privacy', '--url']);
    expect(overridden.contact.urls).toEqual(['https://example.org/home/contact-us']);
    const plain = records(fineprint(['summarize', file('plain.html', POLICY_HTML)]).stdout)[0];
    expect(plain.input.urlFrom).toBe('file');
  });

  it('decodes a page that declares windows-1252, without a warning', () => {
    const latin = Buffer.concat([
      Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Caf'),
      Buffer.from([0xe9, 0x20, 0x96, 0x20]), // "é – " in windows-1252
      Buffer.from(`Privacy Policy</title></head><body>${POLICY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</body></html>`),
    ]);
    const run = fineprint(['summarize', file('cp1252.html', latin)]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [record] = records(run.stdout);
    expect(record.title).toBe('Café – Privacy Policy');
    expect(record.input.encoding).toBe('windows-1252');
  });

  it('reads UTF-8 as UTF-8 even under a stale legacy declaration (a re-saved page declaring gb2312)', () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>隐私政策 Privacy Policy</title></head><body>${POLICY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
    const run = fineprint(['summarize', file('resaved.html', Buffer.from(page, 'utf8'))]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [record] = records(run.stdout);
    expect(record.title).toBe('隐私政策 Privacy Policy');
    expect(record.input.encoding).toBe('utf-8');
  });

  it('reads a page whose style sheet jsdom cannot parse (an unclosed calc(), as on a real C3PA page)', () => {
    const page = POLICY_HTML.replace('</head>', '<style>.banner { width: calc(100% }</style></head>');
    const run = fineprint(['summarize', file('bad-css.html', page)]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [record] = records(run.stdout);
    expect(record.contact.emails).toContain('info@uptodate.com');
    expect(record.notes.join(' ')).toMatch(/without its <style> blocks/);
  });

  it('reads the whole page when it also holds "<style>" inside a script (as on a real C3PA page)', () => {
    // A script that writes a style sheet: its "</style>" is escaped, so a plain "<style>…</style>" search would
    // empty everything from the script to the page's next real style sheet, the policy included.
    const script = `<script>document.write("<style>#policy a { text-decoration: underline }<\\/style>");</script>`;
    const page = POLICY_HTML.replace('</head>', `${script}</head>`).replace('</body>', '<style>.banner { width: calc(100% }</style></body>');
    const run = fineprint(['summarize', file('style-in-script.html', page)]);
    expect(run.status).toBe(0);
    const [record] = records(run.stdout);
    expect(record.notes.join(' ')).toMatch(/without its <style> blocks/);
    expect(record.contact.emails).toContain('info@uptodate.com');
    const [plain] = records(fineprint(['summarize', file('style-in-script-plain.html', POLICY_HTML)]).stdout);
    expect(record.words, 'every word of the policy is read').toBe(plain.words);
  });

  it('reports a page in another language with its lang and not-stated fields, exit 0', () => {
    const german = `<html lang="de"><head><title>Datenschutzerklärung</title></head><body><h1>Datenschutzerklärung</h1>
      <p>Wir verarbeiten Ihre personenbezogenen Daten nur im Rahmen der gesetzlichen Bestimmungen.</p>
      <p>Sie haben jederzeit das Recht auf unentgeltliche Auskunft über Herkunft, Empfänger und Zweck Ihrer gespeicherten personenbezogenen Daten.</p></body></html>`;
    const run = fineprint(['summarize', file('datenschutz.html', german)]);
    expect(run.status).toBe(0);
    const [record] = records(run.stdout);
    expectSchema1(record, join(dir, 'datenschutz.html'));
    expect(record.title).toBe('Datenschutzerklärung');
    expect(record.lang).toBe('de');
    expect(record.rights).toEqual([]);
    expect([record.retention.verdict, record.selling.verdict]).toEqual(['not-stated', 'not-stated']);
    expect(record.notes.length, 'notes say why the fields are empty').toBeGreaterThan(0);
  });

  it('--pretty prints a card with every field and no color codes when stdout is not a terminal', () => {
    const run = fineprint(['summarize', '--pretty', file('card.html', POLICY_HTML)]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Privacy policy \| UpToDate\n/);
    for (const label of ['Rights', 'Retention', 'Selling', 'Contact', 'Warnings']) expect(run.stdout).toMatch(new RegExp(`^${label} +\\S`, 'm'));
    expect(run.stdout).toMatch(/policy score \d\.\d\d/);
    expect(run.stdout, 'the selling verdict with its quote').toMatch(/^Selling +no\n +“UpToDate does not sell or otherwise share/m);
    expect(run.stdout).toMatch(/^Contact +info@uptodate\.com/m);
    const [, , ...body] = run.stdout.split('\n'); // the title, then a line naming the file, then the fields
    expect(Math.max(...body.map((line) => line.length)), 'fields wrap at 80 columns off a terminal').toBeLessThanOrEqual(80);
    expect(run.stdout).not.toContain('\x1b[');
    expect(() => JSON.parse(run.stdout.split('\n')[0])).toThrow();
  });

  it('--pretty quotes a sentence that grants two rights once, and the next right from its own sentence', () => {
    // OPP-115 202_foodallergy's access and correction come from one sentence; its card had printed it twice.
    const md = [
      '# Privacy policy',
      'This privacy policy explains how we collect, use and share personal information about you when you use our website and services.',
      'If you have any questions about this Policy or you wish to review or correct your or your child’s personal information, you may contact us by U.S. mail or email.',
      'You may opt out of Food Allergy Research & Education communications at any time by contacting us.',
    ].join('\n\n');
    const run = fineprint(['summarize', '--pretty', file('two-rights.md', md)]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Rights +access, correction, opt-out\n/m);
    expect(run.stdout.match(/wish to review/g), 'the shared sentence quoted once').toHaveLength(1);
    expect(run.stdout.replace(/\s+/g, ' ')).toContain('“You may opt out of Food Allergy Research');
  });

  it('--pretty colors only when asked (FORCE_COLOR) and never with NO_COLOR on a pipe', () => {
    const path = file('card2.html', POLICY_HTML);
    expect(fineprint(['summarize', '--pretty', path], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\x1b[1m');
    expect(fineprint(['summarize', '--pretty', path], { env: { NO_COLOR: '1' } }).stdout).not.toContain('\x1b[');
  });
});

describe('fineprint summarize: bad inputs', () => {
  it('names each bad input on one stderr line, still processes the good ones, exits 1', () => {
    const good = file('good.html', POLICY_HTML);
    const missing = join(dir, 'no-such-page.html');
    const directory = join(dir, 'a-directory.html');
    mkdirSync(directory);
    const empty = file('empty.html', '');
    const blank = file('blank.txt', ' \n\t\n');
    const nul = file('binary.txt', Buffer.from([0x57, 0x65, 0x00, 0x01, 0x02, 0x00, 0x64, 0x6f]));
    const pdf = file('policy.html', Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(64, 7)]));
    const good2 = file('good.txt', POLICY_TEXT);
    const run = fineprint(['summarize', missing, good, directory, empty, blank, nul, pdf, good2]);
    expect(run.status).toBe(1);
    expectNoStackTrace(run);
    const errors = stderrLines(run.stderr);
    expect(errors).toEqual([
      `fineprint: ${missing}: no such file`,
      `fineprint: ${directory}: is a directory`,
      `fineprint: ${empty}: empty file`,
      `fineprint: ${blank}: no text in the file (only whitespace)`,
      `fineprint: ${nul}: not a text or HTML file (contains NUL bytes)`,
      `fineprint: ${pdf}: not a text or HTML file (PDF)`,
    ]);
    expect(records(run.stdout).map((r) => r.file)).toEqual([good, good2]);
  });

  it('refuses a 50 MB page quickly, naming the limit, and goes on', () => {
    const big = join(dir, 'fifty-megabytes.html');
    // A real page of 50 MB: the policy's paragraphs repeated inside one document.
    const paragraphs = POLICY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');
    const body = paragraphs.repeat(Math.ceil((50 * 1024 * 1024) / paragraphs.length));
    writeFileSync(big, `<html><head><title>Privacy Policy</title></head><body>${body}</body></html>`);
    const good = file('after-big.txt', POLICY_TEXT);
    const started = Date.now();
    const run = fineprint(['summarize', big, good]);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(run.status).toBe(1);
    const errors = stderrLines(run.stderr);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBe(`fineprint: ${big}: ${megabytes(statSync(big).size)} MB is over the 20 MB limit (raise it with --max-mb)`);
    expect(records(run.stdout).map((r) => r.file)).toEqual([good]);
  });

  it('names a limit under 1 MB in KB', () => {
    const page = file('small-limit.html', POLICY_HTML.repeat(Math.ceil((50 * 1024) / POLICY_HTML.length)));
    const run = fineprint(['summarize', '--max-mb', '0.01', page]);
    expect(run.status).toBe(1);
    expect(stderrLines(run.stderr)).toEqual([`fineprint: ${page}: ${Math.round(statSync(page).size / 1024)} KB is over the 10 KB limit (raise it with --max-mb)`]);
  });

  it('refuses stdin over --max-mb', () => {
    const run = fineprint(['summarize', '--max-mb', '1', '-'], { input: POLICY_HTML.repeat(Math.ceil((1.5 * 1024 * 1024) / POLICY_HTML.length)) });
    expect(run.status).toBe(1);
    expect(stderrLines(run.stderr)).toEqual(['fineprint: -: more than the 1 MB limit on stdin (raise it with --max-mb)']);
    expect(run.stdout).toBe('');
  });

  it('reads a device or pipe only up to the limit (/dev/zero never ends)', () => {
    const run = fineprint(['summarize', '--max-mb', '1', '/dev/zero']);
    expect(run.status).toBe(1);
    expect(stderrLines(run.stderr)).toEqual(['fineprint: /dev/zero: more than the 1 MB limit from this stream (raise it with --max-mb)']);
  });

  it('reads invalid UTF-8 with replacement characters, says so on stderr and in the output, exits 1', () => {
    const damaged = file('damaged.txt', Buffer.concat([Buffer.from(POLICY_TEXT.slice(0, 300)), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(POLICY_TEXT.slice(300))]));
    const run = fineprint(['summarize', damaged]);
    expect(run.status).toBe(1);
    expect(stderrLines(run.stderr)).toEqual([`fineprint: ${damaged}: invalid UTF-8: 3 byte sequences replaced with U+FFFD`]);
    const [record] = records(run.stdout);
    expectSchema1(record, damaged);
    expect(record.input.warnings).toEqual(['invalid UTF-8: 3 byte sequences replaced with U+FFFD']);
  });
});

describe('fineprint classify', () => {
  it('answers every well-formed line in order and names each malformed line by number', () => {
    const input = [
      JSON.stringify({ id: 's1', text: 'Records are used to create aggregate reports for internal use only and are purged after one calendar year from the date of entry.' }), // OPP-115 202_foodallergy (train)
      'this is not json',
      JSON.stringify({ id: 7, text: 'id is a number' }),
      '',
      JSON.stringify({ id: 's2', text: 'If you have any questions about this Privacy Policy, the practices of this Website, or your dealings with this Website, please contact info@uptodate.com.' }), // OPP-115 898_uptodate (train)
      JSON.stringify(['s3', 'an array']),
      JSON.stringify({ id: 's4' }),
    ].join('\n');
    const run = fineprint(['classify'], { input });
    expect(run.status).toBe(1);
    expectNoStackTrace(run);
    expect(stderrLines(run.stderr)).toEqual([
      'fineprint: stdin:2: not valid JSON',
      'fineprint: stdin:3: "id" must be a string',
      'fineprint: stdin:6: expected an object {"id": string, "text": string}',
      'fineprint: stdin:7: "text" must be a string',
    ]);
    const out = records(run.stdout);
    expect(out.map((r) => r.id)).toEqual(['s1', 's2']);
    for (const r of out) {
      expect(Object.keys(r.scores).sort()).toEqual([...CATEGORIES].sort());
      for (const score of Object.values(r.scores) as number[]) expect(score >= 0 && score <= 1).toBe(true);
      for (const label of r.labels) expect(r.scores[label], `${label} is labelled, so it scores at least 0.5`).toBeGreaterThanOrEqual(0.5);
    }
    expect(out[0].labels).toContain('Data Retention');
    expect(out[1].labels).toContain('Privacy contact information');
  });

  it('exits 0 on well-formed input', () => {
    const run = fineprint(['classify'], { input: `${JSON.stringify({ id: 'a', text: 'We do not sell your personal information.' })}\n` });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(records(run.stdout)).toHaveLength(1);
  });
});
