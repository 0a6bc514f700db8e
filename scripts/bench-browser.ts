/**
 * `npm run bench:browser`: the analyzer's own time in real Chromium (Debian's /usr/bin/chromium), where the extension
 * runs it, on the long policies that `npm run bench:page` loads (the ~10,000-word OPP-115 page first). The analyzer
 * is bundled with esbuild and run in each page on its live DOM, RUNS times after WARMUP runs, timed as
 * `scripts/bench.ts` times it on jsdom: detect + extract + analyze minus the time inside Readability's parse(), the
 * page's one copy counted as ours; beside it, Readability's parse() alone on a cloneNode(true) made beforehand.
 * Nothing is fetched but the pages, served from 127.0.0.1. Options: --runs N (default 31), --warmup N (default 5).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launchPlain, servePages } from '../test/e2e/harness';
import { LONG_POLICIES, median, numberOption, quantile } from './bench-shared';
import { DATA } from './data-dir';
import type { Run } from './bench-browser/in-page';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => numberOption(args, name, fallback);
const RUNS = option('runs', 31);
const WARMUP = option('warmup', 5);

const p95 = (xs: number[]) => quantile(xs, 0.95);
const f = (n: number) => n.toFixed(1).padStart(6);

const bundle = await build({
  entryPoints: [join(import.meta.dirname, 'bench-browser/in-page.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  globalName: '__fineprintBench',
  platform: 'browser',
  target: 'chrome120',
  logLevel: 'warning',
});
const script = bundle.outputFiles[0]!.text;

const routes: Record<string, { html: string }> = {};
LONG_POLICIES.forEach((file, i) => (routes[`/legal/${i}/privacy-policy`] = { html: readFileSync(join(DATA, file), 'utf8') }));
const server = await servePages(routes);
const browser = await launchPlain();
try {
  const version = browser.context.browser()?.version() ?? '';
  console.log(`Chromium ${version}: the analyzer on each page's own DOM, ${RUNS} runs after ${WARMUP} warm-up runs (ms)`);
  console.log(`${'page'.padEnd(58)} words   own median    p95  fastest | analyze | Readability parse median  fastest | own / Readability`);
  for (let i = 0; i < LONG_POLICIES.length; i++) {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/legal/${i}/privacy-policy`, { waitUntil: 'load' });
    await page.addScriptTag({ content: script });
    // Each run reads the live page again; the page is never modified (extraction works on its copy).
    const runs = await page.evaluate(
      ({ runs, warmup }) => {
        const bench = (globalThis as unknown as { __fineprintBench: { run(): Run } }).__fineprintBench;
        for (let r = 0; r < warmup; r++) bench.run();
        return Array.from({ length: runs }, () => bench.run());
      },
      { runs: RUNS, warmup: WARMUP },
    );
    await page.close();
    const own = runs.map((r) => r.own);
    const readability = runs.map((r) => r.readability);
    console.log(
      `${LONG_POLICIES[i]!.padEnd(58)} ${String(runs[0]!.words).padStart(5)} ${f(median(own))}     ${f(p95(own))} ${f(Math.min(...own))} | ${f(median(runs.map((r) => r.analyze)))}  | ${f(median(readability))}                 ${f(Math.min(...readability))} | ${(median(own) / median(readability)).toFixed(2)}`,
    );
  }
  console.log('target (issue 2, the ~10,000-word page): own time < 30 ms and below Readability\'s parse');
} finally {
  await browser.close();
  await server.close();
}
