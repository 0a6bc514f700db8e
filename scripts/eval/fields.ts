/**
 * The card's fields measured on labels derived from public annotations (see labels-fields.ts for how each
 * label is derived and its limits): rights F1 (micro over document × kind), retention and selling accuracy,
 * email F1. `dev` = OPP-115 train+dev, C3PA documents outside the held-out list, ToS;DR outside held-out services;
 * `heldout` = summary_card_heldout only, run to report, never to choose rules.
 * FIELDS_ERRORS=1 prints the dev errors (refused for held-out).
 */
import { readFileSync } from 'node:fs';
import * as jsdom from 'jsdom';
import type { JSDOM } from 'jsdom';
import { parseHtml } from '../../cli/analyze';
import type { EvalPart, EvalRow } from './types';
import type { ExtractedPolicy, RightKind } from '../../lib/types';
import { analyzeDocument } from '../../lib/index';
import { extractFromDocument, extractFromText } from '../../lib/extract';
import { findRights } from '../../lib/summarize/rights';
import { retentionVerdict } from '../../lib/summarize/retention';
import { sellingVerdict } from '../../lib/summarize/selling';
import { findContact } from '../../lib/summarize/contact';
import { classifyPolicy } from '../../lib/classify';
import { C3PA_KINDS, c3paAllIds, loadC3pa, loadOpp115, loadTosdr, splits } from './labels-fields';

const RIGHTS_TARGET = 0.9;
const ACC_TARGET = 0.9;
const EMAIL_TARGET = 0.95;

class Counts {
  tp = 0; fp = 0; fn = 0;
  add(gold: Set<string>, pred: Set<string>): void {
    for (const g of gold) if (pred.has(g)) this.tp++; else this.fn++;
    for (const p of pred) if (!gold.has(p)) this.fp++;
  }
  f1(): number { return this.tp ? (2 * this.tp) / (2 * this.tp + this.fp + this.fn) : this.fp + this.fn ? 0 : 1; }
  recall(): number { return this.tp + this.fn ? this.tp / (this.tp + this.fn) : 1; }
}

const errors: string[] = [];
let showErrors = false;
function err(msg: string): void { if (showErrors) errors.push(msg); }

const fromText = (text: string): ExtractedPolicy => extractFromText(text, { title: '', url: '', format: 'txt' });
/** jsdom 29's css-tree throws on some stylesheets (`calc(... $var)`): style sheets are dropped, inline styles kept. */
/** A page read as the CLI reads it (style sheets jsdom cannot parse are dropped only then). */
function domOf(path: string): JSDOM {
  return parseHtml(jsdom, readFileSync(path, 'utf8'), 'https://example.test/privacy').dom;
}
const kindsOf = (p: ExtractedPolicy, only: RightKind[]): Set<string> => new Set(findRights(p).map((r) => r.kind).filter((k) => only.includes(k)));

export async function run(part: EvalPart): Promise<EvalRow[]> {
  const heldout = part === 'heldout';
  showErrors = !heldout && process.env.FIELDS_ERRORS === '1';
  const sp = splits();
  const rows: EvalRow[] = [];

  // OPP-115: retention (4 classes), access/edit/delete/export rights, emails of the contact segments.
  const oppNames = heldout ? sp.summary_card_heldout.opp115.policies : [...sp.opp115_policy_level_split.train, ...sp.opp115_policy_level_split.dev];
  const opp = loadOpp115(oppNames);
  const OPP_KINDS: RightKind[] = ['access', 'correction', 'deletion', 'portability'];
  let retOk = 0;
  const oppRights = new Counts();
  const oppEmails = new Counts();
  for (const d of opp) {
    const p = fromText(d.text);
    // The segment classifier's focus, as analyzeDocument computes it once per policy (see lib/index.ts).
    const focus = classifyPolicy(p);
    const ret = retentionVerdict(p, focus);
    if (ret.verdict === d.retention) retOk++;
    else err(`OPP ${d.id} retention gold=${d.retention} pred=${ret.verdict} ${ret.periods.join(',')} | ${ret.evidence.map((e) => e.text).join(' ¶ ').slice(0, 400)}`);
    const pred = kindsOf(p, OPP_KINDS);
    oppRights.add(d.rights, pred);
    for (const k of OPP_KINDS) if (d.rights.has(k) !== pred.has(k)) err(`OPP ${d.id} right ${k} gold=${d.rights.has(k)} pred=${pred.has(k)} ${findRights(p).find((r) => r.kind === k)?.evidence[0]?.text.slice(0, 200) ?? ''}`);
    const emails = new Set(findContact(p, focus).emails);
    oppEmails.add(new Set(d.emails), emails);
    if (d.emails.join() !== [...emails].sort().join() && showErrors) err(`OPP ${d.id} emails gold=${d.emails.join(',')} pred=${[...emails].join(',')}`);
  }
  const oppSet = `OPP-115 ${heldout ? 'test' : 'train+dev'} (${opp.length} policies)`;
  rows.push({ metric: 'retention accuracy', set: oppSet, value: retOk / Math.max(1, opp.length), n: opp.length, target: ACC_TARGET });
  rows.push({ metric: 'rights F1 (access/edit/del/export)', set: oppSet, value: oppRights.f1(), n: opp.length * OPP_KINDS.length, target: RIGHTS_TARGET });
  rows.push({ metric: 'email F1', set: `${oppSet}, contact segments`, value: oppEmails.f1(), n: oppEmails.tp + oppEmails.fp + oppEmails.fn, target: EMAIL_TARGET });
  rows.push({ metric: 'email recall', set: `${oppSet}, contact segments`, value: oppEmails.recall(), n: oppEmails.tp + oppEmails.fn });

  // C3PA: rights and selling from annotated spans (all non-held-out documents), then the full HTML pages.
  const heldC3pa = new Set(sp.summary_card_heldout.c3pa_full_pages.docs);
  const c3paIds = c3paAllIds().filter((id) => heldC3pa.has(id) === heldout);
  const c3pa = loadC3pa(c3paIds);
  const spanRights = new Counts();
  const spanRightsAny = new Counts();
  const spanEmails = new Counts();
  let sellOk = 0, sellN = 0, contactOk = 0, contactN = 0;
  for (const d of c3pa) {
    const p = fromText(d.spansText);
    const pred = kindsOf(p, C3PA_KINDS);
    spanRights.add(d.rights, pred);
    spanRightsAny.add(d.rightsAny, pred);
    for (const k of C3PA_KINDS) if (d.rights.has(k) !== pred.has(k)) err(`C3PA ${d.id} right ${k} gold=${d.rights.has(k)} pred=${pred.has(k)} ${findRights(p).find((r) => r.kind === k)?.evidence[0]?.text.slice(0, 200) ?? ''}`);
    if (d.selling) {
      sellN++;
      const s = sellingVerdict(p);
      if (s.verdict === d.selling) sellOk++;
      else err(`C3PA ${d.id} selling gold=${d.selling} pred=${s.verdict} | ${s.evidence.map((e) => e.text).join(' ¶ ').slice(0, 300)}`);
    }
    const c = findContact(p, classifyPolicy(p));
    const predEmails = new Set(c.emails);
    spanEmails.add(new Set(d.emails), predEmails);
    if (showErrors && [...d.emails].sort().join() !== [...predEmails].sort().join()) err(`C3PA ${d.id} emails gold=${d.emails.join(',')} pred=${[...predEmails].join(',')}`);
    if (d.hasContact) {
      contactN++;
      if (c.emails.length + c.phones.length + c.urls.length + c.postal.length) contactOk++;
      else err(`C3PA ${d.id} contact missing`);
    }
  }
  const c3Set = `C3PA spans ${heldout ? 'held-out' : 'non-held-out'} (${c3pa.length} docs)`;
  rows.push({ metric: 'rights F1 (5 CCPA kinds)', set: `${c3Set}, majority`, value: spanRights.f1(), n: c3pa.length * C3PA_KINDS.length, target: RIGHTS_TARGET });
  rows.push({ metric: 'rights F1 (5 CCPA kinds)', set: `${c3Set}, any annotator`, value: spanRightsAny.f1(), n: c3pa.length * C3PA_KINDS.length, target: RIGHTS_TARGET });
  rows.push({ metric: 'selling accuracy', set: `${c3Set}, Sold spans labeled`, value: sellOk / Math.max(1, sellN), n: sellN, target: ACC_TARGET });
  rows.push({ metric: 'contact found', set: `${c3Set}, with a method span`, value: contactOk / Math.max(1, contactN), n: contactN });
  // Gold is the emails inside "Methods to exercise rights" spans: an org address quoted elsewhere counts as a false positive.
  rows.push({ metric: 'email F1', set: `${c3Set}, method spans`, value: spanEmails.f1(), n: spanEmails.tp + spanEmails.fp + spanEmails.fn, target: EMAIL_TARGET });
  rows.push({ metric: 'email recall', set: `${c3Set}, method spans`, value: spanEmails.recall(), n: spanEmails.tp + spanEmails.fn });

  // C3PA full pages through the whole analyzer (jsdom + analyzeDocument).
  const pages = c3pa.filter((d) => d.htmlFile);
  const pageRights = new Counts();
  const pageRightsAny = new Counts();
  let pSellOk = 0, pSellN = 0;
  for (const d of pages) {
    const dom = domOf(d.htmlFile!);
    const s = analyzeDocument(dom.window.document, { topics: false });
    dom.window.close();
    const pred = new Set<string>(s.rights.map((r) => r.kind).filter((k) => C3PA_KINDS.includes(k)));
    pageRights.add(d.rights, pred);
    pageRightsAny.add(d.rightsAny, pred);
    for (const k of C3PA_KINDS) if (d.rights.has(k) !== pred.has(k)) err(`C3PA-page ${d.id} right ${k} gold=${d.rights.has(k)} pred=${pred.has(k)} ${s.rights.find((r) => r.kind === k)?.evidence[0]?.text.slice(0, 200) ?? ''}`);
    if (d.selling) {
      pSellN++;
      if (s.selling.verdict === d.selling) pSellOk++;
      else err(`C3PA-page ${d.id} selling gold=${d.selling} pred=${s.selling.verdict} | ${s.selling.evidence.map((e) => e.text).join(' ¶ ').slice(0, 300)}`);
    }
  }
  const pageSet = `C3PA full pages ${heldout ? 'held-out' : 'non-held-out'} (${pages.length})`;
  rows.push({ metric: 'rights F1 (5 CCPA kinds)', set: `${pageSet}, majority`, value: pageRights.f1(), n: pages.length * C3PA_KINDS.length, target: RIGHTS_TARGET });
  rows.push({ metric: 'rights F1 (5 CCPA kinds)', set: `${pageSet}, any annotator`, value: pageRightsAny.f1(), n: pages.length * C3PA_KINDS.length, target: RIGHTS_TARGET });
  rows.push({ metric: 'selling accuracy', set: `${pageSet}, Sold spans labeled`, value: pSellOk / Math.max(1, pSellN), n: pSellN, target: ACC_TARGET });

  // ToS;DR: documents with matched points (positives only for rights and retention).
  const tosdr = loadTosdr(heldout ? 'heldout' : 'dev');
  const tRights = new Counts();
  let tSellOk = 0, tSellN = 0, tRetOk = 0, tRetN = 0;
  for (const d of tosdr) {
    const dom = domOf(d.file);
    const p = extractFromDocument(dom.window.document, '');
    dom.window.close();
    const pred = new Set<string>(findRights(p).map((r) => r.kind));
    tRights.add(d.rights, new Set([...pred].filter((k) => d.rights.has(k as RightKind))));
    for (const k of d.rights) if (!pred.has(k)) err(`ToSDR ${d.file.split('/').pop()} right ${k} missed`);
    if (d.selling) {
      tSellN++;
      const s = sellingVerdict(p);
      if (s.verdict === d.selling) tSellOk++;
      else err(`ToSDR ${d.file.split('/').pop()} selling gold=${d.selling} pred=${s.verdict} | ${s.evidence.map((e) => e.text).join(' ¶ ').slice(0, 300)}`);
    }
    if (d.retentionStated) {
      tRetN++;
      const r = retentionVerdict(p, classifyPolicy(p));
      if (r.verdict === 'period' || r.verdict === 'limited') tRetOk++;
      else err(`ToSDR ${d.file.split('/').pop()} retention stated, pred=${r.verdict}`);
    }
  }
  const tSet = `ToS;DR ${heldout ? 'held-out' : 'dev'} (${tosdr.length} docs)`;
  rows.push({ metric: 'rights recall (points)', set: tSet, value: tRights.recall(), n: tRights.tp + tRights.fn });
  rows.push({ metric: 'selling accuracy', set: `${tSet}, sale points`, value: tSellOk / Math.max(1, tSellN), n: tSellN, target: ACC_TARGET });
  rows.push({ metric: 'retention stated recall', set: `${tSet}, retention points`, value: tRetOk / Math.max(1, tRetN), n: tRetN });

  if (showErrors) console.error(errors.join('\n'));
  errors.length = 0;
  return rows;
}
