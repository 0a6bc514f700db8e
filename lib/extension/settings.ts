/**
 * Every setting, in one file. Each is a WXT storage item with a fallback (the default) and a version;
 * a rename or a change of shape gets a migration here.
 */
import { storage } from 'wxt/utils/storage';
import type { WarningId, WarningLevel } from '../types';
import { CONTENT_SETTING_KEYS as KEYS } from './sites';

/** Run stage-1 detection on every page and analyze candidates automatically. Default: on. */
export const autoDetect = storage.defineItem<boolean>(`local:${KEYS.autoDetect}`, { fallback: true, version: 1 });

/** Hostnames where Fineprint does nothing at all (exact host or any subdomain). Default: none. */
export const disabledSites = storage.defineItem<string[]>(`local:${KEYS.disabledSites}`, { fallback: [], version: 1 });

/** The lowest warning level that lights the badge. Default: 'medium'. */
export const badgeMinLevel = storage.defineItem<WarningLevel>('local:badgeMinLevel', { fallback: 'medium', version: 1 });

/** Warnings that never light the badge (they still show on the card). Default: none muted. */
export const mutedWarnings = storage.defineItem<WarningId[]>('local:mutedWarnings', { fallback: [], version: 1 });

/** Detection sensitivity 0..1 (higher: more pages count as policies). Default 0.5, the tuned threshold. */
export const sensitivity = storage.defineItem<number>(`local:${KEYS.sensitivity}`, { fallback: 0.5, version: 1 });

export type CardLine = 'rights' | 'retention' | 'selling' | 'contact' | 'warnings' | 'topics';
/** Which lines the card shows. Default: all. */
export const cardLines = storage.defineItem<Record<CardLine, boolean>>('local:cardLines', {
  fallback: { rights: true, retention: true, selling: true, contact: true, warnings: true, topics: true },
  version: 1,
});

export interface Settings {
  autoDetect: boolean;
  disabledSites: string[];
  badgeMinLevel: WarningLevel;
  mutedWarnings: WarningId[];
  sensitivity: number;
  cardLines: Record<CardLine, boolean>;
}

export async function loadSettings(): Promise<Settings> {
  const [a, d, b, m, s, c] = await Promise.all([
    autoDetect.getValue(),
    disabledSites.getValue(),
    badgeMinLevel.getValue(),
    mutedWarnings.getValue(),
    sensitivity.getValue(),
    cardLines.getValue(),
  ]);
  return { autoDetect: a, disabledSites: d, badgeMinLevel: b, mutedWarnings: m, sensitivity: s, cardLines: c };
}

export { isSiteDisabled } from './sites';
