/** `--pretty`: the summary card as plain text for a terminal, colored only when the terminal wants color. */
import type { Evidence } from '../lib/index';
import type { SummaryRecord } from './analyze';

export interface CardStyle {
  color: boolean;
  /** Total line width to wrap to. */
  width: number;
}

/** Color when stdout is a terminal, unless NO_COLOR is set (https://no-color.org); FORCE_COLOR forces it. */
export function terminalStyle(stream: NodeJS.WriteStream): CardStyle {
  const env = process.env;
  const color = env.FORCE_COLOR ? env.FORCE_COLOR !== '0' : Boolean(stream.isTTY) && !env.NO_COLOR && env.TERM !== 'dumb';
  return { color, width: Math.max(50, Math.min(stream.columns || 80, 100)) };
}

const LABEL_WIDTH = 12;
const QUOTE_CHARS = 150;

export function renderCard(record: SummaryRecord, style: CardStyle): string {
  const paint = (code: string) => (text: string) => (style.color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const bold = paint('1');
  const dim = paint('2');
  const red = paint('31');
  const green = paint('32');
  const yellow = paint('33');
  const lines: string[] = [];
  const wrapWidth = style.width - LABEL_WIDTH;
  const field = (label: string, value: string, quotes: Evidence[] = [], maxQuotes = 2, quoteChars = QUOTE_CHARS) => {
    wrap(value, wrapWidth).forEach((line, i) => lines.push((i === 0 ? bold(label.padEnd(LABEL_WIDTH)) : ' '.repeat(LABEL_WIDTH)) + line));
    for (const quote of quotes.slice(0, maxQuotes)) {
      for (const line of wrap(`“${truncate(quote.text, quoteChars)}”`, wrapWidth - 2)) lines.push(' '.repeat(LABEL_WIDTH + 2) + dim(line));
    }
  };

  lines.push(bold(record.title || record.file));
  const verdict = record.isPolicy ? green('a privacy policy') : yellow('probably not a privacy policy');
  lines.push(dim(`${record.file} · ${record.lang} · ${record.words.toLocaleString('en-US')} words · `) + `policy score ${record.policyScore.toFixed(2)} (${verdict})`);
  lines.push('');

  const rights = record.rights.map((r) => r.kind).join(', ');
  // One quote per right, each a sentence not quoted yet: "you wish to review or correct ..." grants access and correction,
  // and would otherwise fill both lines with the same quote.
  const rightQuotes: Evidence[] = [];
  for (const r of record.rights) {
    const quote = r.evidence.find((e) => !rightQuotes.some((q) => q.text === e.text));
    if (quote) rightQuotes.push(quote);
  }
  field('Rights', rights || dim('none found'), rightQuotes);

  const retention = record.retention;
  const retentionText = retention.verdict === 'period' && retention.periods.length ? `period: ${retention.periods.join(', ')}` : retention.verdict;
  field('Retention', retention.verdict === 'indefinite' ? red(retentionText) : retentionText, retention.evidence);

  const selling = record.selling.verdict;
  field('Selling', selling === 'yes' ? red('yes') : selling === 'no' ? green('no') : selling, record.selling.evidence);

  const c = record.contact;
  const contacts = [...c.emails, ...c.phones, ...c.postal, ...c.urls];
  field('Contact', contacts.length ? contacts.join(' · ') : dim('none found'), c.evidence, 1);

  if (record.warnings.length === 0) field('Warnings', dim('none'));
  record.warnings.forEach((w, i) => {
    const level = w.level === 'high' ? red('high  ') : w.level === 'medium' ? yellow('medium') : 'low   ';
    field(i === 0 ? 'Warnings' : '', `${level} ${w.text}`, w.evidence, 1, 100);
  });

  const notes = [...record.notes, ...record.input.warnings];
  if (notes.length) field('Notes', notes.join(' '));
  return lines.join('\n') + '\n';
}

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut) + '…';
}

/** Word-wraps plain or ANSI-colored text; escape codes do not count toward the width. */
function wrap(text: string, width: number): string[] {
  const visible = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '').length;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && visible(line) + 1 + visible(word) > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  return lines;
}
