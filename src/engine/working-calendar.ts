/**
 * The calendar the deadline reader counts in: days on the local clock (the service worker's, or a
 * script's set to the writer's wall time), the team's working days and hours, ISO weeks and Easter.
 */

/** The days and hours a team works. */
export interface WorkingTime {
  /** 0 Sunday … 6 Saturday. */
  days: number[];
  /** Minutes after midnight. */
  start: number;
  end: number;
}

/** Monday to Friday, 09:00–17:00: what a team has until its lead sets its own. */
export const STANDARD_WORKING_TIME: WorkingTime = { days: [1, 2, 3, 4, 5], start: 9 * 60, end: 17 * 60 };

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Calendar days on the local clock. */
export function dayStart(at: number): Date {
  const d = new Date(at);
  d.setHours(0, 0, 0, 0);
  return d;
}
export const addDays = (d: Date, n: number) => {
  const next = new Date(d);
  next.setDate(next.getDate() + n);
  return next;
};
/** A team with no working days set works every day. */
export const isWorkday = (d: Date, work: WorkingTime) => !work.days.length || work.days.includes(d.getDay());
/** `d`, or the first working day after it. */
export function workdayFrom(d: Date, work: WorkingTime): Date {
  let day = d;
  for (let i = 0; i < 7 && !isWorkday(day, work); i++) day = addDays(day, 1);
  return day;
}
/** The `n`th working day after the day of `ref` (that day never counts). */
export function workdaysAfter(ref: number, n: number, work: WorkingTime): Date {
  let day = dayStart(ref);
  for (let left = n; left > 0; ) {
    day = addDays(day, 1);
    if (isWorkday(day, work)) left--;
  }
  return day;
}
/** `minutes` of the team's working time after `ref`, starting at the next opening when it is closed. */
export function addWorkingTime(ref: number, minutes: number, work: WorkingTime): number {
  let at = ref;
  let left = minutes;
  // Two years of days at most, whatever the setting.
  for (let i = 0; i < 730; i++) {
    const day = dayStart(at);
    const open = atMinutes(day, work.start);
    const close = atMinutes(day, work.end);
    const from = Math.max(at, open);
    if (isWorkday(day, work) && from < close) {
      if (left * MINUTE <= close - from) return from + left * MINUTE;
      left -= (close - from) / MINUTE;
    }
    at = addDays(day, 1).getTime();
  }
  return at;
}
/** The last working day from `from` to `to`, or `to` when there is none. */
export function lastWorkdayOf(from: Date, to: Date, work: WorkingTime): Date {
  for (let d = to; d >= from; d = addDays(d, -1)) if (isWorkday(d, work)) return d;
  return to;
}

/** The Monday of ISO week `n` of `year` (week 1 holds 4 January). */
export function isoMonday(year: number, n: number): Date {
  const jan4 = new Date(year, 0, 4);
  return addDays(jan4, -((jan4.getDay() + 6) % 7) + (n - 1) * 7);
}

/** Easter Sunday of a year (the Gregorian computus). */
export function easterSunday(y: number): Date {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(y, month - 1, day);
}

/** The first day numbered `n` on or after `today` that falls on `weekday`, within two years. */
export function nextDayOfMonthOn(today: Date, n: number, weekday: number): Date | undefined {
  for (let k = 0; k < 24; k++) {
    const d = new Date(today.getFullYear(), today.getMonth() + k, n);
    if (d.getDate() === n && d >= today && d.getDay() === weekday) return d;
  }
  return undefined;
}

/** `minutes` after midnight on the day of `d`. */
export function atMinutes(d: Date, minutes: number): number {
  const at = new Date(d);
  at.setHours(Math.floor(minutes / 60), minutes % 60, 0, 0);
  return at.getTime();
}
