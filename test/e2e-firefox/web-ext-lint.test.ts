/**
 * `web-ext lint` (Mozilla's add-on linter, the check addons.mozilla.org runs on upload) on the Firefox build: no
 * errors. Needs no Firefox, so it runs wherever the tests do (`npm run lint:firefox` prints the full report).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { EXTENSION_DIR, ROOT } from './harness';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

let report: LintReport;

// The build comes from the project's global setup (test/e2e-firefox/global-setup.ts).
beforeAll(() => {
  const webExt = join(ROOT, 'node_modules/.bin/web-ext');
  // Exits non-zero when it finds errors; its JSON report is on stdout either way.
  let out: string;
  try {
    out = execFileSync(webExt, ['lint', '--source-dir', EXTENSION_DIR, '--output', 'json', '--no-config-discovery'], { cwd: ROOT, encoding: 'utf8' });
  } catch (error) {
    out = String((error as { stdout?: string }).stdout ?? '');
  }
  report = JSON.parse(out) as LintReport;
});

test('web-ext lint finds no errors in the Firefox build', () => {
  expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
  expect(report.summary.errors).toBe(0);
});

test('its warnings are only the known innerHTML assignments inside bundled libraries', () => {
  // Preact's runtime (dangerouslySetInnerHTML, which Fineprint never uses) and, twice, Readability in the analyzer
  // bundle, which moves HTML only inside the copy of the page it parses, never into the page or extension UI.
  for (const w of report.warnings) expect(`${w.code} ${w.file}`).toMatch(/^UNSAFE_VAR_ASSIGNMENT (?:chunks\/jsxRuntime-[\w-]+\.js|analyzer\.js)$/);
});
