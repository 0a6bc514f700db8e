import { describe, expect, test } from 'vitest';
import { badgeFor, BADGE_COLORS } from '../../lib/extension/badge';
import type { TabState } from '../../lib/extension/messages';
import type { PolicyWarning } from '../../lib/types';
import { summary, warning } from './fixtures';

const policy = (warnings: PolicyWarning[]): TabState => ({ status: 'policy', url: 'https://a.example/privacy', summary: summary(warnings), updatedAt: 0 });
const ALL = [warning('sells-data', 'high'), warning('no-contact', 'medium'), warning('retention-not-stated', 'low')];

describe('badge from the worst warning the person asked to see', () => {
  test.each([
    ['medium', [], ALL, '2', BADGE_COLORS.high],
    ['low', [], ALL, '3', BADGE_COLORS.high],
    ['high', [], ALL, '1', BADGE_COLORS.high],
    ['medium', ['sells-data'], ALL, '1', BADGE_COLORS.medium],
    ['low', ['sells-data', 'no-contact'], ALL, '1', BADGE_COLORS.low],
    ['high', ['sells-data'], ALL, '✓', BADGE_COLORS.clear],
    ['medium', [], [], '✓', BADGE_COLORS.clear],
  ] as const)('level %s, muted %j → "%s"', (level, muted, warnings, text, color) => {
    expect(badgeFor(policy([...warnings]), { badgeMinLevel: level, mutedWarnings: [...muted] })).toEqual({ text, color });
  });

  test.each(['idle', 'not-policy', 'unsupported', 'disabled', 'error'] as const)('status %s shows no badge', (status) => {
    expect(badgeFor({ status, url: '', updatedAt: 0, summary: summary(ALL) }, { badgeMinLevel: 'low', mutedWarnings: [] }).text).toBe('');
  });

  test('analyzing shows a busy mark; no state shows nothing', () => {
    expect(badgeFor({ status: 'analyzing', url: '', updatedAt: 0 }, { badgeMinLevel: 'low', mutedWarnings: [] }).text).toBe('…');
    expect(badgeFor(null, { badgeMinLevel: 'low', mutedWarnings: [] }).text).toBe('');
  });
});
