import { buildFirefoxExtension } from './harness';

// Build the Firefox extension once for every file of this project: the smoke test and web-ext lint read the same
// build (FINEPRINT_E2E_NO_BUILD=1 tests an existing one).
export default function setup(): void {
  buildFirefoxExtension();
}
