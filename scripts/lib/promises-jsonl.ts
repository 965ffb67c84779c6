/**
 * `npm run --silent analyze -- --promises --jsonl`: lines {"id", "text", "sent", "lang"?} in (a
 * sent agent reply, `sent` an ISO time with its offset), one line {"id", "promise": {"due",
 * "words"} | null} out per line, in order; `due` at the offset the reply was sent with. A line
 * that cannot be read says why ({"id", "error"}) and the rest go on.
 */
import { createInterface } from 'node:readline';
import { assertUtc, readPromise } from './read-promise';

export function promiseLine(line: string): string {
  let input: { id?: unknown; text?: unknown; sent?: unknown; lang?: unknown };
  try {
    input = JSON.parse(line);
  } catch {
    return JSON.stringify({ id: null, error: 'line is not JSON' });
  }
  const id = input?.id ?? null;
  if (typeof input?.text !== 'string') return JSON.stringify({ id, error: '"text" must be a string' });
  if (typeof input.sent !== 'string') return JSON.stringify({ id, error: '"sent" must be an ISO time with an offset' });
  try {
    const lang = typeof input.lang === 'string' ? input.lang : undefined;
    return JSON.stringify({ id, ...readPromise({ text: input.text, sent: input.sent, lang }) });
  } catch (e) {
    return JSON.stringify({ id, error: (e as Error).message });
  }
}

export async function promisesJsonl(): Promise<void> {
  assertUtc();
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY }))
    if (line.trim()) process.stdout.write(`${promiseLine(line)}\n`);
}
