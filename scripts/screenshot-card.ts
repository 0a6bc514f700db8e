/**
 * `npx tsx scripts/screenshot-card.ts`: the README's screenshot, taken from the BUILT extension in real Chromium
 * (run `npm run build:chrome` first) on a real policy served from 127.0.0.1 (an OPP-115 train page, 2015).
 */
import { launchWithExtension, servePages, tabIdOf, tabState, waitFor } from '../test/e2e/harness';

const out = process.argv[2] ?? 'assets/screenshot-card.png';
const server = await servePages({ '/Online-Policies/Privacy-Policy': 'ironhorse-privacy.html' });
const ext = await launchWithExtension();
try {
  const page = await ext.context.newPage();
  await page.goto(`${server.origin}/Online-Policies/Privacy-Policy`);
  const tabId = await tabIdOf(ext.worker, page);
  await waitFor(async () => ((await tabState(ext.worker, tabId))?.status === 'policy' ? true : undefined), 'the analysis', 30_000);
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByTestId('state-policy').waitFor();
  await popup.getByTestId('toggle-selling').click();
  await popup.mouse.move(0, 0);
  const height = await popup.evaluate(() => document.documentElement.scrollHeight);
  await popup.setViewportSize({ width: 380, height });
  await popup.screenshot({ path: out });
  console.log(`wrote ${out} (380 x ${height})`);
} finally {
  await ext.close();
  await server.close();
}
