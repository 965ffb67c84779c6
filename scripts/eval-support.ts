// npm run eval:support — detection on written support messages (test/corpus/support), as the
// command line reads them (language by eld and the engine's refinement, the rules, the models).
// The corpus is split once by a hash of each text: the tuning part (two thirds) is what rules
// are tuned on; the final part is read once per release:
//   --final           the final part; the count of reads is kept in docs/eval-support-final.json
//   --errors [lang]   the tuning part's misreads, with the words that fired (never the final part's)
//   --json            the figures as JSON (for notes and comparisons)
import { readFileSync, writeFileSync } from 'node:fs';
import { SIGNAL_IDS, type Signal } from '../src/engine/types';
import { detectLanguageNode, loadLanguageDetector } from './lib/detect-language';
import { compiledFor } from './lib/engine-node';
import { detectWithModels, loadModels } from './lib/models-node';
import { type SupportMessage, judge, loadSupportCorpus, supportPart } from './lib/support-corpus';

const argv = process.argv.slice(2);
const final = argv.includes('--final');
const asJson = argv.includes('--json');
const errorsAt = argv.indexOf('--errors');
const errorsFor = errorsAt >= 0 ? (argv[errorsAt + 1]?.startsWith('--') ? '' : (argv[errorsAt + 1] ?? '')) : undefined;
if (final && errorsFor !== undefined) throw new Error('The final part is scored, never printed: --errors reads the tuning part only.');

await loadLanguageDetector();
const compiled = compiledFor();
const models = loadModels();
const partName = final ? 'final' : 'tune';
const corpus = loadSupportCorpus().filter((m) => supportPart(m.text) === partName);

interface Read {
  m: SupportMessage;
  language: string;
  signals: Signal[];
  verdict: ReturnType<typeof judge>;
}
const reads: Read[] = corpus.map((m) => {
  const language = detectLanguageNode(m.text);
  const signals = detectWithModels(m.text, compiled, language, models);
  return {
    m,
    language,
    signals,
    verdict: judge(
      m,
      signals.map((s) => s.id),
    ),
  };
});

const languages = [...new Set(reads.map((r) => r.m.lang))].sort();
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '—');
const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : '—');

type Counts = { tp: number; fp: number; fn: number };
function signalCounts(rows: Read[]): Map<string, Counts> {
  const out = new Map<string, Counts>(SIGNAL_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  for (const { m, signals } of rows) {
    const fired = new Set(signals.map((s) => s.id));
    for (const id of SIGNAL_IDS) {
      const c = out.get(id) as Counts;
      if (m.must.includes(id)) fired.has(id) ? c.tp++ : c.fn++;
      else if (!m.may.includes(id) && fired.has(id)) c.fp++;
    }
  }
  return out;
}

const summary = {
  part: partName,
  messages: reads.length,
  languages: Object.fromEntries(
    languages.map((lang) => {
      const rows = reads.filter((r) => r.m.lang === lang);
      const right = rows.filter((r) => r.verdict.right).length;
      const langRight = rows.filter((r) => r.language.split('-')[0] === lang).length;
      return [
        lang,
        {
          n: rows.length,
          right,
          languageRight: langRight,
          signals: Object.fromEntries([...signalCounts(rows)].filter(([, c]) => c.tp + c.fp + c.fn > 0)),
        },
      ];
    }),
  ),
  phenomena: (() => {
    const tags = new Map<string, { n: number; right: number; byLang: Record<string, [number, number]> }>();
    for (const r of reads)
      for (const tag of r.m.phenomena) {
        const t = tags.get(tag) ?? { n: 0, right: 0, byLang: {} };
        t.n++;
        if (r.verdict.right) t.right++;
        const l = t.byLang[r.m.lang] ?? [0, 0];
        t.byLang[r.m.lang] = [l[0] + (r.verdict.right ? 1 : 0), l[1] + 1];
        tags.set(tag, t);
      }
    return Object.fromEntries([...tags].sort((a, b) => b[1].n - a[1].n));
  })(),
};

if (asJson) {
  console.log(JSON.stringify(summary, null, 2));
} else {
  console.log(`Written support messages, ${partName} part: ${reads.length} messages (test/corpus/support, split by a hash of the text)\n`);
  console.log('lang    n   read wholly right   language right');
  for (const lang of languages) {
    const s = summary.languages[lang] as { n: number; right: number; languageRight: number };
    console.log(
      `${lang.padEnd(4)} ${String(s.n).padStart(4)}   ${pct(s.right, s.n).padStart(8)} (${s.right})      ${pct(s.languageRight, s.n).padStart(8)}`,
    );
  }
  const all = reads.filter((r) => r.verdict.right).length;
  console.log(`all  ${String(reads.length).padStart(4)}   ${pct(all, reads.length).padStart(8)} (${all})`);

  console.log('\nPer signal, precision / recall (TP FP FN), per language:');
  console.log(`${'signal'.padEnd(20)}${languages.map((l) => l.padEnd(22)).join('')}`);
  for (const id of SIGNAL_IDS) {
    const cells = languages.map((lang) => {
      const c = signalCounts(reads.filter((r) => r.m.lang === lang)).get(id) as Counts;
      if (!c.tp && !c.fp && !c.fn) return ''.padEnd(22);
      return `${ratio(c.tp, c.tp + c.fp)}/${ratio(c.tp, c.tp + c.fn)} (${c.tp} ${c.fp} ${c.fn})`.padEnd(22);
    });
    console.log(`${id.padEnd(20)}${cells.join('')}`);
  }
  console.log('\nPer phenomenon, read wholly right (all languages; per language right/n):');
  for (const [tag, t] of Object.entries(summary.phenomena)) {
    const per = Object.entries(t.byLang)
      .sort()
      .map(([l, [r, n]]) => `${l} ${r}/${n}`)
      .join('  ');
    console.log(`${tag.padEnd(20)} ${pct(t.right, t.n).padStart(8)} of ${String(t.n).padStart(3)}   ${per}`);
  }
}

if (errorsFor !== undefined) {
  console.log(`\nMisreads on the tuning part${errorsFor ? ` (${errorsFor})` : ''}:`);
  for (const r of reads) {
    if (r.verdict.right || (errorsFor && r.m.lang !== errorsFor)) continue;
    const words = (s: Signal) => s.evidence.map((e) => JSON.stringify(r.m.text.slice(e.start, e.end))).join(' ');
    const fired = r.signals.map((s) => `${s.id} ${s.confidence} [${s.rule.id}] ${words(s)}`).join('; ');
    console.log(`\n${r.m.id} (${r.language}) missed: ${r.verdict.missed.join(', ') || '—'}; false: ${r.verdict.false.join(', ') || '—'}`);
    console.log(`  fired: ${fired || '—'}`);
    console.log(`  ${r.m.text.replace(/\n/g, ' ⏎ ').slice(0, 600)}`);
  }
}

if (final) {
  const file = 'docs/eval-support-final.json';
  let reads = 0;
  try {
    reads = JSON.parse(readFileSync(file, 'utf8')).reads ?? 0;
  } catch {}
  reads++;
  writeFileSync(file, `${JSON.stringify({ reads, last: new Date().toISOString().slice(0, 10) }, null, 2)}\n`);
  console.log(`\nThe final part has now been read ${reads} time${reads === 1 ? '' : 's'} (${file}): once per release.`);
}
