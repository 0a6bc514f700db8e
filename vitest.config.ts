import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Node 20 lacks Map.groupBy, which vitest 5's reporter calls to print failures (it crashes and hides them otherwise).
if (!('groupBy' in Map)) {
  Object.defineProperty(Map, 'groupBy', {
    value: <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => {
      const groups = new Map<K, T[]>();
      let i = 0;
      for (const item of items) {
        const k = key(item, i++);
        const group = groups.get(k);
        if (group) group.push(item);
        else groups.set(k, [item]);
      }
      return groups;
    },
  });
}

// Projects: fast unit tests (Node, WXT's fakeBrowser), end-to-end tests in real Chromium, and a Firefox smoke test.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: { name: 'unit', include: ['test/**/*.test.{ts,tsx}'], exclude: ['test/e2e/**', 'test/e2e-firefox/**'], environment: 'node', testTimeout: 30_000 },
      },
      {
        // The extension is built once for all e2e files (test/e2e/global-setup.ts).
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        // Firefox ESR over WebDriver BiDi (test/e2e-firefox/harness.ts); skipped only when Firefox is not installed.
        // The Firefox build is made once for both of its files (test/e2e-firefox/global-setup.ts).
        test: {
          name: 'e2e-firefox',
          include: ['test/e2e-firefox/**/*.test.ts'],
          globalSetup: ['test/e2e-firefox/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
