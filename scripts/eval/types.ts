/** One line of the `npm run eval` table. */
export interface EvalRow {
  /** e.g. 'detection F1', 'rights F1', 'retention accuracy'. */
  metric: string;
  /** Which labels: e.g. 'C3PA dev (37 docs)'. */
  set: string;
  value: number;
  /** Number of items the figure is over. */
  n: number;
  /** Target from the issue, if any (value must be >= target). */
  target?: number;
}

export type EvalPart = 'dev' | 'heldout' | 'train';

/** Every module in scripts/eval/ (other than this file) exports `run`. */
export type EvalModule = { run: (part: EvalPart) => Promise<EvalRow[]> };
