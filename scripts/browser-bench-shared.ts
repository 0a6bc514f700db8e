/** What the two Chromium benchmarks (`bench-page.ts`, `bench-browser.ts`) share: the long policies and their options. */

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
