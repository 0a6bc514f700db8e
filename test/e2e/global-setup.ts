import { buildExtension } from './harness';

// Build the Chrome extension once for every e2e test file (FINEPRINT_E2E_NO_BUILD=1 tests an existing build).
export default function setup(): void {
  buildExtension();
}
