/**
 * `npm run bench:page`: what the extension costs pages, in real Chromium (Debian's /usr/bin/chromium).
 *
 * 1. Main-thread script time added to ordinary pages: each Readability test page (all 130 by default) is
 *    loaded with and without the extension, interleaved, REPEATS times each; the metric is Chromium's own
 *    `ScriptDuration` (CDP Performance.getMetrics: all JavaScript run on the page's main thread, content scripts
 *    included) read 500 ms after the load event. Per page the least noisy run (the minimum) of each side is
 *    kept; the figure is the per-page difference, median and p95.
 * 2. Time from the page's load event to the badge on long real policies (~10,000 words): the background stores
 *    the result (and sets the badge right after) at `updatedAt`; the page's `loadEventEnd` is the start.
 *
 * Options: --pages N (an evenly spaced sample of N pages, for a quicker look; default 0 = all 130: a 30-page sample's
 * median moved between 0.89 and 1.05 ms from run to run), --repeats N (default 3), --no-build, --extension DIR (an unpacked
 * build to measure instead of .output/chrome-mv3, e.g. a copy with an empty content script, to find the floor;
 * repeat it to compare builds: each gets its own browser, and the loads of every page are interleaved across all
 * of them, so that the machine's load falls on each alike; part 2 then uses the first), --no-policies (skip part 2).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { buildExtension, launchPlain, launchWithExtension, servePages, tabIdOf, tabState, badgeText, waitFor } from '../test/e2e/harness';

import { LONG_POLICIES, numberOption } from './bench-shared';
import { DATA } from './data-dir';
const READABILITY = join(DATA, 'readability-test-pages/test/test-pages');

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => numberOption(args, name, fallback);
const PAGES = option('pages', 0);
const REPEATS = option('repeats', 3);
const EXTENSIONS = args.flatMap((a, i) => (a === '--extension' ? [args[i + 1]!] : []));

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  return sorted[lo] + (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]) * (at - lo);
}
const ms = (n: number) => `${n.toFixed(2)} ms`;

/** ScriptDuration (ms) of one fresh load of `url`, measured 500 ms after the load event. */
async function scriptTime(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await page.close();
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

async function main(): Promise<void> {
  if (!args.includes('--no-build') && EXTENSIONS.length === 0) buildExtension();
  const all = readdirSync(READABILITY).sort();
  const step = PAGES > 0 && PAGES < all.length ? all.length / PAGES : 1;
  const names = PAGES > 0 ? Array.from({ length: Math.min(PAGES, all.length) }, (_, i) => all[Math.floor(i * step)]) : all;

  const routes: Record<string, { html: string }> = {};
  for (const name of names) routes[`/articles/${name}/`] = { html: readFileSync(join(READABILITY, name, 'source.html'), 'utf8') };
  LONG_POLICIES.forEach((file, i) => (routes[`/legal/${i}/privacy-policy`] = { html: readFileSync(join(DATA, file), 'utf8') }));
  const server = await servePages(routes);
  const dirs = EXTENSIONS.length ? EXTENSIONS : [undefined];
  const exts = [];
  for (const dir of dirs) exts.push(await launchWithExtension(dir));
  const ext = exts[0]!;
  const plain = await launchPlain();

  try {
    // Warm the browsers up (first loads pay for process start and code caching).
    for (const context of [...exts.map((e) => e.context), plain.context]) await scriptTime(context, `${server.origin}/articles/${names[0]}/`);

    const added: number[][] = dirs.map(() => []);
    const base: number[] = [];
    for (const name of names) {
      const url = `${server.origin}/articles/${name}/`;
      const withExt: number[][] = dirs.map(() => []);
      const without: number[] = [];
      for (let r = 0; r < REPEATS; r++) {
        without.push(await scriptTime(plain.context, url));
        for (let e = 0; e < exts.length; e++) withExt[e]!.push(await scriptTime(exts[e]!.context, url));
      }
      base.push(Math.min(...without));
      withExt.forEach((times, e) => added[e]!.push(Math.min(...times) - Math.min(...without)));
    }
    console.log(`Ordinary pages: ${names.length} Readability test pages, ${REPEATS} loads each, with and without Fineprint`);
    console.log(`  page script time without the extension: median ${ms(quantile(base, 0.5))}, p95 ${ms(quantile(base, 0.95))}`);
    dirs.forEach((dir, e) => {
      const label = dirs.length > 1 ? ` (${dir})` : '';
      console.log(`  added by the extension${label}: median ${ms(quantile(added[e]!, 0.5))}, p95 ${ms(quantile(added[e]!, 0.95))}  (target: median <= 1 ms)`);
    });

    if (args.includes('--no-policies')) return;
    console.log('Long policies: load event to badge');
    for (let i = 0; i < LONG_POLICIES.length; i++) {
      const times: number[] = [];
      let words = 0;
      let badge = '';
      for (let r = 0; r < REPEATS + 2; r++) {
        const page = await ext.context.newPage();
        await page.goto(`${server.origin}/legal/${i}/privacy-policy`, { waitUntil: 'load' });
        const loadEnd = await page.evaluate(() => performance.timing.loadEventEnd);
        const tabId = await tabIdOf(ext.worker, page);
        const state = await waitFor(async () => {
          const s = await tabState(ext.worker, tabId);
          return s && s.status !== 'analyzing' && s.status !== 'idle' ? s : undefined;
        }, 'the analysis', 30_000);
        badge = await badgeText(ext.worker, tabId);
        words = state.summary?.words ?? 0;
        times.push(state.updatedAt - loadEnd);
        await page.close();
      }
      console.log(
        `  ${LONG_POLICIES[i]}: ${words} words analyzed, badge "${badge}"; load → badge median ${ms(quantile(times, 0.5))}, max ${ms(Math.max(...times))} (target: <= 300 ms)`,
      );
    }
  } finally {
    for (const e of exts) await e.close();
    await plain.close();
    await server.close();
  }
}

await main();
