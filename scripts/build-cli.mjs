// Bundles the CLI into one ESM file; jsdom stays an external runtime dependency.
// The file is written beside the target and renamed, so a test running the CLI never sees half a file.
import { build } from 'esbuild';
import { chmodSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const outfile = 'dist/cli/fineprint.mjs';
if (!existsSync('cli/fineprint.ts')) {
  console.log('build-cli: no cli/fineprint.ts yet, skipped');
  process.exit(0);
}
const result = await build({
  entryPoints: ['cli/fineprint.ts'],
  outfile,
  write: false,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['jsdom'],
  banner: { js: '#!/usr/bin/env node\nimport { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
  logLevel: 'warning',
});
mkdirSync(dirname(outfile), { recursive: true });
const temporary = `${outfile}.${process.pid}.tmp`;
writeFileSync(temporary, result.outputFiles[0].contents);
chmodSync(temporary, 0o755);
renameSync(temporary, outfile);
