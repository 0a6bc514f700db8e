/**
 * `npm run eval [-- --part dev|heldout|train]`: runs every evaluation module in scripts/eval/ and prints one table.
 * Tune rules only on train/dev; `--part heldout` is for reporting a figure, never for choosing rules.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { EvalModule, EvalPart, EvalRow } from './eval/types';

const dir = join(fileURLToPath(new URL('.', import.meta.url)), 'eval');
const argPart = process.argv.find((a, i) => process.argv[i - 1] === '--part');
const parts: EvalPart[] = argPart ? [argPart as EvalPart] : ['dev', 'heldout'];
const only = process.argv.find((a, i) => process.argv[i - 1] === '--only');

const modules = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'types.ts' && !f.startsWith('_') && (!only || f.startsWith(only)))
  .sort();
const rows: EvalRow[] = [];
for (const file of modules) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as EvalModule;
  if (typeof mod.run !== 'function') continue;
  for (const part of parts) {
    const t0 = performance.now();
    rows.push(...(await mod.run(part)));
    console.error(`${file} [${part}] ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
}
const pad = (s: string, n: number) => s.padEnd(n);
console.log(`| ${pad('metric', 28)} | ${pad('set', 44)} | value | n    | target | ok |`);
console.log(`|${'-'.repeat(30)}|${'-'.repeat(46)}|-------|------|--------|----|`);
for (const r of rows) {
  const ok = r.target === undefined ? '' : r.value >= r.target ? 'yes' : 'NO';
  console.log(`| ${pad(r.metric, 28)} | ${pad(r.set, 44)} | ${r.value.toFixed(3)} | ${String(r.n).padEnd(4)} | ${r.target?.toFixed(2) ?? '      '}${r.target === undefined ? '' : '  '} | ${ok.padEnd(2)} |`);
}
