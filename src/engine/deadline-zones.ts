/** Time zones a deadline names: abbreviations after a clock, North American zones by season, Chinese zone names. */

/** Zone abbreviations after a clock time, minutes east of UTC. */
export const ZONES: Record<string, number> = {
  gmt: 0,
  utc: 0,
  z: 0,
  wet: 0,
  bst: 60,
  cet: 60,
  cest: 120,
  eet: 120,
  eest: 180,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  pst: -480,
  pdt: -420,
  mez: 60,
  mesz: 120,
  jst: 540,
  hkt: 480,
  aest: 600,
  ist: 330,
  aedt: 660,
  acst: 570,
  acdt: 630,
  awst: 480,
  nzst: 720,
  nzdt: 780,
  mst: -420,
  mdt: -360,
  akst: -540,
  hst: -600,
  sgt: 480,
  sast: 120,
  msk: 180,
};
/** English names of a North American zone with no season ("9 am ET", "noon PT"): read at the date named, summer time included. */
export const US_ZONES: Record<string, string> = {
  et: 'America/New_York',
  ct: 'America/Chicago',
  mt: 'America/Denver',
  pt: 'America/Los_Angeles',
};

/** Minutes east of UTC of a zone a Chinese text names anywhere, or undefined. */
const ZH_ZONES: [RegExp, number][] = [
  [/(北京|台北|臺北|香港|澳门|澳門|上海|新加坡)(时间|時間)/u, 480],
  [/(东京|東京|首尔|首爾)(时间|時間)/u, 540],
  [/(中欧|中歐)(时间|時間)/u, 60],
  [/(美国|美國)?(东部|東部)(时间|時間)/u, -300],
  [/(美国|美國)?(太平洋|西部)(时间|時間)/u, -480],
  [/(伦敦|倫敦|格林威治|格林尼治)(时间|時間)/u, 0],
];
export function zhZone(text: string): number | undefined {
  const offset = /\b(?:gmt|utc)\s*(?:([+-])\s*(\d{1,2}))?/u.exec(text);
  if (offset) return offset[1] ? (offset[1] === '-' ? -1 : 1) * Number(offset[2]) * 60 : 0;
  return ZH_ZONES.find(([p]) => p.test(text))?.[1];
}

/** Minutes east of UTC the IANA zone `id` is at around `wall` (a wall time), or undefined where Intl cannot say. */
export function zoneOffset(id: string, wall: number): number | undefined {
  try {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: id, timeZoneName: 'longOffset' })
      .formatToParts(new Date(wall))
      .find((p) => p.type === 'timeZoneName')?.value;
    const m = /GMT(?:([+-])(\d{1,2})(?::(\d\d))?)?/.exec(name ?? '');
    if (!m) return undefined;
    return m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
  } catch {
    return undefined;
  }
}
