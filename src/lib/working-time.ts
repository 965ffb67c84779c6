import type { WorkingTime } from './config';

/** Monday to Friday, 09:00–17:00, weekends off: what a team has until its lead sets its own. */
export const STANDARD_WORKING_TIME: WorkingTime = { days: [1, 2, 3, 4, 5], start: 9 * 60, end: 17 * 60 };

/** A working time as stored or pushed by policy, or undefined when it is not one (no day, or hours that end before they start). */
export function workingTimeOf(value: unknown): WorkingTime | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { days, start, end } = value as Record<string, unknown>;
  const minutes = (x: unknown) => {
    if (typeof x === 'number' && Number.isInteger(x)) return x;
    const m = typeof x === 'string' ? /^(\d{1,2}):(\d\d)$/.exec(x) : null;
    return m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
  };
  const [from, to] = [minutes(start), minutes(end)];
  if (!Array.isArray(days) || !(from >= 0 && to <= 24 * 60 && from < to)) return undefined;
  const list = [...new Set(days.filter((d): d is number => Number.isInteger(d) && d >= 0 && d <= 6))].sort();
  return list.length ? { days: list, start: from, end: to } : undefined;
}
