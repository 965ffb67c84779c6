import { detectSignals } from './src/engine/detect';
import { BUNDLED_PACKS } from './src/packs';
import { loadDatasets } from './scripts/lib/datasets';
import { compiledFor } from './scripts/lib/engine-node';
const compiled = compiledFor(BUNDLED_PACKS.map((p) => p.id));
const texts = [...new Set(loadDatasets().flatMap((d) => d.rows.map((r) => r.text)))];
for (let r = 0; r < 5; r++) for (const text of texts) detectSignals(text, compiled, 'en');
