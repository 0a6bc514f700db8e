/** What the benchmarks share: the long policies and numeric options of the Chromium ones (`bench-page.ts`, `bench-browser.ts`), the quantiles of `bench.ts` and `bench-browser.ts`. */

/** Long real policies, none from a held-out split (derived/recommended_splits.json); the ~10,000-word page first. */
export const LONG_POLICIES = [
  'opp-115/original_policies/891_www.everydayhealth.com.html', // OPP-115 train
  'c3pa/Htmls/WS/117.html', // C3PA, not held out
  'opp-115/original_policies/453_www.barnesandnoble.com.html', // OPP-115 train
];

/** A numeric `--name N` option from the command line, or `fallback`. */
export function numberOption(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(args[i + 1]);
}

/** The q-quantile of `xs`: the nearest rank, except the median, which averages the two middle values of an even count. */
export function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  if (q === 0.5) {
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]; // nearest rank
}
export const median = (xs: number[]): number => quantile(xs, 0.5);
