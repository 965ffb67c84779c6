/**
 * The promise a sent agent reply makes and its due time, as a live ticket reads it (the engine's
 * promise finder with the service worker's deadline reader), for the command line and
 * `npm run eval:deadlines`. A reply is read on the clock it was written on: the reader's
 * calendar runs on the process's local time, so this module needs TZ=UTC and hands it the
 * writer's wall time; the due time goes back out at the offset the reply was sent with.
 */
import { findPromise } from '../../src/engine/follow-ups';
import { chronoDeadline } from '../../src/lib/due-time';

export interface PromiseLine {
  id?: unknown;
  text: string;
  /** ISO time with its offset: '2013-02-12T04:30:00-02:00'. */
  sent: string;
  lang?: string;
}

export interface ReadPromise {
  promise: { due: string; words: string } | null;
}

/** Local time must be UTC for wall times to pass through untouched (scripts set process.env.TZ first). */
export function assertUtc(): void {
  if (new Date(0).getTimezoneOffset() !== 0 || new Date(Date.UTC(2013, 6, 1)).getTimezoneOffset() !== 0)
    throw new Error('read-promise: run with TZ=UTC');
}

/** Minutes east of UTC an ISO time states, or an error when it states none. */
export function offsetMinutes(iso: string): number {
  const m = /(?:([+-])(\d\d):?(\d\d)|Z)$/i.exec(iso.trim());
  if (!m) throw new Error(`"sent" has no offset: ${iso}`);
  if (!m[1]) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

function withOffset(wall: number, offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${new Date(wall).toISOString().slice(0, 19)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export function readPromise(line: PromiseLine): ReadPromise {
  const at = Date.parse(line.sent);
  if (!Number.isFinite(at)) throw new Error(`"sent" is not an ISO time: ${line.sent}`);
  const offset = offsetMinutes(line.sent);
  const wall = at + offset * 60_000;
  const found = findPromise(line.text, wall, chronoDeadline, {}, line.lang, { offset });
  if (!found) return { promise: null };
  return { promise: { due: withOffset(found.due, offset), words: line.text.slice(found.start, found.end) } };
}
