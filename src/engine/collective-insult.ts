import type { CompiledPacks } from './compile';

/** Hits per matcher, as scan.ts keeps them (declared here: scan.ts calls this module). */
type ScanResult = Map<number, { start: number; end: number }[]>;

/**
 * Calling the company's people a pack of something is an insult whatever the something: "your
 * team are a bunch of …", "Sie sind ein Haufen …", "Είστε ένα μάτσο …", "ste len banda …", "dere er
 * en gjeng …", "你们这帮…", "你们客服就是一群…". No list of labels holds them (people invent them);
 * what they share is the second person, a copula, and a word for a pack. Where both stand close
 * in a sentence, it is an insult with those words as evidence. Words per language, normalised.
 */
const ADDRESSED_IS =
  /(?<![\p{L}])(?:you are|you're|youre|you guys are|you lot are|your (?:["“]?\p{L}+["”]? )?(?:team|staff|people|agents|support|service|company|call centre|call center)["”]? (?:are|is)|ihr seid|sie sind|seid ihr|sind sie|ειστε|eiste|vy ste|ste|ste len|dere er|de er|er dere)(?![\p{L}])|你们|你們/u;
const PACK =
  /(?<![\p{L}])(?:a bunch of|bunch of|a load of|a pack of|a gang of|a herd of|ein haufen|eine bande|ein sauhaufen|ein verein|ein laden|ενα ματσο|ματσο|μια συμμορια|συμμορια|ena matso|banda|partia|kopa|en gjeng|en haug|en flokk|ei bande|en bande)(?![\p{L}])|一群|一帮|一幫|这帮|這幫|一伙|一夥|这伙|這夥|这些/u;
/** How far after the copula the pack word may stand, in characters. */
const REACH = 24;

/** Adds an insult for each sentence that calls the addressee a pack of something. Returns the hits, or null. */
export function addCollectiveInsults(result: ScanResult | null, compiled: CompiledPacks, normalized: string): ScanResult | null {
  if (!PACK.test(normalized) || !ADDRESSED_IS.test(normalized)) return result;
  const insult = compiled.strongestOf.insult;
  if (insult === undefined) return result;
  for (const m of normalized.matchAll(/[^.!?。！？\n]+/gu)) {
    const sentence = m[0];
    const copula = ADDRESSED_IS.exec(sentence);
    if (!copula) continue;
    const after = sentence.slice(copula.index + copula[0].length);
    const pack = PACK.exec(after);
    if (!pack || pack.index > REACH) continue;
    // The pack and the word it names: "a bunch of clowns".
    const tail = after.slice(pack.index + pack[0].length).match(/^\s*[\p{L}*]+/u)?.[0] ?? '';
    const hit = {
      start: m.index + copula.index,
      end: m.index + copula.index + copula[0].length + pack.index + pack[0].length + tail.length,
    };
    const hits = result?.get(insult);
    if (hits) hits.push(hit);
    else {
      result ??= new Map();
      result.set(insult, [hit]);
    }
  }
  return result;
}
