import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// Enough lines for several blocks (128 K characters each), so order across blocks and workers counts.
const LINES = Array.from({ length: 6_000 }, (_, id) =>
  id % 1_000 === 7
    ? 'not json {'
    : JSON.stringify({
        id,
        text: id % 3 ? `Order ${id}: this is the third time, I want a refund now!` : `Bestellung ${id}: danke, alles gut.`,
      }),
);

function run(workers: number): string[] {
  const result = spawnSync(process.execPath, ['scripts/run.mjs', 'scripts/analyze.ts', '--jsonl'], {
    input: `${LINES.join('\n')}\n`,
    env: { ...process.env, COMPOSURE_WORKERS: String(workers) },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout.trimEnd().split('\n');
}

describe('npm run analyze -- --jsonl', () => {
  it('answers every line in order, in this thread or in workers alike', () => {
    const inline = run(1);
    expect(inline).toHaveLength(LINES.length);
    const first = JSON.parse(inline[1] as string) as { id: number; language: string; signals: { id: string }[] };
    expect(first.id).toBe(1);
    expect(first.language).toBe('en');
    expect(first.signals.map((s) => s.id)).toEqual(expect.arrayContaining(['refund-request', 'repeat-contact']));
    expect(JSON.parse(inline[7] as string)).toEqual({ id: null, error: 'line is not JSON' });
    expect(JSON.parse(inline[5_999] as string).id).toBe(5_999);
    expect(run(2)).toEqual(inline);
  }, 60_000);
});
