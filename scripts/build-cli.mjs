// Bundles the CLI into one ESM file; jsdom stays an external runtime dependency.
import { build } from 'esbuild';
import { chmodSync, existsSync } from 'node:fs';

if (!existsSync('cli/fineprint.ts')) {
  console.log('build-cli: no cli/fineprint.ts yet, skipped');
  process.exit(0);
}
await build({
  entryPoints: ['cli/fineprint.ts'],
  outfile: 'dist/cli/fineprint.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['jsdom'],
  banner: { js: '#!/usr/bin/env node\nimport { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
  logLevel: 'warning',
});
chmodSync('dist/cli/fineprint.mjs', 0o755);
