/**
 * How well Composure reads promises, per language: precision (of the promises it found, how
 * many were promises with the right deadline) and recall (of the promises written, how many it
 * found with the right deadline), on the cases the parser was built with, on a held-out set
 * (fixed after its first read, which docs/follow-ups.md keeps) and on a fresh set read once.
 */
import { findPromise } from '../src/engine/follow-ups';
import { chronoDeadline } from '../src/lib/due-time';
import { CASES, type PromiseCase, SENT, localTime as local } from '../test/engine/follow-up-cases';
import { FRESH } from '../test/engine/follow-up-fresh';
import { HOLDOUT } from '../test/engine/follow-up-holdout';

function score(cases: PromiseCase[]) {
  let right = 0;
  let found = 0;
  let written = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const got = findPromise(c.text, SENT, chronoDeadline);
    const due = got ? local(got.due) : null;
    if (got) found++;
    if (c.due) written++;
    if (c.due && due === c.due) right++;
    else if (due !== c.due) misses.push(`    ${JSON.stringify(c.text)}: wanted ${c.due ?? 'no promise'}, read ${due ?? 'no promise'}`);
  }
  return { n: cases.length, precision: found ? right / found : 1, recall: written ? right / written : 1, misses };
}

const fmt = (x: number) => x.toFixed(2);
console.log('language | built-with cases: n, P, R | held-out (fixed after its first read): n, P, R | fresh: n, P, R');
for (const lang of Object.keys(CASES)) {
  const a = score(CASES[lang] ?? []);
  const b = score(HOLDOUT[lang] ?? []);
  const c = score(FRESH[lang] ?? []);
  console.log(
    `${lang} | ${a.n}, ${fmt(a.precision)}, ${fmt(a.recall)} | ${b.n}, ${fmt(b.precision)}, ${fmt(b.recall)} | ${c.n}, ${fmt(c.precision)}, ${fmt(c.recall)}`,
  );
  for (const m of [...a.misses, ...b.misses, ...c.misses]) console.log(m);
}
