/** The toolbar badge of a tab: text and colour from the worst warning the person asked to see. */
import { browser } from 'wxt/browser';
import type { WarningId, WarningLevel } from '../types';
import type { TabState } from './messages';

export interface Badge {
  text: string;
  /** Background colour, #rrggbb. */
  color: string;
}

export interface BadgeSettings {
  badgeMinLevel: WarningLevel;
  mutedWarnings: readonly WarningId[];
}

const RANK: Record<WarningLevel, number> = { low: 1, medium: 2, high: 3 };
export const BADGE_COLORS = {
  high: '#b3261e',
  medium: '#b35c00',
  low: '#1f5fa8',
  clear: '#2e7d32',
  busy: '#5f6368',
} as const;
export const NO_BADGE: Badge = { text: '', color: BADGE_COLORS.busy };

/**
 * The badge for a tab. A policy shows the number of warnings at or above `badgeMinLevel` (muted ones left out)
 * in the colour of the worst; a policy with none shows a green check; everything else shows nothing, except
 * '…' while analyzing.
 */
export function badgeFor(state: TabState | null, settings: BadgeSettings): Badge {
  if (!state) return NO_BADGE;
  if (state.status === 'analyzing') return { text: '…', color: BADGE_COLORS.busy };
  if (state.status !== 'policy' || !state.summary) return NO_BADGE;
  const min = RANK[settings.badgeMinLevel] ?? RANK.medium;
  const shown = state.summary.warnings.filter((w) => RANK[w.level] >= min && !settings.mutedWarnings.includes(w.id));
  if (shown.length === 0) return { text: '✓', color: BADGE_COLORS.clear };
  const worst = shown.reduce((a, b) => (RANK[b.level] > RANK[a.level] ? b : a)).level;
  return { text: String(shown.length), color: BADGE_COLORS[worst] };
}

/** Show a badge on one tab. A tab closed meanwhile is not an error. */
export async function showBadge(tabId: number, badge: Badge): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: badge.text });
    if (badge.text) {
      await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
      await browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
    }
  } catch {
    // The tab is gone: nothing to show.
  }
}
