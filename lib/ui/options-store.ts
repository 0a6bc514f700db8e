/** The options page's SettingsStore: the WXT storage items of settings.ts. */
import { autoDetect, badgeMinLevel, cardLines, disabledSites, loadSettings, mutedWarnings, sensitivity, type Settings } from '../extension/settings';
import type { SettingsStore } from './Options';

const ITEMS = { autoDetect, disabledSites, badgeMinLevel, mutedWarnings, sensitivity, cardLines };

export const browserSettingsStore: SettingsStore = {
  load: loadSettings,
  set: async (key, value) => {
    await (ITEMS[key] as { setValue(v: Settings[typeof key]): Promise<void> }).setValue(value);
  },
  watch: (onChange) => {
    const stops = Object.values(ITEMS).map((item) => (item as { watch(cb: () => void): () => void }).watch(onChange));
    return () => stops.forEach((stop) => stop());
  },
};
