import { analyzeThisPage } from '@/lib/extension/analyzer-run';

// Injected by the background (scripting.executeScript) only on candidate pages or when the person asks.
export default defineUnlistedScript(() => void analyzeThisPage());
