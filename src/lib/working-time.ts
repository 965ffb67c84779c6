import type { WorkingTime } from './config';

export { STANDARD_WORKING_TIME } from '../engine/working-calendar';

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
