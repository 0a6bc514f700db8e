import { startBackground } from '@/lib/extension/background';

// All logic lives in lib/extension/background.ts; this only registers the listeners.
export default defineBackground(() => startBackground());
