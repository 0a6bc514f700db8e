/**
 * The popup card: a pure view of { TabState, settings, actions }. Everything from the page is rendered as text
 * nodes (never as HTML), and links are only built from validated values (links.ts).
 */
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Evidence, PolicySummary, PolicyWarning, SentenceLocator } from '../types';
import type { TabState } from '../extension/messages';
import type { CardLine, Settings } from '../extension/settings';
import {
  contactLinks,
  contactPlain,
  contactVerdict,
  LEVEL_NAMES,
  LEVEL_TONE,
  RIGHT_TAGS,
  retentionVerdict,
  rightsVerdict,
  sellingVerdict,
  siteOf,
  TONE_LABEL,
  TOPIC_NAMES,
  type LineVerdict,
  type Tone,
} from './verdicts';

export interface CardActions {
  /** Run the full analysis on the tab now ("Analyze anyway", "Try again"). */
  analyze(): void;
  /** Scroll the page to a sentence and highlight it; resolves to whether the page found it. */
  highlight(locator: SentenceLocator): Promise<boolean>;
  /** Remove this tab's site from the disabled list (and analyze it). */
  enableSite(): void;
  openOptions(): void;
}

export interface CardProps {
  /** null while the first answer from the background is awaited. */
  state: TabState | null;
  settings: Pick<Settings, 'cardLines'>;
  actions: CardActions;
}

export function Card({ state, settings, actions }: CardProps) {
  const [anyway, setAnyway] = useState(false);
  const body = (() => {
    if (!state) return <Loading />;
    switch (state.status) {
      case 'policy':
        return state.summary ? <Summary summary={state.summary} lines={settings.cardLines} actions={actions} /> : <Failed state={state} actions={actions} />;
      case 'not-policy':
        if (anyway && state.summary) {
          return <Summary summary={state.summary} lines={settings.cardLines} actions={actions} notPolicy />;
        }
        return (
          <NotPolicy
            state={state}
            onAnyway={() => {
              setAnyway(true);
              if (!state.summary) actions.analyze();
            }}
          />
        );
      case 'analyzing':
        return <Analyzing />;
      case 'idle':
        return <Idle actions={actions} />;
      case 'unsupported':
        return <Unsupported state={state} />;
      case 'disabled':
        return <Disabled state={state} actions={actions} />;
      case 'error':
      default:
        return <Failed state={state} actions={actions} />;
    }
  })();
  return (
    <div class="fp-popup">
      {body}
      <footer class="fp-footer">
        <span class="fp-brand" aria-hidden="true">
          Fineprint
        </span>
        <button type="button" class="fp-link-button" data-testid="open-options" onClick={() => actions.openOptions()}>
          Options
        </button>
      </footer>
    </div>
  );
}

function StateBox(props: { testid: string; title: string; children?: ComponentChildren; busy?: boolean; icon?: string }) {
  return (
    <section class="fp-state" data-testid={props.testid} aria-busy={props.busy ? 'true' : undefined} aria-labelledby={`${props.testid}-h`}>
      {props.icon ? (
        <span class="fp-state-icon" aria-hidden="true">
          {props.icon}
        </span>
      ) : null}
      <h1 id={`${props.testid}-h`} class="fp-state-title">
        {props.title}
      </h1>
      {props.children}
    </section>
  );
}

function Loading() {
  return (
    <StateBox testid="state-loading" title="Looking at this page…" busy>
      <span class="fp-spinner" aria-hidden="true" />
    </StateBox>
  );
}

function Analyzing() {
  return (
    <StateBox testid="state-analyzing" title="Reading the policy…" busy>
      <span class="fp-spinner" aria-hidden="true" />
      <p class="fp-state-text" role="status">
        Fineprint reads it here, on your computer. Nothing is sent anywhere.
      </p>
    </StateBox>
  );
}

function Idle({ actions }: { actions: CardActions }) {
  return (
    <StateBox testid="state-idle" title="Not read yet">
      <p class="fp-state-text">Fineprint has not read this page yet.</p>
      <button type="button" class="fp-button" data-testid="analyze-now" onClick={() => actions.analyze()}>
        Analyze this page
      </button>
    </StateBox>
  );
}

function scoreOf(state: TabState): number | null {
  const score = state.summary?.policyScore ?? state.detection?.score;
  return typeof score === 'number' && Number.isFinite(score) ? score : null;
}

function NotPolicy({ state, onAnyway }: { state: TabState; onAnyway: () => void }) {
  const score = scoreOf(state);
  return (
    <StateBox testid="state-not-policy" title="Not a privacy policy" icon="i">
      <p class="fp-state-text">This page does not read like a privacy policy, so Fineprint did not summarize it.</p>
      {score !== null ? (
        <p class="fp-state-text" data-testid="policy-score">
          Policy score: {Math.round(score * 100)}% (a policy usually scores above 50%)
        </p>
      ) : null}
      <button type="button" class="fp-button" data-testid="analyze-anyway" onClick={onAnyway}>
        Analyze anyway
      </button>
    </StateBox>
  );
}

function Unsupported({ state }: { state: TabState }) {
  return (
    <StateBox testid="state-unsupported" title="Nothing to analyze here" icon="–">
      <p class="fp-state-text" data-testid="state-message">
        {state.error || 'Fineprint cannot read this page.'}
      </p>
    </StateBox>
  );
}

function Disabled({ state, actions }: { state: TabState; actions: CardActions }) {
  const site = siteOf(state.url);
  return (
    <StateBox testid="state-disabled" title={site ? `Fineprint is off on ${site}` : 'Fineprint is off on this site'} icon="–">
      <p class="fp-state-text">You turned Fineprint off for this site, so it does not look at its pages.</p>
      <button type="button" class="fp-button" data-testid="enable-site" onClick={() => actions.enableSite()}>
        Turn on for this site
      </button>
    </StateBox>
  );
}

function Failed({ state, actions }: { state: TabState; actions: CardActions }) {
  return (
    <StateBox testid="state-error" title="Fineprint could not read this page" icon="!">
      <p class="fp-state-text" data-testid="state-message">
        {state.error || 'Something went wrong while reading the page.'}
      </p>
      <button type="button" class="fp-button" data-testid="retry" onClick={() => actions.analyze()}>
        Try again
      </button>
    </StateBox>
  );
}

const TONE_ICON: Record<Tone, string> = { good: '✓', bad: '!', caution: '?', neutral: 'i' };

function ToneIcon({ tone }: { tone: Tone }) {
  return (
    <span class={`fp-icon fp-tone-${tone}`} aria-hidden="true">
      {TONE_ICON[tone]}
    </span>
  );
}

interface Quote extends Evidence {
  /** A short label shown before the quote (e.g. which right it supports). */
  tag?: string;
}

function Summary(props: { summary: PolicySummary; lines: Record<CardLine, boolean>; actions: CardActions; notPolicy?: boolean }) {
  const { summary: s, lines, actions } = props;
  const [status, setStatus] = useState('');
  const site = siteOf(s.url);
  const highlight = (locator: SentenceLocator) => {
    setStatus('Looking for the sentence on the page…');
    actions.highlight(locator).then(
      (found) => setStatus(found ? 'Highlighted on the page.' : 'Could not find this sentence on the page (it may have changed).'),
      () => setStatus('Could not reach the page to highlight the sentence.'),
    );
  };
  const rightsQuotes: Quote[] = s.rights.flatMap((r) => r.evidence.map((e) => ({ ...e, tag: RIGHT_TAGS[r.kind] ?? r.kind })));
  return (
    <article class="fp-card" data-testid={props.notPolicy ? 'state-summary-anyway' : 'state-policy'} aria-labelledby="fp-title">
      <header class="fp-head">
        <h1 id="fp-title" class="fp-title" data-testid="card-title">
          {s.title || 'Privacy policy'}
        </h1>
        {site ? (
          <p class="fp-site" data-testid="card-site">
            {site}
          </p>
        ) : null}
        {props.notPolicy ? (
          <p class="fp-banner" data-testid="not-policy-banner">
            This page may not be a privacy policy (score {Math.round(s.policyScore * 100)}%).
          </p>
        ) : null}
      </header>
      <ul class="fp-lines" aria-label="Summary">
        {lines.rights ? <Line id="rights" label="Rights" verdict={rightsVerdict(s)} quotes={rightsQuotes} onQuote={highlight} /> : null}
        {lines.retention ? (
          <Line id="retention" label="Retention" verdict={retentionVerdict(s)} quotes={s.retention.evidence} onQuote={highlight} />
        ) : null}
        {lines.selling ? <Line id="selling" label="Selling" verdict={sellingVerdict(s)} quotes={s.selling.evidence} onQuote={highlight} /> : null}
        {lines.contact ? (
          <Line id="contact" label="Contact" verdict={contactVerdict(s)} quotes={s.contact.evidence} onQuote={highlight}>
            <Contact summary={s} />
          </Line>
        ) : null}
      </ul>
      {lines.warnings ? <Warnings warnings={s.warnings} onQuote={highlight} /> : null}
      {lines.topics && s.topics ? <Topics summary={s} /> : null}
      {s.notes.length ? (
        <p class="fp-notes" data-testid="card-notes">
          Some fields may be empty: {s.notes.join('; ')}.
        </p>
      ) : null}
      <p class="fp-live" role="status" aria-live="polite" data-testid="highlight-status">
        {status}
      </p>
    </article>
  );
}

function Line(props: {
  id: string;
  label: string;
  verdict: LineVerdict;
  quotes: Quote[];
  onQuote: (l: SentenceLocator) => void;
  children?: ComponentChildren;
}) {
  const { id, label, verdict, quotes } = props;
  const [open, setOpen] = useState(false);
  const panel = `fp-ev-${id}`;
  return (
    <li class={`fp-line fp-tone-${verdict.tone}`} data-testid={`line-${id}`} data-verdict={verdict.value} data-tone={verdict.tone}>
      <div class="fp-line-row">
        <ToneIcon tone={verdict.tone} />
        <div class="fp-line-main">
          <h2 class="fp-line-label">{label}</h2>
          <p class="fp-verdict" data-testid={`verdict-${id}`}>
            <span class="fp-sr">{TONE_LABEL[verdict.tone]}: </span>
            {verdict.text}
          </p>
          {props.children}
        </div>
        {quotes.length ? (
          <button
            type="button"
            class="fp-toggle"
            aria-expanded={open ? 'true' : 'false'}
            aria-controls={panel}
            aria-label={`${open ? 'Hide' : 'Show'} what the policy says about ${label.toLowerCase()} (${quotes.length} ${quotes.length === 1 ? 'quote' : 'quotes'})`}
            data-testid={`toggle-${id}`}
            onClick={() => setOpen(!open)}
          >
            <span aria-hidden="true">{quotes.length}</span>
            <span class="fp-chevron" aria-hidden="true" />
          </button>
        ) : null}
      </div>
      {open ? <Quotes id={panel} line={id} quotes={quotes} onQuote={props.onQuote} /> : null}
    </li>
  );
}

function Quotes(props: { id: string; line: string; quotes: Quote[]; onQuote: (l: SentenceLocator) => void }) {
  return (
    <ul id={props.id} class="fp-quotes" data-testid={`evidence-${props.line}`} aria-label="Quotes from the policy">
      {props.quotes.map((q, i) => (
        <li key={`${q.sentence}-${i}`}>
          <button
            type="button"
            class="fp-quote"
            data-testid="evidence-quote"
            data-line={props.line}
            data-sentence={String(q.sentence)}
            title="Show this sentence on the page"
            onClick={() => props.onQuote(q.locator)}
          >
            {q.tag ? <span class="fp-quote-tag">{q.tag}: </span> : null}
            <q>{q.text}</q>
            {q.section && q.section !== q.text ? <span class="fp-quote-section"> — {q.section}</span> : null}
          </button>
        </li>
      ))}
    </ul>
  );
}

function Contact({ summary }: { summary: PolicySummary }) {
  const links = contactLinks(summary);
  const plain = contactPlain(summary);
  if (!links.length && !plain.length) return null;
  return (
    <ul class="fp-contact" aria-label="Contact details">
      {links.map((l) => (
        <li key={l.href}>
          {l.kind === 'form' ? (
            <a href={l.href} target="_blank" rel="noopener noreferrer" data-testid="contact-link" data-kind={l.kind}>
              {l.label}
            </a>
          ) : (
            <a href={l.href} data-testid="contact-link" data-kind={l.kind}>
              {l.label}
            </a>
          )}
        </li>
      ))}
      {plain.map((p, i) => (
        <li key={`p${i}`} class="fp-contact-plain" data-testid="contact-text">
          {p}
        </li>
      ))}
    </ul>
  );
}

function Warnings({ warnings, onQuote }: { warnings: PolicyWarning[]; onQuote: (l: SentenceLocator) => void }) {
  return (
    <section class="fp-warnings" data-testid="warnings" aria-labelledby="fp-warnings-h">
      <h2 id="fp-warnings-h" class="fp-section-title">
        {warnings.length ? `Warnings (${warnings.length})` : 'Warnings'}
      </h2>
      {warnings.length ? (
        <ul class="fp-lines">
          {warnings.map((w) => (
            <Warning key={w.id} warning={w} onQuote={onQuote} />
          ))}
        </ul>
      ) : (
        <p class="fp-state-text" data-testid="no-warnings">
          None of the warnings Fineprint checks for.
        </p>
      )}
    </section>
  );
}

function Warning({ warning: w, onQuote }: { warning: PolicyWarning; onQuote: (l: SentenceLocator) => void }) {
  const [open, setOpen] = useState(false);
  const tone = LEVEL_TONE[w.level];
  const panel = `fp-ev-w-${w.id}`;
  return (
    <li class={`fp-line fp-tone-${tone}`} data-testid="warning" data-warning-id={w.id} data-level={w.level}>
      <div class="fp-line-row">
        <ToneIcon tone={tone} />
        <p class="fp-line-main fp-verdict">
          <span class="fp-level">{LEVEL_NAMES[w.level]}</span>
          <span class="fp-sr">: </span>
          {w.text}
        </p>
        {w.evidence.length ? (
          <button
            type="button"
            class="fp-toggle"
            aria-expanded={open ? 'true' : 'false'}
            aria-controls={panel}
            aria-label={`${open ? 'Hide' : 'Show'} quotes for this warning (${w.evidence.length})`}
            data-testid={`toggle-warning-${w.id}`}
            onClick={() => setOpen(!open)}
          >
            <span aria-hidden="true">{w.evidence.length}</span>
            <span class="fp-chevron" aria-hidden="true" />
          </button>
        ) : null}
      </div>
      {open ? <Quotes id={panel} line={`warning-${w.id}`} quotes={w.evidence} onQuote={onQuote} /> : null}
    </li>
  );
}

function Topics({ summary }: { summary: PolicySummary }) {
  const t = summary.topics!;
  const names = (cats: typeof t.covers) => cats.map((c) => TOPIC_NAMES[c] ?? c).join(', ');
  return (
    <p class="fp-topics" data-testid="topics">
      {t.covers.length ? (
        <>
          <strong>Covers:</strong> {names(t.covers)}.{' '}
        </>
      ) : null}
      {t.neverMentions.length ? (
        <>
          <strong>Never mentions:</strong> {names(t.neverMentions)}.
        </>
      ) : null}
    </p>
  );
}
