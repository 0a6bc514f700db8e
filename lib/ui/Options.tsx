/**
 * The options page: every setting of settings.ts, written the moment it changes (the background and content
 * scripts watch them, so nothing needs a reload). `Options` is the view; `OptionsApp` loads and writes.
 */
import { useEffect, useState } from 'preact/hooks';
import type { WarningLevel } from '../types';
import type { CardLine, Settings } from '../extension/settings';
import { parseHostInput } from './hosts';
import { WARNING_IDS, WARNING_NAMES } from './verdicts';

export interface SettingsStore {
  load(): Promise<Settings>;
  set<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void>;
  /** Call back when settings change elsewhere (another options tab, the popup); returns the unsubscribe. */
  watch(onChange: () => void): () => void;
}

export function OptionsApp({ store }: { store: SettingsStore }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState('');
  useEffect(() => {
    let alive = true;
    const reload = () => store.load().then((s) => alive && setSettings(s));
    void reload();
    const stop = store.watch(() => void reload());
    return () => {
      alive = false;
      stop();
    };
  }, [store]);
  if (!settings) return <p data-testid="options-loading">Loading settings…</p>;
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    setSettings((prev) => (prev ? { ...prev, [key]: value } : prev));
    store.set(key, value).then(
      () => setSaved('Saved. Changes apply right away.'),
      () => setSaved('Could not save this change.'),
    );
  };
  return <Options settings={settings} set={set} saved={saved} />;
}

const LINE_NAMES: Record<CardLine, string> = {
  rights: 'Rights',
  retention: 'Retention',
  selling: 'Selling',
  contact: 'Contact',
  warnings: 'Warnings',
  topics: 'Topics covered and never mentioned',
};
const LINES = Object.keys(LINE_NAMES) as CardLine[];

const BADGE_LEVELS: { value: WarningLevel; label: string }[] = [
  { value: 'high', label: 'High only' },
  { value: 'medium', label: 'Medium and high' },
  { value: 'low', label: 'All warnings (low, medium and high)' },
];

function sensitivityWords(v: number): string {
  if (v < 0.35) return 'Strict: only pages that clearly read like privacy policies';
  if (v <= 0.65) return v === 0.5 ? 'Balanced (default)' : 'Balanced';
  return 'Eager: borderline pages too (more false alarms)';
}

export function Options(props: {
  settings: Settings;
  set: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
  saved: string;
}) {
  const { settings: s, set } = props;
  return (
    <main class="fp-options">
      <h1>Fineprint options</h1>
      <p class="fp-hint">Everything stays on this computer. Changes apply at once.</p>

      <section aria-labelledby="opt-detect-h">
        <h2 id="opt-detect-h">Detection</h2>
        <label class="fp-check">
          <input
            type="checkbox"
            data-testid="opt-auto-detect"
            checked={s.autoDetect}
            onChange={(e) => set('autoDetect', e.currentTarget.checked)}
          />
          <span>
            Detect privacy policies automatically
            <small class="fp-hint">
              When off, Fineprint reads a page only when you click its toolbar button.
            </small>
          </span>
        </label>
        <label class="fp-field" for="opt-sensitivity">
          Detection sensitivity: <strong data-testid="opt-sensitivity-value">{sensitivityWords(s.sensitivity)}</strong>
        </label>
        <input
          id="opt-sensitivity"
          type="range"
          min="0"
          max="1"
          step="0.05"
          value={String(s.sensitivity)}
          data-testid="opt-sensitivity"
          aria-describedby="opt-sensitivity-help"
          aria-valuetext={sensitivityWords(s.sensitivity)}
          onChange={(e) => set('sensitivity', Number(e.currentTarget.value))}
        />
        <p id="opt-sensitivity-help" class="fp-hint">
          Lower: fewer pages are treated as policies, and some real ones may be missed. Higher: more pages are
          analyzed automatically, including some that are not policies.
        </p>
      </section>

      <SitesEditor sites={s.disabledSites} onChange={(sites) => set('disabledSites', sites)} />

      <section aria-labelledby="opt-badge-h">
        <h2 id="opt-badge-h">Toolbar badge</h2>
        <label class="fp-field" for="opt-badge-level">
          Show warnings on the badge from level
        </label>
        <select
          id="opt-badge-level"
          data-testid="opt-badge-level"
          value={s.badgeMinLevel}
          onChange={(e) => set('badgeMinLevel', e.currentTarget.value as WarningLevel)}
        >
          {BADGE_LEVELS.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
            </option>
          ))}
        </select>
        <fieldset>
          <legend>Warnings that light the badge</legend>
          <p class="fp-hint">Unchecked warnings still show on the card.</p>
          {WARNING_IDS.map((id) => (
            <label class="fp-check" key={id}>
              <input
                type="checkbox"
                data-testid={`opt-warning-${id}`}
                checked={!s.mutedWarnings.includes(id)}
                onChange={(e) =>
                  set('mutedWarnings', e.currentTarget.checked ? s.mutedWarnings.filter((m) => m !== id) : [...s.mutedWarnings, id])
                }
              />
              <span>{WARNING_NAMES[id]}</span>
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="opt-card-h">
        <h2 id="opt-card-h">The card</h2>
        <fieldset>
          <legend>Lines the popup card shows</legend>
          {LINES.map((line) => (
            <label class="fp-check" key={line}>
              <input
                type="checkbox"
                data-testid={`opt-line-${line}`}
                checked={s.cardLines[line]}
                onChange={(e) => set('cardLines', { ...s.cardLines, [line]: e.currentTarget.checked })}
              />
              <span>{LINE_NAMES[line]}</span>
            </label>
          ))}
        </fieldset>
      </section>

      <p class="fp-saved" role="status" aria-live="polite" data-testid="opt-saved">
        {props.saved}
      </p>
    </main>
  );
}

function SitesEditor({ sites, onChange }: { sites: string[]; onChange: (sites: string[]) => void }) {
  const [input, setInput] = useState('');
  const [error, setError] = useState('');
  const add = (e: Event) => {
    e.preventDefault();
    const parsed = parseHostInput(input);
    if (!parsed.ok) return setError(parsed.error);
    if (sites.includes(parsed.host)) return setError(`${parsed.host} is already in the list.`);
    setError('');
    setInput('');
    onChange([...sites, parsed.host]);
  };
  return (
    <section aria-labelledby="opt-sites-h">
      <h2 id="opt-sites-h">Sites where Fineprint is off</h2>
      <p class="fp-hint">Fineprint does not look at any page of these sites or their subdomains.</p>
      <form class="fp-row" onSubmit={add} noValidate>
        <label class="fp-sr" for="opt-site-input">
          Site to turn Fineprint off on
        </label>
        <input
          id="opt-site-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="example.com"
          data-testid="opt-site-input"
          value={input}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'opt-site-error' : undefined}
          onInput={(e) => setInput(e.currentTarget.value)}
        />
        <button type="submit" class="fp-button" data-testid="opt-site-add">
          Add
        </button>
      </form>
      {error ? (
        <p id="opt-site-error" class="fp-error" role="alert" data-testid="opt-site-error">
          {error}
        </p>
      ) : null}
      {sites.length ? (
        <ul class="fp-sites" data-testid="opt-sites-list" aria-label="Sites where Fineprint is off">
          {sites.map((site) => (
            <li key={site} data-testid="opt-site" data-host={site}>
              <span>{site}</span>
              <button
                type="button"
                class="fp-link-button"
                data-testid="opt-site-remove"
                data-host={site}
                aria-label={`Turn Fineprint back on for ${site}`}
                onClick={() => onChange(sites.filter((x) => x !== site))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="fp-hint" data-testid="opt-sites-empty">
          No sites yet: Fineprint works everywhere.
        </p>
      )}
    </section>
  );
}
