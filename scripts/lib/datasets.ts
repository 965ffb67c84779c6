import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The labelled dev sets in ../shared/eval/dev, read as { text, positive } per signal. */
export interface Row {
  text: string;
  positive: boolean;
  /** Where the row comes from, for corpora of several (HINT3's bots, the brands of complaint tweets). */
  domain?: string;
}

/**
 * Every corpus is split by a hash of each row's text into a tuning part (60 %) and a fixed check
 * part (40 %): every threshold, weight and mined phrase is chosen on the tuning part only, and
 * the figures that count are the check part's. The same text always lands in the same part, so
 * a duplicated row cannot leak from one into the other.
 */
export function part(text: string): 'tune' | 'check' | 'final' {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  const u = h >>> 0;
  if (u % 5 >= 2) return 'tune';
  // A final part, carved out of what was the check part (so the tuning part is unchanged): only
  // `npm run eval -- --final` prints it, once per release, and counts each time it is read.
  return Math.floor(u / 5) % 8 < 3 ? 'final' : 'check';
}
export interface Dataset {
  name: string;
  signal: string;
  /** A row is detected when any of these signals is in the message's analysis. */
  accepts: string[];
  rows: Row[];
}

/** The labelled corpora beside the project (npm runs scripts from the project's root). */
export const EVAL_DIR = process.env.COMPOSURE_EVAL_DIR ?? resolve('../shared/eval/dev');

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const read = (path: string) => readFileSync(join(EVAL_DIR, path), 'utf8');
const tsv = (path: string) =>
  read(path)
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split('\t'));

export function loadDatasets(): Dataset[] {
  if (!existsSync(EVAL_DIR)) throw new Error(`No evaluation data at ${EVAL_DIR} (set COMPOSURE_EVAL_DIR).`);
  const emotions = read('goemotions/emotions.txt')
    .split('\n')
    .map((s) => s.trim());
  const angerIds = new Set(['anger', 'annoyance', 'disgust'].map((e) => String(emotions.indexOf(e))));
  const goemotions = tsv('goemotions/dev.tsv').map(([text = '', labels = '']) => ({
    text,
    positive: labels.split(',').some((l) => angerIds.has(l)),
  }));
  const xed = tsv('xed/en-annotated.tsv').map(([text = '', labels = '']) => ({
    text,
    positive: labels
      .split(',')
      .map((s) => s.trim())
      .includes('1'),
  }));
  const davidson = parseCsv(read('davidson_offensive/labeled_data_dev.csv'))
    .slice(1)
    .filter((r) => r.length >= 7)
    .map((r) => ({ text: r[6] ?? '', positive: r[5] === '0' || r[5] === '1' }));
  const germeval = tsv('germeval2018/germeval2018.training.txt').map(([text = '', coarse]) => ({ text, positive: coarse === 'OFFENSE' }));
  const hint3 = ['curekart', 'powerplay11', 'sofmattress'].flatMap((f) =>
    parseCsv(read(`hint3/${f}_train_v2.csv`))
      .slice(1)
      .filter((r) => r.length >= 2)
      .map(([text = '', label = '']) => ({ text, label, domain: f })),
  );
  const banking = parseCsv(read('banking77/train.csv'))
    .slice(1)
    .filter((r) => r.length >= 2)
    .map(([text = '', label = '']) => ({ text, label }));
  const intents = (name: string, signal: string, hint: (l: string) => boolean, bank: (l: string) => boolean): Dataset[] => [
    {
      name: `hint3 ${name}`,
      signal,
      accepts: [signal],
      rows: hint3.map((r) => ({ text: r.text, positive: hint(r.label), domain: r.domain })),
    },
    { name: `banking77 ${name}`, signal, accepts: [signal], rows: banking.map((r) => ({ text: r.text, positive: bank(r.label) })) },
  ];
  const hostile = ['anger', 'insult', 'profanity'];
  const complaints = parseCsv(read('complaints_twitter/complaints-data-dev.csv'))
    .filter((r) => r.length >= 3)
    .map((r) => ({ text: r[1] ?? '', positive: r[2] === '1', domain: r[3] || undefined }));
  const waimai = parseCsv(read('waimai_zh/waimai-dev.csv'))
    .slice(1)
    .filter((r) => r.length >= 2)
    .map(([label = '', text = '']) => ({ text, positive: label === '0' }));
  const xedProjected = (files: string[]) =>
    files.flatMap((f) =>
      tsv(`xed-projections/${f}.tsv`)
        // Some upstream rows are alignment bookkeeping (two subtitle file names), not a line and its labels.
        .filter(([, labels = '']) => /^\d(, ?\d)*$/.test(labels.trim()))
        .map(([text = '', labels = '']) => ({
          text,
          positive: labels
            .split(',')
            .map((x) => x.trim())
            .includes('1'),
        })),
    );
  const complaint = ['complaint', 'anger', 'disappointment'];
  return [
    { name: 'goemotions anger (en)', signal: 'anger', accepts: ['anger'], rows: goemotions },
    { name: 'xed anger (en)', signal: 'anger', accepts: ['anger'], rows: xed },
    { name: 'davidson hostility (en)', signal: 'hostility', accepts: hostile, rows: davidson },
    { name: 'germeval hostility (de)', signal: 'hostility', accepts: hostile, rows: germeval },
    { name: 'complaint tweets (en)', signal: 'complaint', accepts: complaint, rows: complaints },
    { name: 'waimai complaints (zh)', signal: 'complaint', accepts: complaint, rows: waimai },
    ...(['de', 'el', 'sk', 'no'] as const).map((lang) => ({
      name: `xed anger (${lang})`,
      signal: 'anger',
      accepts: ['anger'],
      rows: xedProjected([lang]),
    })),
    { name: 'xed anger (zh)', signal: 'anger', accepts: ['anger'], rows: xedProjected(['cn', 'zh']) },
    ...intents(
      'refund',
      'refund-request',
      (l) => /^(REFUND|RETURN)/.test(l),
      (l) => l === 'request_refund' || l === 'Refund_not_showing_up',
    ),
    ...intents(
      'cancel',
      'cancel-request',
      (l) => l === 'CANCEL_ORDER',
      (l) => l === 'terminate_account',
    ),
    {
      name: 'hint3 escalation',
      signal: 'escalation-request',
      accepts: ['escalation-request'],
      rows: hint3.map((r) => ({
        text: r.text,
        positive: ['CHAT_WITH_AGENT', 'CHAT_WITH_AN_AGENT', 'CALL_CENTER'].includes(r.label),
        domain: r.domain,
      })),
    },
  ];
}
