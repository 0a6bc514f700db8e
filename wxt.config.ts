import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// One config builds Chrome MV3 and Firefox; the manifest is generated from here.
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Fineprint',
    description: 'Reads privacy policies for you, locally: rights, retention, selling and contact.',
    permissions: ['storage', 'activeTab', 'scripting'],
  },
});
