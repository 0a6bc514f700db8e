import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// One config builds Chrome MV3 and Firefox MV3; the manifest is generated from here.
// Every permission is explained in the README, section "Permissions".
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  // A function of the target browser: the Firefox-only keys stay out of the Chrome build (Chrome warns about
  // manifest keys it does not know).
  manifest: ({ browser }) => ({
    name: 'Fineprint',
    description: 'Reads privacy policies for you, locally: rights, retention, selling and contact.',
    // The toolbar button and its badge (WXT adds the popup page to it).
    action: { default_title: 'Fineprint' },
    permissions: ['storage', 'scripting'],
    // The content script already runs on every http(s) page; the same hosts let the background inject the
    // analyzer into a page stage 1 marked as a policy, without a click.
    host_permissions: ['http://*/*', 'https://*/*'],
    // Stage 1 on every http(s) page, once loaded (entrypoints/page-watch.ts). Declared here, not as a WXT content
    // script, so that it runs without WXT's wrapper, which touches the extension API on every page.
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle', js: ['page-watch.js'] }],
    // No content_security_policy key: the browsers' strict MV3 default (no remote or inline code) applies.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'fineprint@fineprint.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: [
      'node_modules/**',
      '.output/**',
      'dist/**',
      '.wxt/**',
      '.vitest/**',
      '.fp-scratch/**',
      'coverage/**',
      '.git/**',
      '**/*.zip',
    ],
  },
});
