/** `fineprint classify`: JSON Lines `{"id","text"}` in, `{"id","labels","scores"}` out, in input order. */
import { createInterface } from 'node:readline';
import { classifySegments } from '../lib/classify/index';

const BATCH = 64;

/** Returns the number of malformed lines (each already reported on stderr with its line number). */
export async function classifyStream(input: NodeJS.ReadableStream, write: (line: string) => void, report: (message: string) => void): Promise<number> {
  let bad = 0;
  let lineNumber = 0;
  let batch: { id: string; text: string }[] = [];
  const flush = () => {
    if (batch.length === 0) return;
    const results = classifySegments(batch.map((item) => item.text));
    batch.forEach((item, i) => write(JSON.stringify({ id: item.id, labels: results[i].labels, scores: results[i].scores })));
    batch = [];
  };
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === '') continue;
    const item = parseItem(line);
    if (typeof item === 'string') {
      bad++;
      report(`stdin:${lineNumber}: ${item}`);
      continue;
    }
    batch.push(item);
    if (batch.length >= BATCH) flush();
  }
  flush();
  return bad;
}

/** The item, or why the line is not one. */
function parseItem(line: string): { id: string; text: string } | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not valid JSON';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected an object {"id": string, "text": string}';
  const { id, text } = value as Record<string, unknown>;
  if (typeof id !== 'string') return '"id" must be a string';
  if (typeof text !== 'string') return '"text" must be a string';
  return { id, text };
}
