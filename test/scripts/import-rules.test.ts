import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importProblems, importsOf } from '../../scripts/lib/import-rules';

const tree = (files: Record<string, string>) => new Map(Object.entries(files));

describe('the import rules (npm run lint)', () => {
  it('finds the imports a file makes, type-only and dynamic ones included', () => {
    expect(
      importsOf(
        `import { a } from './a';\nimport type { B } from "../b";\nexport { c } from './c';\nconst d = await import('./d');\nimport 'node:fs';`,
      ),
    ).toEqual(['./a', '../b', './c', './d']);
  });

  it('refuses an import the table forbids, and says which rule', () => {
    const problems = importProblems(
      tree({
        'src/engine/analyze.ts': "import { read } from '../adapters/read';",
        'src/adapters/read.ts': "import type { Ticket } from '../engine/types';",
        'src/engine/types.ts': '',
        'src/popup/Popup.tsx': "import type { TabStatus } from '../content/page-view';",
        'src/content/page-view.tsx': '',
      }),
    );
    expect(problems.map((p) => `${p.file}: ${p.message.split(';')[0]}`)).toEqual([
      'src/engine/analyze.ts: engine/ may not import adapters/read ("../adapters/read")',
      'src/popup/Popup.tsx: popup/ may not import content/page-view ("../content/page-view")',
    ]);
  });

  it('refuses a cycle, even one of type-only imports', () => {
    const problems = importProblems(
      tree({
        'src/engine/compile.ts': "import type { PackError } from './validate';",
        'src/engine/validate.ts': "import { compileMatcherPatterns } from './compile';",
      }),
    );
    expect(problems.map((p) => p.message)).toEqual(['import cycle: src/engine/compile → src/engine/validate → src/engine/compile']);
  });

  it('allows what the table allows', () => {
    expect(
      importProblems(
        tree({
          'src/ui/Sidebar.tsx':
            "import { t } from '../lib/i18n';\nimport type { Coaching } from '../engine/types';\nimport { SlotText } from './SlotText';",
          'src/ui/SlotText.tsx': '',
          'src/lib/i18n.ts': '',
          'src/engine/types.ts': '',
        }),
      ),
    ).toEqual([]);
  });

  it('holds for the whole of src/', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
      });
    expect(importProblems(new Map(files('src').map((f) => [f, readFileSync(f, 'utf8')])))).toEqual([]);
  });
});
