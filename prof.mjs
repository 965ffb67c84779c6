import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
// src/engine/normalize.ts
/**
* Normalises text for matching without moving any character: offsets into the result are
* offsets into the original, so evidence can point at the customer's own words.
* Lower-cases, folds diacritics (ä→a, έ→ε, ý→y), final sigma → sigma, curly quotes → '.
*/
const folded = /* @__PURE__ */ new Map();
function foldChar(ch) {
	let out = folded.get(ch);
	if (out === void 0) {
		const lower = ch.toLowerCase();
		const base = lower.normalize("NFD").replace(/\p{M}+/gu, "");
		out = base.length === 1 ? base : lower.length === 1 ? lower : ch;
		if (out === "ς") out = "σ";
		if (out === "’" || out === "‘" || out === "ʼ") out = "'";
		folded.set(ch, out);
	}
	return out;
}
function normalizeText(text) {
	const lower = text.toLowerCase();
	if (lower.length === text.length && /^[\x00-\x7f]*$/.test(lower)) return lower;
	let out = "";
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code >= 55296 && code <= 57343) out += text[i];
		else if (code < 128) out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
		else out += foldChar(text[i]);
	}
	return out;
}
/** Caps text the engine will look at, so a pasted novel can never stall a tab. */
const MAX_MESSAGE_CHARS = 2e4;
const JUNK = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/;
/** Strips control characters (binary junk) while keeping offsets: each becomes a space. */
function sanitizeText(text) {
	if (typeof text !== "string") return "";
	if (!JUNK.test(text)) return text;
	return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g, " ");
}
// src/engine/detectors.ts
const CAPS_WORD = /[\p{Lu}][\p{Lu}\p{M}'’-]*[\p{Lu}]/gu;
const CASED = /[\p{Lu}\p{Ll}]/gu;
const TWO_CAPITALS = /\p{Lu}\p{Lu}/u;
/** Runs of capitals ("WHY IS THIS STILL BROKEN"), when capitals dominate the message. */
function shouting(text, minRatio, minLetters) {
	if (!TWO_CAPITALS.test(text)) return [];
	const words = [...text.matchAll(CAPS_WORD)];
	const capsLetters = words.reduce((n, m) => n + m[0].length, 0);
	if (capsLetters < minLetters) return [];
	const cased = text.match(CASED)?.length ?? 0;
	const spans = [];
	let run = null;
	let runWords = 0;
	const flush = () => {
		if (run && (runWords >= 2 || run[1] - run[0] >= 6)) spans.push(run);
		run = null;
		runWords = 0;
	};
	for (const m of words) {
		const start = m.index ?? 0;
		if (run && /^[\s,.!?:;-]*$/.test(text.slice(run[1], start))) {
			run[1] = start + m[0].length;
			runWords++;
		} else {
			flush();
			run = [start, start + m[0].length];
			runWords = 1;
		}
	}
	flush();
	const longRun = spans.some(([s, e]) => text.slice(s, e).split(/\s+/).length >= 3);
	return capsLetters / Math.max(cased, 1) >= minRatio || longRun ? spans : [];
}
/** "!!!", "???", "?!?!" — runs of at least `min` marks, or a mixed "?!" pair. */
function punctuationRuns(text, min) {
	const spans = [];
	for (const m of text.matchAll(/[!?！？]{2,}/g)) {
		const mixed = /[!！]/.test(m[0]) && /[?？]/.test(m[0]);
		if (m[0].length >= min || mixed) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
	}
	return spans;
}
/** Masked swearing: "f***", "sh*t", "d@mn", "$#!%" (but not "5*3" or an e-mail address). */
function maskedSwearing(text) {
	const spans = [];
	if (!/[*#@$%]/.test(text)) return spans;
	for (const m of text.matchAll(/(?<![\p{L}\p{N}@.])\p{L}{1,3}[*#@$%]{1,4}\p{L}{0,4}(?![\p{L}\p{N}*#@$%.])|(?<![\p{L}\p{N}])[@#$%&*!]{4,}(?![\p{L}\p{N}])/gu)) {
		const word = m[0];
		if (/^[!*]+$/.test(word)) continue;
		spans.push([m.index ?? 0, (m.index ?? 0) + word.length]);
	}
	return spans;
}
// src/engine/tokenize.ts
const OTHER = 1;
const WORD = 2;
const HAN = 3;
const END = 4;
const classes = /* @__PURE__ */ new Uint8Array(65536);
const IS_HAN = /\p{Script=Han}/u;
const IS_WORD = /[\p{L}\p{M}\p{N}]/u;
for (const ch of ".!?;。！？；\n") classes[ch.charCodeAt(0)] = END;
function classOf(code) {
	let c = classes[code];
	if (c === 0) {
		const ch = String.fromCharCode(code);
		c = code >= 55296 && code <= 57343 ? OTHER : IS_HAN.test(ch) ? HAN : IS_WORD.test(ch) ? WORD : OTHER;
		classes[code] = c;
	}
	return c;
}
/**
* Words of normalised text: runs of letters, marks and digits, with inner apostrophes and
* hyphens ("don't", "e-mail"); each Han character on its own. Sentence ends are counted, so
* phrases never match across sentences.
*/
function tokenize(normalized) {
	const tokens = [];
	const n = normalized.length;
	let sentence = 0;
	let i = 0;
	while (i < n) {
		const c = classOf(normalized.charCodeAt(i));
		if (c === WORD) {
			const start = i++;
			for (;;) if (i < n && classOf(normalized.charCodeAt(i)) === WORD) i++;
			else if (i + 1 < n && (normalized[i] === "'" || normalized[i] === "-") && classOf(normalized.charCodeAt(i + 1)) === WORD) i += 2;
			else break;
			tokens.push({
				text: normalized.slice(start, i),
				start,
				end: i,
				sentence
			});
		} else {
			if (c === HAN) tokens.push({
				text: normalized[i],
				start: i,
				end: i + 1,
				sentence
			});
			else if (c === END && (i === 0 || classOf(normalized.charCodeAt(i - 1)) !== END)) sentence++;
			i++;
		}
	}
	return tokens;
}
// src/engine/scan.ts
/**
* The phrase languages to use for a text in `language`: its own, English (the lingua franca of
* support: "sorry", "WTF" turn up everywhere) and language-neutral phrases. Without a known
* language, every language's phrases apply. This keeps Norwegian "retur*" off English "returned".
*/
function phraseLanguages(language) {
	if (!language || language === "und") return void 0;
	let filter = FILTERS.get(language);
	if (!filter) {
		filter = /* @__PURE__ */ new Set([
			language.split("-")[0],
			"en",
			"und",
			"el",
			"zh"
		]);
		FILTERS.set(language, filter);
	}
	return filter;
}
const FILTERS = /* @__PURE__ */ new Map();
function scanText(text, compiled, language) {
	const normalized = normalizeText(text);
	const result = /* @__PURE__ */ new Map();
	const push = (matcher, start, end) => {
		const list = result.get(matcher);
		if (list) list.push({
			start,
			end
		});
		else result.set(matcher, [{
			start,
			end
		}]);
	};
	for (const hit of compiled.index.scan(tokenize(normalized), phraseLanguages(language))) {
		if (hit.negated && compiled.matchers[hit.matcher]?.negatable) continue;
		push(hit.matcher, hit.start, hit.end);
	}
	let masked;
	const maskedSpans = () => {
		masked ??= maskedSwearing(text);
		return masked;
	};
	for (const id of compiled.special) {
		const m = compiled.matchers[id];
		for (const re of m.regexes) for (const [s, e] of re.exec(normalized)) push(id, s, e);
		if (m.shouting) for (const [s, e] of shouting(text, m.shouting.minRatio, m.shouting.minLetters)) push(id, s, e);
		if (m.punctuation) for (const [s, e] of punctuationRuns(text, m.punctuation.min)) push(id, s, e);
		if (m.masked) for (const [s, e] of maskedSpans()) push(id, s, e);
	}
	for (const id of compiled.withExceptions) {
		const m = compiled.matchers[id];
		const hits = result.get(id);
		const except = m.exceptions !== void 0 ? result.get(m.exceptions) : void 0;
		if (!hits || !except) continue;
		const kept = hits.filter((h) => !except.some((x) => x.start < h.end && h.start < x.end));
		if (kept.length) result.set(id, kept);
		else result.delete(id);
	}
	return result;
}
// src/engine/signals.ts
/** Below this, a signal is not shown: an agent ignores a sidebar that cries wolf. */
const SHOW_THRESHOLD = .5;
const MAX_REPEATS = 3;
/**
* Signals of one message: every rule that matched adds its weight, combined as independent
* evidence (1 − Π(1 − w)), so two medium cues together outweigh one.
*/
function messageSignals(scan, compiled, message) {
	const bySignal = /* @__PURE__ */ new Map();
	for (const { rule, ref, matcher } of compiled.signalRules) {
		const hits = scan.get(matcher);
		if (!hits?.length) continue;
		const entry = bySignal.get(rule.signal) ?? {
			miss: 1,
			evidence: [],
			rules: []
		};
		const distinct = Math.min(MAX_REPEATS, new Set(hits.map((h) => h.end - h.start)).size);
		entry.miss *= (1 - rule.weight) ** distinct;
		entry.rules.push({
			ref,
			w: rule.weight
		});
		for (const h of hits) entry.evidence.push({
			message,
			start: h.start,
			end: h.end
		});
		bySignal.set(rule.signal, entry);
	}
	return [...bySignal].map(([id, e]) => ({
		id,
		confidence: round(1 - e.miss),
		evidence: dedupe(e.evidence),
		rules: e.rules.sort((a, b) => b.w - a.w).map((r) => r.ref)
	}));
}
function dedupe(evidence) {
	const sorted = evidence.sort((a, b) => a.start - b.start || b.end - a.end);
	const out = [];
	for (const e of sorted) {
		const last = out[out.length - 1];
		if (last && e.start < last.end) last.end = Math.max(last.end, e.end);
		else out.push({ ...e });
	}
	return out;
}
const round = (n) => Math.round(n * 1e3) / 1e3;
// src/engine/detect.ts
/**
* The signals of one customer message, and nothing else: what `npm run analyze -- --jsonl`
* and the evaluation need. The same rules and thresholds as `analyze` on a one-message ticket.
*/
function detectSignals(text, compiled, language) {
	return messageSignals(scanText(sanitizeText(text).slice(0, MAX_MESSAGE_CHARS), compiled, language), compiled, 0).filter((s) => s.confidence >= SHOW_THRESHOLD).sort((a, b) => b.confidence - a.confidence).map((s) => ({
		...s,
		scope: "latest",
		rule: s.rules[0]
	}));
}
// src/packs/index.ts
/** The packs that ship with Composure, drawn from the source documents. Data, not code. */
const BUNDLED_PACKS = [
	{
		schemaVersion: 1,
		id: "core-signals",
		name: {
			"en": "Core signals",
			"de": "Grundsignale",
			"el": "Βασικά σήματα",
			"no": "Grunnsignaler",
			"sk": "Základné signály",
			"zh": "核心信号"
		},
		description: {
			"en": "What the customer feels and wants: anger, swearing, insults, bait, complaints, disappointment, refund, cancellation, a manager, repeat contact, urgency, threats and thanks — in six languages.",
			"de": "Was der Kunde fühlt und will: Ärger, Flüche, Beleidigungen, Provokation, Beschwerden, Enttäuschung, Erstattung, Kündigung, Vorgesetzte, wiederholter Kontakt, Dringlichkeit, Drohungen und Dank — in sechs Sprachen.",
			"el": "Τι νιώθει και τι θέλει ο πελάτης: θυμός, βρισιές, προσβολές, προκλήσεις, παράπονα, απογοήτευση, επιστροφή χρημάτων, ακύρωση, υπεύθυνος, επανειλημμένη επικοινωνία, επείγον, απειλές και ευχαριστίες — σε έξι γλώσσες.",
			"no": "Hva kunden føler og vil: sinne, banning, fornærmelser, provokasjon, klager, skuffelse, refusjon, oppsigelse, leder, gjentatt kontakt, hast, trusler og takk — på seks språk.",
			"sk": "Čo zákazník cíti a chce: hnev, nadávky, urážky, provokácie, sťažnosti, sklamanie, vrátenie peňazí, zrušenie, vedúci, opakovaný kontakt, naliehavosť, hrozby a vďaka — v šiestich jazykoch.",
			"zh": "客户的情绪与诉求：愤怒、脏话、侮辱、挑衅、投诉、失望、退款、取消、找主管、重复联系、紧急、威胁和感谢——六种语言。"
		},
		version: "1.0.0",
		source: "seeds/000 (el) angry customers; seeds/002 (zh) nine ways and what customers value most",
		languages: [
			"en",
			"de",
			"el",
			"sk",
			"zh",
			"no"
		],
		defaultEnabled: true,
		signals: [
			{
				"id": "anger-strong",
				"signal": "anger",
				"source": "seeds/000 (el) · angry customers: anger must be acknowledged",
				"weight": .85,
				"phrases": {
					"en": [
						"a damn",
						"annoyed",
						"annoying",
						"annoys me",
						"appalled",
						"appalling",
						"are you kidding me",
						"beyond frustrated",
						"bullshit",
						"damn it",
						"damn you",
						"disgust",
						"disgusted",
						"disgusting",
						"drives me crazy",
						"drives me nuts",
						"driving me crazy",
						"driving me nuts",
						"enough is enough",
						"enraged",
						"extremely angry",
						"fed up",
						"frustrated",
						"frustrating",
						"frustration",
						"fuck off",
						"fuck this",
						"fuck you",
						"fuming",
						"furious",
						"get out of here",
						"get out of my",
						"go to hell",
						"goddamn*",
						"had enough",
						"had it with",
						"hate how",
						"hate it",
						"hate that",
						"hate this",
						"hate when",
						"hate you",
						"how dare",
						"how many times do i have to",
						"how the hell",
						"i am done with",
						"i hate",
						"i refuse to",
						"i told you",
						"i'm done with",
						"incensed",
						"infuriat*",
						"infuriating",
						"irate",
						"irritated",
						"irritating",
						"leave me alone",
						"livid",
						"mad at",
						"outraged",
						"piss me off",
						"piss off",
						"pissed",
						"pissed off",
						"pisses me off",
						"really angry",
						"screw you",
						"seething",
						"shut up",
						"sick and tired",
						"sick of",
						"sick to death",
						"so angry",
						"so mad",
						"son of a bitch",
						"the fuck",
						"the hell are",
						"the hell is",
						"unacceptable",
						"very angry",
						"what is wrong with you",
						"what the fuck",
						"what the hell",
						"what's the matter with you",
						"what's wrong with you",
						"why the hell",
						"wtf",
						"you fucking",
						"your ass"
					],
					"de": [
						"ärgerlich",
						"ärgert mich",
						"die nase voll",
						"dreist",
						"ekelhaft",
						"empört",
						"es reicht",
						"fassungslos",
						"frechheit",
						"frustrierend",
						"frustriert",
						"geht mir auf den sack",
						"geht mir auf die nerven",
						"genervt",
						"halt die klappe",
						"halt's maul",
						"halts maul",
						"hasse",
						"ich hasse",
						"inakzeptabel",
						"kotzt mich an",
						"lächerlich",
						"mir reicht es",
						"mir reicht's",
						"nervig",
						"nervt",
						"nicht akzeptabel",
						"sauer",
						"skandal*",
						"stinksauer",
						"stocksauer",
						"unglaublich dreist",
						"unverschämt",
						"unverschämtheit",
						"verärgert",
						"verarsch*",
						"verarscht",
						"widerlich",
						"wut",
						"wütend",
						"zum kotzen",
						"zumutung"
					],
					"el": [
						"αγανάκτησ*",
						"αγανακτισμέν*",
						"αηδία",
						"αηδιαστικ*",
						"αίσχος",
						"απαράδεκτ*",
						"βαρέθηκα",
						"γελοί*",
						"είμαι έξαλλ*",
						"είναι αστείο",
						"εκνευρίζ*",
						"εκνευρισμέν*",
						"έξαλλ*",
						"εξοργισμέν*",
						"εξοργιστικ*",
						"εξωφρενικ*",
						"έχω αγανακτήσει",
						"θυμωμέν*",
						"θύμωσα",
						"μισώ",
						"μπούχτισα",
						"νευριασμέν*",
						"ντροπή σας",
						"σιχάθηκα",
						"σκάσε",
						"τα νεύρα μου",
						"τρελαίνομαι"
					],
					"no": [
						"dritt lei",
						"drittlei",
						"ekkelt",
						"forbanna",
						"frekkhet",
						"frekt",
						"frustrerende",
						"frustrert",
						"hårreisende",
						"hater",
						"helt sykt",
						"hold kjeft",
						"irriterende",
						"irritert",
						"jeg hater",
						"kjempesint",
						"kvalmt",
						"latterlig*",
						"lei av",
						"nok er nok",
						"provoserende",
						"provosert",
						"rasende",
						"sint",
						"skandal*",
						"sur",
						"uakseptab*"
					],
					"sk": [
						"drzosť",
						"frustrovan*",
						"frustruj*",
						"hanba",
						"hnev",
						"mám dosť",
						"mám toho dosť",
						"nahnevan*",
						"nasrat*",
						"naštvan*",
						"nechutn*",
						"nehorázn*",
						"nenávidím",
						"neprijateľn*",
						"neznášam",
						"otrasn*",
						"rozčúlen*",
						"rozčuľuje",
						"smiešn*",
						"štve ma",
						"to je vtip",
						"už mám dosť",
						"vytáča ma",
						"vytočen*",
						"zlostn*",
						"zmlkni",
						"zúri*"
					],
					"zh": [
						"什么破",
						"受够了",
						"可恶",
						"坑人",
						"太气人",
						"太过分",
						"岂有此理",
						"忍无可忍",
						"恶心",
						"恼火",
						"愤怒",
						"搞什么",
						"气人",
						"气愤",
						"气死",
						"滚",
						"火大",
						"烦死",
						"生气",
						"离谱",
						"讨厌",
						"过分了",
						"闭嘴"
					]
				}
			},
			{
				"id": "anger-medium",
				"signal": "anger",
				"source": "seeds/000 (el) · angry customers: anger must be acknowledged",
				"weight": .6,
				"phrases": {
					"en": [
						"anger",
						"angrier",
						"angry",
						"asshole*",
						"bitch*",
						"bloody",
						"crap",
						"damn",
						"disrespectful",
						"dumb",
						"fuck*",
						"get out",
						"hate",
						"hated",
						"hates",
						"hating",
						"hatred",
						"hell",
						"idiot*",
						"ignored",
						"ignoring me",
						"insulting",
						"listen to me",
						"moron*",
						"outrage",
						"outrageous",
						"rage",
						"ridiculous",
						"rude",
						"rudeness",
						"shit",
						"stupid"
					],
					"de": [
						"bist du verrückt",
						"dreckskerl",
						"du idiot",
						"halt die klappe",
						"halt's maul",
						"halts maul",
						"hau ab",
						"hör auf",
						"lass mich in ruhe",
						"mistkerl",
						"raus hier",
						"scheiß",
						"scheiße",
						"spinnst du",
						"verdammt",
						"verdammte",
						"verschwinde",
						"was soll das",
						"was zum teufel",
						"wie kannst du es wagen",
						"zum teufel"
					],
					"el": [
						"άσε με ήσυχ*",
						"βγες έξω",
						"ηλίθιε",
						"κάθαρμα",
						"να πάρει",
						"παλιάνθρωπ*",
						"πώς τολμάς",
						"σκάσε",
						"σταμάτα",
						"στο διάολο",
						"τι διάολο",
						"τρελάθηκες",
						"φύγε από δω"
					],
					"no": [
						"din idiot",
						"drittsekk",
						"er du gal",
						"forsvinn",
						"hold kjeft",
						"hva faen",
						"hvordan våger du",
						"jævla",
						"kom deg ut",
						"la meg være",
						"pokker"
					],
					"sk": [
						"ako sa opovažuješ",
						"čo to do pekla",
						"do pekla",
						"drž hubu",
						"hajzel",
						"nechaj ma",
						"prekliat*",
						"prestaň",
						"sakra",
						"si sa zbláznil",
						"ty idiot",
						"vypadni",
						"zmizni"
					],
					"zh": [
						"住口",
						"你敢",
						"你疯了吗",
						"别烦我",
						"去死",
						"够了",
						"搞什么鬼",
						"混蛋",
						"滚出去",
						"滚开",
						"见鬼",
						"该死",
						"闭嘴"
					]
				}
			},
			{
				"id": "anger-mild",
				"signal": "anger",
				"source": "seeds/000 (el) · angry customers: anger must be acknowledged",
				"weight": .3,
				"phrases": {
					"en": [
						"absurd",
						"awful",
						"blame",
						"disappointed",
						"garbage",
						"horrible",
						"idiotic",
						"incompetent",
						"joke",
						"mad",
						"nonsense",
						"pathetic",
						"seriously",
						"shame on",
						"suck",
						"sucks",
						"terrible",
						"trash",
						"ugh",
						"unbelievable",
						"upset",
						"useless",
						"waste of",
						"worst"
					],
					"de": [
						"abschaum",
						"bah",
						"blöd",
						"blödsinn",
						"dreck*",
						"dumm",
						"furchtbar",
						"gesindel",
						"hass",
						"hassen",
						"hasst",
						"hetze",
						"hetzer",
						"heuchel*",
						"idiotisch",
						"irre",
						"katastrophal",
						"katastrophe",
						"kotz*",
						"krank",
						"lüge*",
						"lügen",
						"lügner*",
						"mies",
						"mist",
						"pack",
						"peinlich",
						"pfui",
						"schämen",
						"schande",
						"schlimm",
						"schrecklich",
						"schwachsinn",
						"ungeheuerlich",
						"unmöglich",
						"unsinn",
						"verblödet",
						"verlogen*",
						"versag*",
						"wahnsinn",
						"widerlich"
					],
					"el": [
						"αίσχος",
						"απαίσι*",
						"απίστευτ*",
						"άχρηστ*",
						"καταστροφή",
						"κοροϊδεύετε",
						"κοροϊδία",
						"ντροπή",
						"σοβαρά τώρα",
						"φρικτ*",
						"χάλια"
					],
					"no": [
						"dårlig*",
						"dust",
						"elendig",
						"forferdelig",
						"grusom*",
						"håpløs*",
						"idioti",
						"katastrofe",
						"pinlig",
						"skam",
						"skammelig",
						"skuffende",
						"tøys",
						"tull",
						"ubrukelig*",
						"vondt"
					],
					"sk": [
						"blbosť",
						"hlúposť",
						"hrozn*",
						"katastrofa",
						"nanič",
						"nezmysel",
						"nezmysl*",
						"podvod*",
						"škandál*",
						"strašn*",
						"trápn*",
						"zbytočn*",
						"zúfal*"
					],
					"zh": [
						"什么鬼",
						"凭什么",
						"坑",
						"垃圾",
						"太差",
						"太差劲",
						"差劲",
						"无语",
						"烂透",
						"破",
						"离谱",
						"糟糕",
						"骗子"
					]
				}
			},
			{
				"id": "anger-shouting",
				"signal": "anger",
				"source": "seeds/000 (el) · angry customers: anger must be acknowledged",
				"weight": .45,
				"shouting": {
					"minLetters": 12,
					"minRatio": .6
				}
			},
			{
				"id": "anger-punctuation",
				"signal": "anger",
				"source": "seeds/000 (el) · angry customers: anger must be acknowledged",
				"weight": .3,
				"punctuation": { "min": 3 }
			},
			{
				"id": "profanity-words",
				"signal": "profanity",
				"source": "seeds/000 (el) · angry customers: anger must be acknowledged",
				"weight": .85,
				"phrases": {
					"en": [
						"arse",
						"arsehole*",
						"ass",
						"asses",
						"asshole*",
						"badass",
						"bastard*",
						"bitch*",
						"bloody hell",
						"bollocks",
						"bullshit",
						"cock*",
						"cocksucker*",
						"crap",
						"crappy",
						"cunt*",
						"dammit",
						"damn",
						"damn it",
						"dick*",
						"dickhead*",
						"dipshit",
						"douche*",
						"dumbass",
						"effing",
						"fml",
						"freakin*",
						"frickin*",
						"friggin*",
						"fuck*",
						"god damn",
						"goddamn*",
						"gtfo",
						"hoe",
						"hoes",
						"horseshit",
						"jackass",
						"mf",
						"motherf*",
						"piss",
						"pissed",
						"pussies",
						"pussy",
						"shit",
						"shithead",
						"shits",
						"shitty",
						"slut*",
						"smartass",
						"stfu",
						"thot*",
						"tits",
						"titties",
						"twat",
						"whore*",
						"wtf"
					],
					"de": [
						"arsch*",
						"arschloch",
						"bullshit",
						"drecks*",
						"fick*",
						"fotze",
						"fuck*",
						"hure*",
						"hurensohn",
						"kack*",
						"kacke",
						"mistkerl",
						"piss*",
						"pisser",
						"scheiss*",
						"scheiß*",
						"scheiße",
						"schlampe",
						"verarsch*",
						"verdammt*",
						"verfickt*",
						"verflucht*",
						"wichs*",
						"wichser",
						"wtf",
						"zum teufel"
					],
					"el": [
						"άντε γαμήσου",
						"αρχίδ*",
						"γαμημέν*",
						"γαμήσου",
						"γαμιέσαι",
						"γαμω*",
						"γαμώ*",
						"καριόλ*",
						"μαλάκ*",
						"πούστ*",
						"πουτάν*",
						"σκατ*",
						"σκατά",
						"στο διάολο",
						"τον πούτσο"
					],
					"no": [
						"dritt",
						"drittsekk*",
						"faen",
						"faens",
						"faenskap",
						"fitte",
						"føkk*",
						"fuck*",
						"fy faen",
						"helvete",
						"hestkuk",
						"jævel",
						"jævla",
						"jævlig",
						"kuk",
						"pissed",
						"pokker",
						"satan",
						"satans"
					],
					"sk": [
						"chuj*",
						"do kelu",
						"do piče",
						"do prdele",
						"do riti",
						"doprdele",
						"hajzl*",
						"hovná",
						"hovno",
						"jeb*",
						"jebať",
						"kokot*",
						"kurv*",
						"kurva",
						"pič*",
						"piča",
						"pojeb*",
						"sakra",
						"sračk*",
						"zasran*"
					],
					"zh": [
						"cnm",
						"mlgb",
						"sb",
						"tmd",
						"他妈的",
						"你妈",
						"傻b",
						"傻逼",
						"卧槽",
						"去死",
						"妈的",
						"尼玛",
						"屁话",
						"我操",
						"我靠",
						"操你",
						"狗屁",
						"草泥马",
						"见鬼"
					]
				},
				"negatable": false
			},
			{
				"id": "profanity-masked",
				"signal": "profanity",
				"source": "seeds/000 (el) · angry customers: anger must be acknowledged",
				"weight": .8,
				"masked": true,
				"negatable": false
			},
			{
				"id": "insult-words",
				"signal": "insult",
				"source": "seeds/000 (el) · angry customers: anger must be acknowledged",
				"weight": .8,
				"phrases": {
					"en": [
						"asshole*",
						"bastard*",
						"beaner*",
						"bitch*",
						"brain dead",
						"braindead",
						"chink*",
						"clown*",
						"coon*",
						"cracker*",
						"creep*",
						"cretin*",
						"crooks",
						"cunt*",
						"dimwit*",
						"dipshit*",
						"disgrace",
						"douchebag*",
						"dumb",
						"dumbass*",
						"dyke*",
						"fag",
						"faggot*",
						"fags",
						"fool*",
						"fraud*",
						"freak*",
						"garbage people",
						"ghetto",
						"halfwit*",
						"hillbilly",
						"hoe",
						"hoes",
						"hypocrite*",
						"idiocy",
						"idiot*",
						"ignorant",
						"imbecile*",
						"incompetent",
						"jackass*",
						"kike*",
						"liar",
						"liars",
						"libtard*",
						"loser*",
						"lunatic*",
						"moron*",
						"nigga*",
						"nigger*",
						"nitwit*",
						"numbskull*",
						"pathetic",
						"piece of shit",
						"pig",
						"pigs",
						"pos",
						"prick*",
						"psycho*",
						"rat",
						"rats",
						"redneck*",
						"retard*",
						"savage*",
						"scammer*",
						"scum*",
						"sheep",
						"shithole*",
						"slut*",
						"snowflake*",
						"spic*",
						"stupid",
						"thieves",
						"tranny",
						"trash",
						"twat*",
						"useless idiots",
						"wanker*",
						"weirdo*",
						"wetback*",
						"whore*"
					],
					"de": [
						"abschaum",
						"arschloch",
						"arschlöcher",
						"asozial*",
						"behindert*",
						"bekloppt*",
						"bescheuert*",
						"betrüger*",
						"blöde",
						"clown*",
						"depp*",
						"dumm",
						"dumme",
						"dummen",
						"dummer",
						"dummes",
						"dummkopf*",
						"faschist*",
						"gesindel",
						"gutmensch*",
						"hetzer*",
						"heuchler*",
						"heuchlerisch*",
						"hirni*",
						"hirnlos*",
						"hure*",
						"hurensohn",
						"idiot*",
						"idiotisch*",
						"inkompetent*",
						"islamist*",
						"kanake*",
						"kasper*",
						"kriminell*",
						"lächerlich*",
						"lappen",
						"lügenpresse",
						"lügner*",
						"nazi*",
						"neger*",
						"opfer",
						"pack",
						"penner",
						"pöbel",
						"primitiv*",
						"ratten",
						"schlampe*",
						"schmarotzer*",
						"schwachkopf*",
						"spinner",
						"terrorist*",
						"trottel*",
						"unfähig*",
						"verbrecher*",
						"verlogen*",
						"versager*",
						"volksverräter*",
						"vollhorst",
						"vollidiot*",
						"vollpfosten",
						"wichser",
						"witzfigur*"
					],
					"el": [
						"ανίκαν*",
						"απατεών*",
						"απατεώνες",
						"άχρηστ*",
						"βλάκ*",
						"ηλίθι*",
						"καθυστερημέν*",
						"κλέφτ*",
						"κλέφτες",
						"κλόουν",
						"κρετίν*",
						"μαλάκες",
						"χαζ*",
						"ψεύτ*",
						"ψεύτες"
					],
					"no": [
						"amatør*",
						"amatører",
						"evneveik*",
						"fjols*",
						"hjernedød*",
						"idiot*",
						"inkompetent*",
						"kjerring",
						"klovn*",
						"løgner*",
						"svindler*",
						"tosk*",
						"tulling*",
						"tyver",
						"udugelig*"
					],
					"sk": [
						"amatér*",
						"blbci",
						"blbec",
						"debil*",
						"hlúp*",
						"hlupák*",
						"idiot*",
						"klamár*",
						"klaun*",
						"kretén*",
						"neschopn*",
						"podvodník*",
						"somár*",
						"sprost*",
						"zlodej*"
					],
					"zh": [
						"人渣",
						"傻子",
						"废物",
						"弱智",
						"无能",
						"智障",
						"混蛋",
						"猪头",
						"王八蛋",
						"白痴",
						"笨蛋",
						"脑残",
						"蠢",
						"蠢货",
						"饭桶",
						"骗子"
					]
				}
			},
			{
				"id": "baiting-sweeping",
				"signal": "baiting",
				"source": "seeds/000 (el) · computer mode: bait and sweeping hostility",
				"weight": .75,
				"phrases": {
					"en": [
						"all the same",
						"all you care about",
						"are you even",
						"as usual with you",
						"bunch of clowns",
						"bunch of crooks",
						"bunch of idiots",
						"bunch of thieves",
						"do you even",
						"does anyone even",
						"does anyone there",
						"don't care about customers",
						"don't care about us",
						"don't care about your customers",
						"is anyone even",
						"no one cares",
						"no one there cares",
						"nobody cares",
						"nobody there cares",
						"once you have my money",
						"once you have their money",
						"once you've got my money",
						"only care about money",
						"only care about your money",
						"typical of you",
						"what a surprise",
						"why should i trust",
						"you always",
						"you are all the same",
						"you do not care",
						"you don't care",
						"you dont care",
						"you guys don't care",
						"you guys never",
						"you just take the money",
						"you lot",
						"you never actually",
						"you never help",
						"you only care about",
						"you people",
						"you're all the same"
					],
					"de": [
						"euch ist das egal",
						"haufen betrüger",
						"ihnen ist das egal",
						"ihr helft nie",
						"ihr seid alle gleich",
						"ihr wollt nur",
						"interessiert euch nicht",
						"interessiert sie doch nicht",
						"ist euch doch egal",
						"ist ihnen doch egal",
						"ist ihnen egal",
						"kunden sind euch egal",
						"kunden sind ihnen egal",
						"nur am geld interessiert",
						"nur ans geld",
						"saftladen",
						"sie helfen nie",
						"sie sind alle gleich",
						"sobald sie das geld haben",
						"typisch",
						"verein",
						"wie immer bei ihnen",
						"wollen nur unser geld"
					],
					"el": [
						"δε σας νοιάζει",
						"δεν βοηθάτε ποτέ",
						"δεν νοιάζεστε",
						"δεν σας ενδιαφέρει",
						"δεν σας νοιάζει",
						"είστε όλοι ίδιοι",
						"εσείς πάντα",
						"κλέφτες είστε",
						"μόλις πάρετε τα λεφτά",
						"μόλις υπογράψεις",
						"μόνο τα λεφτά",
						"μόνο τα λεφτά σας ενδιαφέρουν",
						"όλοι ίδιοι είστε",
						"όλοι σας",
						"πάντα το ίδιο",
						"ποτέ δεν βοηθάτε",
						"σας ενδιαφέρουν μόνο τα λεφτά"
					],
					"no": [
						"bare pengene",
						"bare ute etter pengene",
						"bryr dere ikke om kundene",
						"dere bryr dere bare om penger",
						"dere bryr dere ikke",
						"dere driter i",
						"dere er alle like",
						"dere hjelper aldri",
						"gjeng med svindlere",
						"når dere først har fått pengene",
						"som vanlig",
						"typisk dere"
					],
					"sk": [
						"banda zlodejov",
						"ide vám len o peniaze",
						"je vám to jedno",
						"keď už máte peniaze",
						"len o peniaze",
						"nikdy nikomu nepomôžete",
						"nikomu nepomôžete",
						"ste všetci rovnakí",
						"typické",
						"vám je to jedno",
						"vás to nezaujíma",
						"vy nikdy",
						"vy ste všetci rovnakí",
						"zákazníci vás nezaujímajú",
						"zaujímajú vás len peniaze"
					],
					"zh": [
						"一群骗子",
						"不在乎客户",
						"不管客户",
						"你们从来不",
						"你们根本不在乎",
						"你们永远",
						"你们这些人",
						"你们都一样",
						"典型的",
						"只在乎钱",
						"只想要钱",
						"只认钱",
						"拿了钱就不管",
						"收了钱就不管",
						"根本不在乎"
					]
				}
			},
			{
				"id": "complaint-problem",
				"signal": "complaint",
				"source": "seeds/002 (zh) · nine ways with a dissatisfied customer",
				"weight": .7,
				"phrases": {
					"en": [
						"bad quality",
						"bad service",
						"broke down",
						"broken",
						"charged an extra",
						"charged me twice",
						"charged twice",
						"cheap quality",
						"complaint",
						"damaged",
						"declined",
						"defective",
						"delayed",
						"delivery is late",
						"did not arrive",
						"did not receive",
						"didn't arrive",
						"didn't go through",
						"didn't receive",
						"didn't work",
						"dissatisfied",
						"does not work",
						"doesn't work",
						"double charged",
						"extra charge",
						"failed",
						"false advertising",
						"faulty",
						"fell apart",
						"file a complaint",
						"got declined",
						"got stuck",
						"has not arrived",
						"hasn't arrived",
						"hasn't been",
						"hasn't come",
						"hasn't gone through",
						"hasn't shown",
						"have not received",
						"haven't received",
						"hidden fee",
						"horrible service",
						"i want to complain",
						"is declined",
						"is missing",
						"is stuck",
						"isn't showing",
						"isn't working",
						"items missing",
						"keeps breaking",
						"keeps crashing",
						"keeps declining",
						"keeps dropping",
						"keeps failing",
						"late delivery",
						"lost my",
						"lousy service",
						"make a complaint",
						"misleading",
						"missing item",
						"never arrived",
						"never got",
						"never received",
						"never showed",
						"no response",
						"nobody responded",
						"not acceptable",
						"not arrived",
						"not as described",
						"not been",
						"not come",
						"not fixed",
						"not happy",
						"not received",
						"not satisfied",
						"not showing",
						"not showing up",
						"not working",
						"overcharged",
						"poor quality",
						"poor service",
						"rejected",
						"reverted",
						"rip off",
						"ripoff",
						"ripped off",
						"ruined",
						"scam",
						"still broken",
						"still doesn't",
						"still hasn't",
						"still isn't",
						"still no",
						"still not fixed",
						"still not working",
						"still pending",
						"still waiting",
						"stopped working",
						"terrible service",
						"unauthorised charge",
						"unauthorized charge",
						"unhappy",
						"was declined",
						"waste of money",
						"waste of time",
						"why did i get charged",
						"why have i been charged",
						"why was i charged",
						"won't turn on",
						"won't work",
						"worst customer service",
						"worst service",
						"wrong item",
						"wrong order",
						"wrong size",
						"you charged",
						"you lost"
					],
					"de": [
						"abzocke",
						"beschädigt",
						"beschwerde",
						"beschweren",
						"betrug",
						"bricht ab",
						"defekt",
						"doppelt abgebucht",
						"falsch berechnet",
						"falsche lieferung",
						"falsche rechnung",
						"falscher artikel",
						"fehlen",
						"fehlt",
						"funktioniert immer noch nicht",
						"funktioniert nicht",
						"geht nicht",
						"immer noch kaputt",
						"kaputt",
						"keine lieferung",
						"mangelhaft",
						"mieser service",
						"nicht angekommen",
						"nicht erhalten",
						"nicht zufrieden",
						"nie angekommen",
						"nie erhalten",
						"noch nicht erhalten",
						"reklamation",
						"reklamieren",
						"schlechter kundenservice",
						"schlechter service",
						"stürzt ab",
						"unzufrieden",
						"verspätet",
						"verspätung",
						"warte immer noch",
						"warte seit",
						"zu viel berechnet"
					],
					"el": [
						"ακόμα περιμένω",
						"ακόμη περιμένω",
						"απαράδεκτη εξυπηρέτηση",
						"δεν δουλεύει",
						"δεν είμαι ικανοποιημένη",
						"δεν είμαι ικανοποιημένος",
						"δεν έλαβα",
						"δεν έφτασε",
						"δεν έχει φτάσει",
						"δεν λειτουργεί",
						"δεν παρέλαβα",
						"διπλή χρέωση",
						"ελαττωματικ*",
						"καθυστερεί",
						"καθυστέρηση",
						"κακή εξυπηρέτηση",
						"κλέβετε",
						"κόβεται",
						"κοροϊδία",
						"λάθος προϊόν",
						"λάθος χρέωση",
						"λείπει",
						"παράπονα",
						"παράπονο",
						"πέφτει συνέχεια",
						"χάλασε",
						"χαλασμέν*",
						"χρεώθηκα δύο φορές"
					],
					"no": [
						"aldri mottatt",
						"belastet to ganger",
						"dårlig kundeservice",
						"dårlig service",
						"defekt",
						"detter ut",
						"faller ut",
						"feil faktura",
						"feil vare",
						"for mye",
						"forsinkelse",
						"forsinket",
						"fungerer fortsatt ikke",
						"fungerer ikke",
						"har ikke kommet",
						"ikke fornøyd",
						"ikke kommet",
						"ikke mottatt",
						"klage",
						"klagen",
						"klager",
						"mangler",
						"misfornøyd",
						"ødelagt",
						"reklamasjon",
						"reklamere",
						"skadet",
						"svindel",
						"trukket to ganger",
						"venter fortsatt",
						"virker ikke"
					],
					"sk": [
						"chýba",
						"chybn*",
						"dvakrát strhli",
						"dvakrát zaúčtovan*",
						"mešká",
						"meškan*",
						"nedorazil*",
						"nedostal som",
						"nedostala som",
						"nefunguje",
						"neprišl*",
						"nespokojn*",
						"nesprávn* faktúr*",
						"padá",
						"podvod",
						"pokazen*",
						"pokazil*",
						"poškoden*",
						"reklamáci*",
						"reklamovať",
						"stále čakám",
						"stále nefunguje",
						"sťažnosť",
						"sťažujem",
						"vypadáva",
						"zlá faktúra",
						"zlé služby",
						"zlý servis"
					],
					"zh": [
						"一直掉线",
						"一直没到",
						"不满意",
						"不能用",
						"乱扣费",
						"乱收费",
						"出问题",
						"发错",
						"坏了",
						"坏掉",
						"多扣",
						"少了",
						"差评",
						"延迟",
						"态度差",
						"态度恶劣",
						"扣了两次",
						"投诉",
						"损坏",
						"故障",
						"有问题",
						"服务太差",
						"服务差",
						"欺骗",
						"没收到",
						"没有收到",
						"用不了",
						"破损",
						"缺件",
						"老是掉线",
						"质量问题",
						"还没到",
						"还没收到",
						"迟迟",
						"错发",
						"骗人"
					]
				}
			},
			{
				"id": "complaint-weak",
				"signal": "complaint",
				"source": "seeds/002 (zh) · nine ways with a dissatisfied customer",
				"weight": .35,
				"phrases": { "en": [
					"again",
					"awful",
					"bad",
					"can't",
					"cannot",
					"charge",
					"charged",
					"couldn't",
					"declin*",
					"disappointing",
					"error",
					"fail*",
					"fee",
					"fraud",
					"hasn't",
					"haven't",
					"horrible",
					"issue",
					"late",
					"lost",
					"missing",
					"never",
					"no one",
					"nobody",
					"pending",
					"poor",
					"problem",
					"reject*",
					"slow",
					"still",
					"stolen",
					"stuck",
					"terrible",
					"unable",
					"useless",
					"waiting",
					"why",
					"worse",
					"worst",
					"wrong"
				] }
			},
			{
				"id": "disappointment-words",
				"signal": "disappointment",
				"source": "seeds/002 (zh) · nine ways with a dissatisfied customer",
				"weight": .75,
				"phrases": {
					"en": [
						"a letdown",
						"bummer",
						"deeply disappointed",
						"disappointed",
						"disappointing",
						"disappointment",
						"expected better",
						"expected more",
						"let down",
						"let me down",
						"not what i expected",
						"really disappointed",
						"regret buying",
						"regret choosing",
						"regret ordering",
						"sad that",
						"sad to see",
						"saddened",
						"so disappointed",
						"such a shame",
						"too bad",
						"underwhelming",
						"very disappointed",
						"what a shame"
					],
					"de": [
						"bereue",
						"enttäuschend",
						"enttäuscht",
						"enttäuschung",
						"hatte mehr erwartet",
						"mehr erwartet",
						"nicht das was ich erwartet",
						"schade",
						"sehr schade",
						"traurig"
					],
					"el": [
						"απογοητευμέν*",
						"απογοήτευση",
						"απογοητευτικ*",
						"κρίμα",
						"λυπάμαι που",
						"μετανιώνω",
						"περίμενα καλύτερα",
						"περίμενα περισσότερα"
					],
					"no": [
						"angrer",
						"forventet bedre",
						"forventet mer",
						"skuffelse",
						"skuffende",
						"skuffet",
						"synd",
						"trist"
					],
					"sk": [
						"čakal som viac",
						"čakala som viac",
						"ľutujem",
						"mrzí ma",
						"očakával som viac",
						"sklaman*",
						"sklamanie",
						"škoda",
						"smutn*"
					],
					"zh": [
						"不如预期",
						"令人失望",
						"可惜",
						"后悔",
						"太失望",
						"失望",
						"很失望",
						"没想到这么差",
						"遗憾"
					]
				}
			},
			{
				"id": "refund-explicit",
				"signal": "refund-request",
				"source": "seeds/002 (zh) · what customers value most",
				"weight": .9,
				"phrases": {
					"en": [
						"be reimbursed",
						"can i return",
						"compensate me",
						"compensation",
						"exchange it",
						"exchange this",
						"get reimbursed",
						"give me my money",
						"how can i return",
						"how do i return",
						"like to return",
						"money back",
						"pay me back",
						"refund*",
						"reimburse me",
						"reimburse my",
						"reimbursement",
						"return a product",
						"return a purchase",
						"return an item",
						"return it",
						"return my money",
						"return my order",
						"return policy",
						"return the item",
						"return the mattress",
						"return the product",
						"return them",
						"return this",
						"return window",
						"returns policy",
						"reverse the charge",
						"send back",
						"send it back",
						"want to return"
					],
					"de": [
						"entschädigung",
						"ersatz",
						"erstatten",
						"erstattung",
						"geld wieder",
						"geld zurück",
						"gutschrift",
						"mein geld",
						"rückerstattung",
						"rückzahlung",
						"umtausch*",
						"zurückerstatten",
						"zurückschicken",
						"zurücksenden",
						"zurückzahlen"
					],
					"el": [
						"αντικατάσταση",
						"αποζημίωση",
						"επιστρέψτε μου",
						"επιστροφή προϊόντος",
						"επιστροφή του ποσού",
						"επιστροφή των χρημάτων",
						"επιστροφή χρημάτων",
						"θέλω τα λεφτά μου",
						"να μου επιστρέψετε",
						"τα λεφτά μου πίσω",
						"τα χρήματά μου πίσω"
					],
					"no": [
						"bytte den",
						"erstatning",
						"kompensasjon",
						"pengene mine",
						"pengene tilbake",
						"refunder*",
						"refusjon",
						"retur",
						"returnere",
						"returnert",
						"sende tilbake",
						"tilbakebetal*"
					],
					"sk": [
						"kompenzáci*",
						"moje peniaze",
						"odškodn*",
						"peniaze späť",
						"refundáci*",
						"refundovať",
						"vrátenie peňazí",
						"vrátenie tovaru",
						"vrátiť peniaze",
						"vrátiť tovar",
						"vráťte mi peniaze",
						"výmen*"
					],
					"zh": [
						"我的钱",
						"把钱退",
						"换货",
						"补偿",
						"赔偿",
						"返还",
						"还钱",
						"退回",
						"退款",
						"退货",
						"退费",
						"退钱",
						"钱退给我"
					]
				}
			},
			{
				"id": "refund-return",
				"signal": "refund-request",
				"source": "seeds/002 (zh) · what customers value most",
				"weight": .6,
				"phrases": { "en": [
					"exchange it",
					"exchange my order",
					"exchange policy",
					"exchange the item",
					"exchange the product",
					"replace the item",
					"replace the product",
					"return",
					"returning",
					"returns",
					"send a replacement"
				] }
			},
			{
				"id": "cancel-explicit",
				"signal": "cancel-request",
				"source": "seeds/002 (zh) · what customers value most",
				"weight": .9,
				"phrases": {
					"en": [
						"can i cancel",
						"cancel an order",
						"cancel it",
						"cancel my account",
						"cancel my booking",
						"cancel my contract",
						"cancel my membership",
						"cancel my order",
						"cancel my plan",
						"cancel my service",
						"cancel my subscription",
						"cancel order",
						"cancel orders",
						"cancel subscription",
						"cancel the booking",
						"cancel the contract",
						"cancel the order",
						"cancel the service",
						"cancel the subscription",
						"cancel this",
						"cancel this order",
						"canceling my contract",
						"canceling my subscription",
						"cancellation",
						"cancelling my account",
						"cancelling my contract",
						"cancelling my subscription",
						"close account",
						"close my account",
						"close the account",
						"closing my account",
						"deactivate my account",
						"delete my account",
						"don't want the account",
						"end my contract",
						"end my subscription",
						"get rid of my account",
						"how can i cancel",
						"how do i cancel",
						"i am canceling",
						"i am cancelling",
						"i will cancel",
						"i'll cancel",
						"i'm canceling",
						"i'm cancelling",
						"like to cancel",
						"need to cancel",
						"order cancel*",
						"shut down my account",
						"stop my subscription",
						"terminate my account",
						"terminate my contract",
						"terminate the contract",
						"unsubscribe",
						"want to cancel",
						"want to close"
					],
					"de": [
						"abmelden",
						"abo beenden",
						"abo kündigen",
						"account löschen",
						"bestellung zurückziehen",
						"ich kündige",
						"konto löschen",
						"konto schließen",
						"kündige",
						"kündigen",
						"kündigung",
						"stornieren",
						"stornierung",
						"storno",
						"vertrag beenden",
						"widerruf*",
						"widerrufen"
					],
					"el": [
						"ακυρώνω",
						"ακύρωση",
						"ακυρώστε",
						"διαγραφή λογαριασμού",
						"διαγραφή του λογαριασμού",
						"διακοπή συνδρομής",
						"διακοπή της συνδρομής",
						"θέλω να ακυρώσω",
						"καταγγελία της σύμβασης",
						"κλείσιμο λογαριασμού",
						"λύση της σύμβασης",
						"να ακυρώσω",
						"να κλείσω τον λογαριασμό"
					],
					"no": [
						"avbestille",
						"avbestilling",
						"avslutte abonnementet",
						"avslutte avtalen",
						"avslutte kontoen",
						"kansellere",
						"kansellering",
						"oppsigelse",
						"si opp",
						"si opp abonnementet",
						"si opp avtalen",
						"sier opp",
						"slette kontoen"
					],
					"sk": [
						"chcem zrušiť",
						"odstúpenie od zmluvy",
						"odstúpiť od zmluvy",
						"výpoveď",
						"výpoveď zmluvy",
						"vypovedať zmluvu",
						"zrušenie objednávky",
						"zrušenie predplatného",
						"zrušenie účtu",
						"zrušenie zmluvy",
						"zruším",
						"zrušíme",
						"zrušiť objednávku",
						"zrušiť predplatné",
						"zrušiť účet",
						"zrušiť zmluvu",
						"zrušte mi",
						"zrušte objednávku"
					],
					"zh": [
						"关闭账户",
						"取消会员",
						"取消合同",
						"取消服务",
						"取消订单",
						"取消订阅",
						"想取消",
						"我要取消",
						"注销",
						"注销账号",
						"注销账户",
						"解约",
						"退订",
						"销户"
					]
				},
				"exceptions": { "en": [
					"cancel ~3 appointment",
					"cancel ~3 card",
					"cancel ~3 charge*",
					"cancel ~3 direct debit",
					"cancel ~3 flight",
					"cancel ~3 meeting",
					"cancel ~3 payment*",
					"cancel ~3 standing order",
					"cancel ~3 top up",
					"cancel ~3 top-up*",
					"cancel ~3 topup",
					"cancel ~3 transaction*",
					"cancel ~3 transfer*",
					"cancel ~3 trip",
					"cancel it",
					"cancel that",
					"cancel this",
					"canceling ~2 charge",
					"cancellation error",
					"cancellation fee",
					"cancellation policy",
					"cancelled ~2 transfer*",
					"cancelling ~2 charge",
					"top up cancellation",
					"top-up cancellation"
				] }
			},
			{
				"id": "cancel-weak",
				"signal": "cancel-request",
				"source": "seeds/002 (zh) · what customers value most",
				"weight": .35,
				"phrases": {
					"en": [
						"cancel",
						"canceled",
						"canceling",
						"cancelled",
						"cancelling",
						"terminate"
					],
					"de": ["gekündigt", "storniert"],
					"no": ["avslutte"],
					"sk": ["zrušenie", "zrušiť"],
					"zh": ["取消"]
				},
				"exceptions": { "en": [
					"cancel ~3 appointment",
					"cancel ~3 card",
					"cancel ~3 charge*",
					"cancel ~3 direct debit",
					"cancel ~3 flight",
					"cancel ~3 meeting",
					"cancel ~3 payment*",
					"cancel ~3 standing order",
					"cancel ~3 top up",
					"cancel ~3 top-up*",
					"cancel ~3 topup",
					"cancel ~3 transaction*",
					"cancel ~3 transfer*",
					"cancel ~3 trip",
					"cancel it",
					"cancel that",
					"cancel this",
					"canceling ~2 charge",
					"cancellation error",
					"cancellation fee",
					"cancellation policy",
					"cancelled ~2 transfer*",
					"cancelling ~2 charge",
					"top up cancellation",
					"top-up cancellation"
				] }
			},
			{
				"id": "escalation-explicit",
				"signal": "escalation-request",
				"source": "seeds/002 (zh) · what customers value most",
				"weight": .9,
				"phrases": {
					"en": [
						"a human",
						"a rep",
						"an agent",
						"call center",
						"call centre",
						"callcenter",
						"chat with agent",
						"chat with an agent",
						"connect me",
						"customer care",
						"customer service representative",
						"escalat*",
						"helpline",
						"higher up",
						"higher-up",
						"hotline",
						"human being",
						"live agent",
						"live chat",
						"live person",
						"manager",
						"person in charge",
						"real human",
						"real person",
						"representative",
						"someone in charge",
						"someone who can actually",
						"someone with authority",
						"speak to a human",
						"speak to a person",
						"speak to a real",
						"speak to a representative",
						"speak to someone",
						"speak to your",
						"speak with someone",
						"supervisor",
						"talk to a human",
						"talk to a person",
						"talk to a real",
						"talk to agent",
						"talk to someone",
						"talk to your",
						"talk with someone",
						"to agent",
						"to an agent",
						"who can i talk",
						"who do i talk",
						"with agent",
						"with an agent",
						"your boss"
					],
					"de": [
						"abteilungsleiter*",
						"beschwerdestelle",
						"echten menschen",
						"einen menschen",
						"eskalier*",
						"geschäftsführ*",
						"hotline",
						"ihrem chef",
						"ihren chef",
						"jemanden sprechen",
						"jemanden zuständigen",
						"mit dem chef",
						"mit einem menschen",
						"mitarbeiter sprechen",
						"rückruf",
						"rufen sie mich an",
						"teamleiter*",
						"telefonnummer",
						"vorgesetzt*",
						"zuständige person"
					],
					"el": [
						"ανώτερο",
						"ανώτερό σας",
						"αρμόδιο",
						"διευθυντ*",
						"καλέστε με",
						"κάποιον αρμόδιο",
						"με άνθρωπο",
						"με έναν άνθρωπο",
						"να με πάρετε τηλέφωνο",
						"να μιλήσω με",
						"να μιλήσω με κάποιον",
						"προϊστάμεν*",
						"τηλέφωνο επικοινωνίας",
						"τον υπεύθυνο",
						"υπεύθυνο"
					],
					"no": [
						"ansvarlig",
						"den ansvarlige",
						"ekte menneske",
						"en ekte person",
						"eskaler*",
						"et menneske",
						"kundeservice på telefon",
						"leder",
						"lederen",
						"noen med myndighet",
						"overordnet",
						"ring meg",
						"sjefen",
						"snakke med noen",
						"telefonnummer"
					],
					"sk": [
						"hovoriť s niekým",
						"infolinka",
						"kompetentn*",
						"manažér*",
						"nadriaden*",
						"operátor*",
						"s človekom",
						"s niekým kompetentným",
						"šéf*",
						"so živým človekom",
						"telefónne číslo",
						"vedúc*",
						"zavolajte mi",
						"zodpovedn* osob*"
					],
					"zh": [
						"上级",
						"主管",
						"人工客服",
						"你们老板",
						"回电",
						"客服电话",
						"打电话给我",
						"找人工",
						"投诉电话",
						"真人",
						"经理",
						"负责人",
						"转人工",
						"领导"
					]
				}
			},
			{
				"id": "repeat-explicit",
				"signal": "repeat-contact",
				"source": "seeds/002 (zh) · what customers value most",
				"weight": .85,
				"phrases": {
					"en": [
						"again",
						"again and again",
						"already called",
						"already contacted",
						"already emailed",
						"already explained",
						"already sent",
						"already told",
						"contacted you before",
						"countless times",
						"every time i",
						"fifth time",
						"for days",
						"for months",
						"for weeks",
						"fourth time",
						"haven't heard back",
						"how many times",
						"i keep",
						"keep having to",
						"many times",
						"multiple times",
						"never heard back",
						"no one answered",
						"no one got back",
						"no one has answered",
						"no one has got back",
						"no one has replied",
						"no one replied",
						"no one responded",
						"no reply",
						"no response",
						"nobody answered",
						"nobody got back",
						"nobody has answered",
						"nobody has got back",
						"nobody has gotten back",
						"nobody has replied",
						"nobody replied",
						"nobody responded",
						"not heard back",
						"once again",
						"over and over",
						"same issue again",
						"same problem again",
						"second time",
						"several times",
						"still broken",
						"still doesn't",
						"still don't",
						"still hasn't",
						"still haven't",
						"still isn't",
						"still no",
						"still not",
						"still waiting",
						"third time",
						"umpteenth time",
						"written before",
						"wrote before",
						"yet again"
					],
					"de": [
						"bereits dreimal",
						"bereits zweimal",
						"habe bereits",
						"immer noch kein",
						"immer noch nicht",
						"keine antwort",
						"keiner hat geantwortet",
						"keiner hat sich gemeldet",
						"mehrfach",
						"mehrmals",
						"niemand hat geantwortet",
						"niemand hat sich gemeldet",
						"noch immer nicht",
						"schon mehrmals",
						"schon wieder",
						"seit tagen",
						"seit wochen",
						"wieder",
						"wiederholt",
						"zum dritten mal",
						"zum wiederholten mal",
						"zum x-ten mal",
						"zum zweiten mal"
					],
					"el": [
						"ακόμα δεν",
						"ακόμα περιμένω",
						"ακόμη δεν",
						"ακόμη περιμένω",
						"για εβδομάδες",
						"δεν πήρα απάντηση",
						"δεύτερη φορά",
						"εδώ και μέρες",
						"επανειλημμένα",
						"έχω ήδη",
						"έχω στείλει",
						"καμία απάντηση",
						"κανείς δεν απάντησε",
						"κανείς δεν μου απάντησε",
						"ξανά",
						"ξανά και ξανά",
						"πάλι",
						"πολλές φορές",
						"τρίτη φορά"
					],
					"no": [
						"allerede kontaktet",
						"andre gang",
						"enda ikke",
						"fjerde gang",
						"flere ganger",
						"fortsatt ikke",
						"har allerede",
						"i flere uker",
						"i ukevis",
						"igjen",
						"igjen og igjen",
						"ikke fått svar",
						"ikke hørt noe",
						"ingen har svart",
						"ingen har tatt kontakt",
						"ingen svarer",
						"mange ganger",
						"nok en gang",
						"tredje gang"
					],
					"sk": [
						"bez odpovede",
						"druhýkrát",
						"niekoľkokrát",
						"nikto mi neodpovedal",
						"nikto neodpovedal",
						"nikto sa neozval",
						"opakovane",
						"opäť",
						"po tretie",
						"stále čakám",
						"stále nefunguje",
						"stále nie",
						"tretí raz",
						"tretíkrát",
						"už niekoľkokrát",
						"už po tretie",
						"už som písal",
						"už som písala",
						"už týždne",
						"zase",
						"žiadna odpoveď",
						"znova",
						"znova a znova"
					],
					"zh": [
						"一次又一次",
						"一直没",
						"仍然没",
						"依然没",
						"再次",
						"又一次",
						"又是",
						"又来了",
						"反复",
						"多次",
						"好几次",
						"已经联系过",
						"已经说过",
						"没人回",
						"没人回复",
						"没人理",
						"没有人回复",
						"没有回复",
						"第三次",
						"第二次",
						"还是没",
						"还没"
					]
				},
				"negatable": false
			},
			{
				"id": "urgency-explicit",
				"signal": "urgency",
				"source": "seeds/002 (zh) · what customers value most",
				"weight": .85,
				"phrases": {
					"en": [
						"as soon as possible",
						"asap",
						"by end of day",
						"by today",
						"by tomorrow",
						"by tonight",
						"can't wait",
						"cannot wait",
						"critical",
						"deadline",
						"done today",
						"emergency",
						"fixed today",
						"high priority",
						"hurry",
						"immediately",
						"need it now",
						"need it today",
						"need this now",
						"need this today",
						"quickly",
						"resolved today",
						"right away",
						"right now",
						"sorted today",
						"straight away",
						"this minute",
						"time sensitive",
						"time-sensitive",
						"top priority",
						"urgent",
						"urgently",
						"without delay",
						"working today"
					],
					"de": [
						"asap",
						"bis morgen",
						"dringend",
						"eilig",
						"eilt",
						"heute noch",
						"noch heute",
						"notfall",
						"schnellstmöglich",
						"so schnell wie möglich",
						"sofort",
						"umgehend",
						"unverzüglich"
					],
					"el": [
						"άμεσα",
						"αμέσως",
						"έκτακτη ανάγκη",
						"επείγει",
						"επείγον",
						"επειγόντως",
						"μέχρι αύριο",
						"όσο πιο γρήγορα",
						"σήμερα κιόλας",
						"το συντομότερο",
						"τώρα αμέσως"
					],
					"no": [
						"akutt",
						"haster",
						"hastesak",
						"i dag må",
						"innen i morgen",
						"med en gang",
						"så fort som mulig",
						"snarest",
						"straks",
						"umiddelbart"
					],
					"sk": [
						"bezodkladne",
						"čo najrýchlejšie",
						"čo najskôr",
						"do zajtra",
						"ešte dnes",
						"hneď",
						"ihneď",
						"naliehav*",
						"okamžite",
						"súrn*",
						"urgentn*"
					],
					"zh": [
						"今天之内",
						"加急",
						"十万火急",
						"尽快",
						"急",
						"火速",
						"立刻",
						"立即",
						"紧急",
						"赶紧",
						"马上"
					]
				},
				"exceptions": {
					"en": [
						"is not urgent",
						"isn't urgent",
						"no hurry",
						"no rush",
						"not in a hurry",
						"not in a rush",
						"not urgent"
					],
					"de": [
						"eilt nicht",
						"keine eile",
						"nicht dringend"
					],
					"el": ["δεν βιάζομαι", "δεν είναι επείγον"],
					"no": ["haster ikke", "ingen hast"],
					"sk": [
						"nenáhli",
						"nie je to súrne",
						"nie je to urgentné"
					],
					"zh": ["不急", "不着急"]
				},
				"negatable": false
			},
			{
				"id": "threat-explicit",
				"signal": "threat",
				"source": "seeds/002 (zh) · an unhappy customer tells 11 people",
				"weight": .85,
				"phrases": {
					"en": [
						"1 star",
						"1-star",
						"all over social media",
						"attorney*",
						"bad review",
						"bbb",
						"better business bureau",
						"call my bank",
						"charge back",
						"chargeback",
						"competitor",
						"consumer protection",
						"contact my bank",
						"dispute the charge",
						"dispute with my bank",
						"fcc",
						"find another provider",
						"ftc",
						"go elsewhere",
						"go public",
						"going elsewhere",
						"i am leaving",
						"i will leave",
						"i'll leave",
						"i'm leaving",
						"last chance",
						"lawyer*",
						"leave a review",
						"legal action",
						"negative review",
						"never again",
						"never buy",
						"never order again",
						"never use you again",
						"ombudsman",
						"on social media",
						"on twitter",
						"one star",
						"or else",
						"police",
						"post a review",
						"posting a review",
						"regulator",
						"report this",
						"report you",
						"reporting you",
						"see you in court",
						"small claims",
						"sue you",
						"suing",
						"switch provider",
						"switch to",
						"switching to",
						"take my business elsewhere",
						"take you to court",
						"tell all my friends",
						"tell everyone",
						"trading standards",
						"write a review"
					],
					"de": [
						"anwalt",
						"bewertung schreiben",
						"gericht",
						"in den sozialen medien",
						"klage einreichen",
						"kunde gewesen",
						"lastschrift zurück",
						"letzte chance",
						"negative bewertung",
						"nie wieder",
						"öffentlich machen",
						"rechtliche schritte",
						"rechtsanwalt",
						"rückbuchung",
						"schlechte bewertung",
						"schlichtungsstelle",
						"verbraucherzentrale",
						"verklagen",
						"zur konkurrenz"
					],
					"el": [
						"αμφισβήτηση χρέωσης",
						"αρνητική κριτική",
						"δικαστήρι*",
						"δικηγόρ*",
						"θα σας καταγγείλω",
						"θα το δημοσιεύσω",
						"θα φύγω",
						"κακή κριτική",
						"καταγγελία",
						"μήνυση",
						"νομικά μέτρα",
						"πάω αλλού",
						"ποτέ ξανά",
						"στα social",
						"στην τράπεζα",
						"στον ανταγωνισμό",
						"συνήγορο του καταναλωτή"
					],
					"no": [
						"advokat*",
						"aldri mer",
						"anmeldelse",
						"bytte leverandør",
						"bytter leverandør",
						"dårlig anmeldelse",
						"forbrukerrådet",
						"forliksrådet",
						"går et annet sted",
						"konkurrenten",
						"negativ anmeldelse",
						"rettslige skritt",
						"saksøke",
						"søksmål",
						"sosiale medier",
						"tilbakeføring"
					],
					"sk": [
						"dám vedieť všetkým",
						"inšpekci*",
						"ku konkurencii",
						"na súd",
						"negatívnu recenziu",
						"nikdy viac",
						"obchodnú inšpekciu",
						"odchádzam",
						"právnik*",
						"prejdem inam",
						"recenzi*",
						"sociálnych sieťach",
						"súdnou cestou",
						"v banke",
						"žalob*",
						"zlú recenziu"
					],
					"zh": [
						"12315",
						"不再买",
						"再也不",
						"发到网上",
						"告你们",
						"媒体",
						"差评",
						"律师",
						"投诉到",
						"换一家",
						"曝光",
						"法律途径",
						"法院",
						"消协",
						"消费者协会",
						"起诉"
					]
				}
			},
			{
				"id": "gratitude-explicit",
				"signal": "gratitude",
				"source": "seeds/002 (zh) · moments of truth: the last 30 seconds",
				"weight": .85,
				"phrases": {
					"en": [
						"appreciate*",
						"bless you",
						"cheers",
						"grateful",
						"great help",
						"kudos",
						"life saver",
						"lifesaver",
						"much appreciated",
						"really helpful",
						"so helpful",
						"thank u",
						"thank you",
						"thankful",
						"thanks",
						"thx",
						"ty",
						"very helpful",
						"you are the best",
						"you rock",
						"you're the best"
					],
					"de": [
						"bedanke",
						"dankbar",
						"danke",
						"danke schön",
						"dankeschön",
						"herzlichen dank",
						"sehr hilfreich",
						"sie sind die besten",
						"super service",
						"toller service",
						"vielen dank"
					],
					"el": [
						"ευγνώμων",
						"ευχαριστούμε",
						"ευχαριστώ",
						"ευχαριστώ πολύ",
						"να 'στε καλά",
						"να είστε καλά",
						"πολύ εξυπηρετικ*",
						"σας ευγνωμονώ",
						"σας ευχαριστώ"
					],
					"no": [
						"dere er best",
						"kjempebra service",
						"setter pris på",
						"takk",
						"takker",
						"takknemlig",
						"tusen takk"
					],
					"sk": [
						"ďakujem",
						"ďakujem pekne",
						"ďakujeme",
						"oceňujem",
						"ste super",
						"vďačn*",
						"vďaka",
						"veľmi pekne ďakujem"
					],
					"zh": [
						"多谢",
						"太好了",
						"帮了大忙",
						"感激",
						"感谢",
						"谢谢",
						"辛苦了",
						"非常感谢"
					]
				},
				"negatable": false
			}
		],
		examples: [
			{
				"text": "This is the THIRD time I am writing and it is STILL NOT FIXED!!! I want a refund.",
				"expect": { "signals": [
					"anger",
					"repeat-contact",
					"refund-request"
				] }
			},
			{
				"text": "I'm not angry, just confused about the invoice.",
				"expect": { "absent": ["anger"] }
			},
			{
				"text": "No refund needed, the replacement works. Thanks a lot!",
				"expect": {
					"signals": ["gratitude"],
					"absent": ["refund-request"]
				}
			},
			{
				"text": "You people never help anyone, you just don't care about customers.",
				"expect": { "signals": ["baiting"] }
			},
			{
				"text": "Can I speak to a manager please?",
				"expect": { "signals": ["escalation-request"] }
			},
			{
				"text": "I want to cancel my subscription.",
				"expect": { "signals": ["cancel-request"] }
			},
			{
				"text": "Can I cancel a transfer I made this morning?",
				"expect": { "absent": ["cancel-request"] }
			},
			{
				"text": "If this isn't fixed today I'm calling my lawyer and posting a review.",
				"expect": { "signals": ["threat", "urgency"] }
			},
			{
				"text": "What the f*** is going on with my order",
				"expect": { "signals": ["profanity"] }
			},
			{
				"text": "Das ist jetzt schon das dritte Mal, ich bin wirklich wütend. Ich will mein Geld zurück!",
				"expect": { "signals": ["anger", "refund-request"] }
			},
			{
				"text": "Ich bin nicht wütend, nur verwirrt.",
				"expect": { "absent": ["anger"] }
			},
			{
				"text": "Είναι η τρίτη φορά που γράφω και είμαι πολύ θυμωμένη. Θέλω επιστροφή χρημάτων.",
				"expect": { "signals": [
					"anger",
					"repeat-contact",
					"refund-request"
				] }
			},
			{
				"text": "Píšem vám už tretíkrát a stále to nefunguje. Som naozaj nahnevaný, chcem zrušiť zmluvu.",
				"expect": { "signals": [
					"anger",
					"repeat-contact",
					"cancel-request"
				] }
			},
			{
				"text": "这是我第三次联系你们了，问题还没解决，我非常生气！我要退款。",
				"expect": { "signals": [
					"anger",
					"repeat-contact",
					"refund-request"
				] }
			},
			{
				"text": "Dette er tredje gang jeg skriver, og jeg er skikkelig sint. Jeg vil snakke med en leder.",
				"expect": { "signals": [
					"anger",
					"repeat-contact",
					"escalation-request"
				] }
			},
			{
				"text": "Tusen takk for hjelpen!",
				"expect": {
					"signals": ["gratitude"],
					"absent": ["anger"]
				}
			},
			{
				"text": "Thanks for the quick reply, that fixed it.",
				"expect": {
					"signals": ["gratitude"],
					"absent": ["anger", "complaint"]
				}
			}
		]
	},
	{
		schemaVersion: 1,
		id: "help-method",
		name: {
			"en": "HELP method",
			"de": "HELP-Methode",
			"el": "Μέθοδος HELP",
			"no": "HELP-metoden",
			"sk": "Metóda HELP (POMOC)",
			"zh": "HELP 方法"
		},
		description: {
			"en": "Hear, Empathize and apologise, Lead to a resolution, Provide follow-up: a checklist that ticks itself from your replies and draft.",
			"de": "Zuhören, Mitgefühl und Entschuldigung, zur Lösung führen, nachfassen: eine Checkliste, die sich aus Ihren Antworten und Ihrem Entwurf selbst abhakt.",
			"el": "Ακούστε, κατανόηση και συγγνώμη, οδηγήστε στη λύση, φροντίστε τη συνέχεια: μια λίστα που τσεκάρεται μόνη της από τις απαντήσεις και το προσχέδιό σας.",
			"no": "Lytt, vis empati og be om unnskyldning, led mot en løsning, følg opp: en sjekkliste som krysser seg av fra svarene og utkastet ditt.",
			"sk": "Vypočuť, vcítiť sa a ospravedlniť, viesť k riešeniu, postarať sa o pokračovanie: kontrolný zoznam, ktorý sa odškrtáva sám podľa vašich odpovedí a konceptu.",
			"zh": "倾听、共情并道歉、引导解决、负责跟进：根据您的回复和草稿自动勾选的清单。"
		},
		version: "1.0.0",
		source: "seeds/001 (sk) · HELP",
		languages: [
			"en",
			"de",
			"el",
			"sk",
			"zh",
			"no"
		],
		defaultEnabled: true,
		methods: [{
			"id": "help",
			"name": {
				"en": "HELP",
				"de": "HELP",
				"el": "HELP (ΒΟΗΘΕΙΑ)",
				"no": "HELP",
				"sk": "HELP (POMOC)",
				"zh": "HELP 四步法"
			},
			"description": {
				"en": "Hear, Empathize and apologise, Lead to a resolution, Provide follow-up.",
				"de": "Zuhören, Mitgefühl zeigen und entschuldigen, zur Lösung führen, nachfassen.",
				"el": "Ακούστε, δείξτε κατανόηση και ζητήστε συγγνώμη, οδηγήστε στη λύση, φροντίστε τη συνέχεια.",
				"no": "Lytt, vis empati og be om unnskyldning, led mot en løsning, følg opp.",
				"sk": "Vypočuť, vcítiť sa a ospravedlniť, viesť k riešeniu, postarať sa o pokračovanie.",
				"zh": "倾听、共情并道歉、引导解决、负责跟进。"
			},
			"source": "seeds/001 (sk) · HELP",
			"steps": [
				{
					"id": "hear",
					"name": {
						"en": "Hear",
						"de": "Zuhören",
						"el": "Ακούστε",
						"no": "Lytt",
						"sk": "Vypočujte",
						"zh": "倾听"
					},
					"source": "seeds/001 (sk) · HELP §1 hear the customer",
					"covers": { "phrases": {
						"en": [
							"as you describe",
							"from what you describe",
							"i can see that",
							"i have gone through",
							"i have read",
							"i see that",
							"i've gone through",
							"i've read",
							"if i understand correctly",
							"if i understand you correctly",
							"let me make sure",
							"so you're saying",
							"thank you for explaining",
							"thank you for letting us know",
							"thanks for explaining",
							"thanks for letting us know",
							"to make sure i understand",
							"what i'm hearing",
							"you have been",
							"you have told us",
							"you mentioned",
							"you wrote",
							"you've been",
							"you've told us"
						],
						"de": [
							"danke für die erklärung",
							"danke, dass sie",
							"habe ihre nachricht gelesen",
							"ich habe gelesen",
							"ich sehe",
							"sie erwähnen",
							"sie haben geschrieben",
							"sie schreiben",
							"wenn ich sie richtig verstehe",
							"wie ich verstehe"
						],
						"el": [
							"αν κατάλαβα καλά",
							"αν καταλαβαίνω σωστά",
							"αναφέρετε",
							"βλέπω ότι",
							"διάβασα",
							"μου γράφετε",
							"όπως περιγράφετε",
							"σας ευχαριστώ που μας ενημερώσατε"
						],
						"no": [
							"du nevner",
							"du skriver",
							"hvis jeg forstår deg riktig",
							"jeg har lest",
							"jeg ser at",
							"slik du beskriver",
							"takk for at du forklarer",
							"takk for at du sier ifra"
						],
						"sk": [
							"ak tomu správne rozumiem",
							"ak vám dobre rozumiem",
							"ako opisujete",
							"ďakujem, že ste nám dali vedieť",
							"píšete",
							"prečítal som",
							"prečítala som",
							"spomínate",
							"vidím, že"
						],
						"zh": [
							"如果我理解得没错",
							"您提到",
							"您是说",
							"感谢您告诉我们",
							"我了解到",
							"我已经看了",
							"我看到",
							"据您描述"
						]
					} },
					"prompt": {
						"en": "Show you heard: restate the problem in your own words before anything else.",
						"de": "Zeigen Sie, dass Sie zugehört haben: Geben Sie das Problem zuerst in eigenen Worten wieder.",
						"el": "Δείξτε ότι ακούσατε: επαναλάβετε πρώτα το πρόβλημα με δικά σας λόγια.",
						"no": "Vis at du har lyttet: gjenta problemet med egne ord før noe annet.",
						"sk": "Ukážte, že ste počúvali: najprv zopakujte problém vlastnými slovami.",
						"zh": "先表明您听到了：用自己的话复述客户的问题。"
					}
				},
				{
					"id": "empathize",
					"name": {
						"en": "Empathize and apologise",
						"de": "Mitgefühl und Entschuldigung",
						"el": "Κατανόηση και συγγνώμη",
						"no": "Empati og unnskyldning",
						"sk": "Vcítiť sa a ospravedlniť",
						"zh": "共情并道歉"
					},
					"source": "seeds/001 (sk) · HELP §2 empathize, then apologise",
					"covers": { "phrases": {
						"en": [
							"apologi*",
							"i can imagine",
							"i can only imagine",
							"i can see why",
							"i completely understand",
							"i hear you",
							"i know how",
							"i totally understand",
							"i understand how",
							"i understand that",
							"i understand why",
							"i would feel the same",
							"i'd feel the same",
							"i'm so sorry",
							"must be frustrating",
							"must have been frustrating",
							"my apologies",
							"regret",
							"sorry",
							"that is frustrating",
							"that sounds",
							"that's frustrating",
							"understand your frustration",
							"we're sorry",
							"you have every right"
						],
						"de": [
							"ärgerlich für sie",
							"bedauern",
							"bedaure",
							"entschuldig*",
							"frustrierend",
							"ich verstehe",
							"ich würde mich auch",
							"kann ich verstehen",
							"kann mir vorstellen",
							"nachvollziehen",
							"sorry",
							"tut mir leid",
							"tut uns leid",
							"verständlich",
							"verzeihung"
						],
						"el": [
							"είναι εκνευριστικό",
							"έχετε κάθε δικαίωμα",
							"ζητούμε συγγνώμη",
							"ζητώ συγγνώμη",
							"καταλαβαίνω",
							"κατανοώ",
							"λυπάμαι",
							"λυπόμαστε",
							"λυπούμαστε",
							"στη θέση σας",
							"συγγνώμη",
							"φαντάζομαι"
						],
						"no": [
							"beklager",
							"det er beklagelig",
							"det er leit",
							"forstår godt",
							"frustrerende",
							"har all rett",
							"i ditt sted",
							"jeg beklager",
							"jeg forstår",
							"kan tenke meg",
							"skjønner",
							"unnskyld",
							"vi beklager"
						],
						"sk": [
							"chápem",
							"je mi ľúto",
							"ľutujem",
							"ľutujeme",
							"máte plné právo",
							"mrzí ma",
							"mrzí nás",
							"musí to byť frustrujúce",
							"na vašom mieste",
							"ospravedl*",
							"prepáčte",
							"rozumiem",
							"viem si predstaviť"
						],
						"zh": [
							"不好意思",
							"体谅",
							"对不起",
							"很遗憾",
							"感同身受",
							"抱歉",
							"换作是我",
							"明白您的",
							"理解",
							"能想象",
							"致歉",
							"道歉"
						]
					} },
					"prompt": {
						"en": "Say you understand how this feels, then apologise — sincerely, in that order.",
						"de": "Sagen Sie, dass Sie das Gefühl verstehen, dann entschuldigen Sie sich — aufrichtig, in dieser Reihenfolge.",
						"el": "Πείτε ότι καταλαβαίνετε πώς νιώθει και μετά ζητήστε συγγνώμη — ειλικρινά, με αυτή τη σειρά.",
						"no": "Si at du forstår hvordan dette føles, og be så om unnskyldning — oppriktig, i den rekkefølgen.",
						"sk": "Povedzte, že chápete, ako sa cíti, a potom sa ospravedlňte — úprimne a v tomto poradí.",
						"zh": "先表示理解客户的感受，再真诚道歉——顺序不要颠倒。"
					}
				},
				{
					"id": "lead",
					"name": {
						"en": "Lead to a resolution",
						"de": "Zur Lösung führen",
						"el": "Οδηγήστε στη λύση",
						"no": "Led mot en løsning",
						"sk": "Veďte k riešeniu",
						"zh": "引导解决"
					},
					"source": "seeds/001 (sk) · HELP §3 lead the customer to a resolution",
					"covers": { "phrases": {
						"en": [
							"does that work for you",
							"here is what",
							"here's what",
							"how can i make",
							"how does that sound",
							"i can offer",
							"i recommend",
							"i suggest",
							"i'd suggest",
							"one option",
							"options are",
							"the next step",
							"we can offer",
							"what can i do",
							"what i can do",
							"what we can do",
							"what would",
							"what would it take",
							"which would",
							"would you like",
							"would you prefer"
						],
						"de": [
							"der nächste schritt",
							"eine möglichkeit",
							"ich kann ihnen anbieten",
							"ich schlage vor",
							"möchten sie",
							"passt ihnen das",
							"was ich tun kann",
							"was kann ich",
							"was wäre",
							"würden sie"
						],
						"el": [
							"αυτό που μπορώ να κάνω",
							"θα θέλατε",
							"θα προτιμούσατε",
							"μια επιλογή",
							"μπορώ να σας προτείνω",
							"προτείνω",
							"σας εξυπηρετεί",
							"τι θα",
							"τι μπορώ να κάνω",
							"το επόμενο βήμα"
						],
						"no": [
							"det jeg kan gjøre",
							"ett alternativ",
							"foretrekker du",
							"hva kan jeg gjøre",
							"hva ville",
							"jeg foreslår",
							"jeg kan tilby",
							"neste steg",
							"passer det",
							"vil du"
						],
						"sk": [
							"chceli by ste",
							"čo by",
							"čo môžem urobiť",
							"čo môžem urobiť je",
							"ďalší krok",
							"jedna možnosť",
							"môžem vám ponúknuť",
							"navrhujem",
							"preferovali by ste",
							"vyhovuje vám"
						],
						"zh": [
							"一个办法",
							"下一步",
							"建议",
							"怎样才能",
							"您希望",
							"您更倾向",
							"您看这样可以吗",
							"我可以为您",
							"我可以提供",
							"我能为您做"
						]
					} },
					"prompt": {
						"en": "Ask an open question — what would make this right? If they ask for the impossible, say what you can do.",
						"de": "Stellen Sie eine offene Frage — was würde es wieder gutmachen? Ist der Wunsch unmöglich, sagen Sie, was Sie tun können.",
						"el": "Κάντε μια ανοιχτή ερώτηση — τι θα το διόρθωνε; Αν ζητά το αδύνατο, πείτε τι μπορείτε να κάνετε.",
						"no": "Still et åpent spørsmål — hva skal til for å gjøre dette godt igjen? Ber kunden om det umulige, si hva du kan gjøre.",
						"sk": "Položte otvorenú otázku — čo by to napravilo? Ak žiada nemožné, povedzte, čo urobiť môžete.",
						"zh": "提一个开放式问题——怎样才能让您满意？如果要求无法满足，就说明您能做什么。"
					}
				},
				{
					"id": "provide",
					"name": {
						"en": "Provide follow-up",
						"de": "Nachfassen",
						"el": "Φροντίστε τη συνέχεια",
						"no": "Følg opp",
						"sk": "Postarajte sa o pokračovanie",
						"zh": "负责跟进"
					},
					"source": "seeds/001 (sk) · HELP §4 provide responsible follow-up",
					"covers": { "phrases": {
						"en": [
							"as soon as it's resolved",
							"i will check in",
							"i will confirm",
							"i will follow up",
							"i will get back to you",
							"i will keep you posted",
							"i will let you know",
							"i will update you",
							"i'll be in touch",
							"i'll check in",
							"i'll confirm",
							"i'll contact you",
							"i'll follow up",
							"i'll get back to you",
							"i'll keep you posted",
							"i'll keep you updated",
							"i'll let you know",
							"i'll update you",
							"once it's fixed",
							"when it's resolved",
							"you will hear from me",
							"you'll hear from me"
						],
						"de": [
							"ich bestätige",
							"ich gebe ihnen bescheid",
							"ich halte sie auf dem laufenden",
							"ich informiere sie",
							"ich melde mich",
							"sie hören von mir",
							"sobald es behoben ist"
						],
						"el": [
							"θα επανέλθω",
							"θα επικοινωνήσω",
							"θα σας ενημερώσω",
							"θα σας επιβεβαιώσω",
							"θα σας κρατώ ενήμερ*",
							"μόλις επιλυθεί"
						],
						"no": [
							"du hører fra meg",
							"jeg bekrefter",
							"jeg følger opp",
							"jeg gir deg beskjed",
							"jeg holder deg oppdatert",
							"jeg tar kontakt",
							"så snart det er løst"
						],
						"sk": [
							"budem vás informovať",
							"budem vás priebežne informovať",
							"dám vám vedieť",
							"hneď ako to bude vyriešené",
							"ozvem sa",
							"potvrdím vám"
						],
						"zh": [
							"一旦解决",
							"会通知您",
							"我会再联系您",
							"我会回复您",
							"我会跟进",
							"第一时间告诉您",
							"随时告知"
						]
					} },
					"prompt": {
						"en": "Commit to a follow-up with a time, and say you'll tell them when it's resolved.",
						"de": "Sagen Sie eine Rückmeldung mit Zeitpunkt zu und dass Sie Bescheid geben, sobald es gelöst ist.",
						"el": "Δεσμευτείτε για ενημέρωση με συγκεκριμένο χρόνο και πείτε ότι θα ενημερώσετε μόλις λυθεί.",
						"no": "Lov å følge opp til et bestemt tidspunkt, og si at du gir beskjed når det er løst.",
						"sk": "Zaviažte sa ozvať v konkrétnom čase a povedzte, že dáte vedieť, keď to bude vyriešené.",
						"zh": "承诺在具体时间跟进，并告诉客户问题解决后会第一时间通知。"
					}
				}
			]
		}],
		suggestions: [
			{
				"id": "hear-restate",
				"kind": "acknowledgement",
				"source": "seeds/001 (sk) · HELP §1 repeat back what you heard",
				"signals": ["repeat-contact", "complaint"],
				"steps": ["help/hear"],
				"text": {
					"en": "Thank you for explaining this so clearly, {customer.firstName}. If I understand correctly, the problem is still not fixed after your earlier messages.",
					"de": "Danke, dass Sie das so klar schildern, {customer.firstName}. Wenn ich Sie richtig verstehe, ist das Problem nach Ihren bisherigen Nachrichten immer noch nicht gelöst.",
					"el": "Σας ευχαριστώ που το περιγράψατε τόσο καθαρά, {customer.firstName}. Αν κατάλαβα καλά, το πρόβλημα δεν έχει λυθεί ακόμη, παρά τα προηγούμενα μηνύματά σας.",
					"no": "Takk for at du forklarer så tydelig, {customer.firstName}. Hvis jeg forstår deg riktig, er problemet fortsatt ikke løst etter de tidligere henvendelsene dine.",
					"sk": "Ďakujem, že ste to tak jasne opísali, {customer.firstName}. Ak vám dobre rozumiem, problém ani po vašich predchádzajúcich správach stále nie je vyriešený.",
					"zh": "{customer.firstName}，感谢您说得这么清楚。如果我理解得没错，您之前联系过我们，但问题至今仍未解决。"
				}
			},
			{
				"id": "hear-open",
				"kind": "acknowledgement",
				"source": "seeds/001 (sk) · HELP §1 hear the customer",
				"steps": ["help/hear"],
				"text": {
					"en": "Thanks for letting us know, {customer.firstName}. I've read through your message and I want to make sure I understand it fully.",
					"de": "Danke, dass Sie uns Bescheid geben, {customer.firstName}. Ich habe Ihre Nachricht gelesen und möchte sicher sein, dass ich sie ganz verstehe.",
					"el": "Σας ευχαριστώ που μας ενημερώσατε, {customer.firstName}. Διάβασα το μήνυμά σας και θέλω να βεβαιωθώ ότι το κατάλαβα πλήρως.",
					"no": "Takk for at du sier ifra, {customer.firstName}. Jeg har lest meldingen din og vil være sikker på at jeg forstår den helt.",
					"sk": "Ďakujem, že ste nám dali vedieť, {customer.firstName}. Prečítal som si vašu správu a chcem si byť istý, že jej úplne rozumiem.",
					"zh": "{customer.firstName}，感谢您告诉我们。我已经仔细看了您的留言，想确认我完全理解了您的情况。"
				}
			},
			{
				"id": "empathize-then-apologise",
				"kind": "empathy",
				"source": "seeds/001 (sk) · HELP §2 empathize, then apologise",
				"signals": [
					"anger",
					"complaint",
					"disappointment",
					"repeat-contact"
				],
				"steps": [
					"help/empathize",
					"asap/apologise",
					"asap/sympathise"
				],
				"text": {
					"en": "I understand how frustrating this must be, and I'm sorry — you shouldn't have had to deal with this.",
					"de": "Ich kann verstehen, wie frustrierend das sein muss, und es tut mir leid — damit hätten Sie sich nicht herumschlagen müssen.",
					"el": "Καταλαβαίνω πόσο εκνευριστικό πρέπει να είναι αυτό και λυπάμαι πολύ — δεν έπρεπε να το αντιμετωπίσετε.",
					"no": "Jeg forstår hvor frustrerende dette må være, og jeg beklager — dette skulle du ikke ha måttet håndtere.",
					"sk": "Chápem, aké frustrujúce to musí byť, a je mi to ľúto — s týmto ste sa nemali musieť zaoberať.",
					"zh": "我理解这一定让您很恼火，真的很抱歉——您本不该遇到这样的事。"
				}
			},
			{
				"id": "lead-open-question",
				"kind": "question",
				"source": "seeds/001 (sk) · HELP §3 lead with open questions",
				"steps": ["help/lead"],
				"text": {
					"en": "What would make this right for you?",
					"de": "Was würde das für Sie wieder in Ordnung bringen?",
					"el": "Τι θα το διόρθωνε για εσάς;",
					"no": "Hva skal til for å gjøre dette godt igjen for deg?",
					"sk": "Čo by to pre vás napravilo?",
					"zh": "怎样处理才能让您满意？"
				}
			},
			{
				"id": "lead-what-i-can-do",
				"kind": "can-do",
				"source": "seeds/001 (sk) · HELP §3 acknowledge the wish, say what you can do",
				"signals": [
					"refund-request",
					"cancel-request",
					"escalation-request"
				],
				"steps": ["help/lead"],
				"text": {
					"en": "I can't undo what happened, but here is what I can do right now: …",
					"de": "Ich kann das Geschehene nicht rückgängig machen, aber Folgendes kann ich sofort tun: …",
					"el": "Δεν μπορώ να αναιρέσω ό,τι έγινε, αλλά να τι μπορώ να κάνω αμέσως: …",
					"no": "Jeg kan ikke gjøre om det som har skjedd, men dette kan jeg gjøre nå: …",
					"sk": "To, čo sa stalo, vrátiť nedokážem, ale toto môžem urobiť hneď teraz: …",
					"zh": "已经发生的事我无法改变，但我现在可以为您做的是：……"
				}
			},
			{
				"id": "provide-follow-up",
				"kind": "follow-up",
				"source": "seeds/001 (sk) · HELP §4 provide responsible follow-up",
				"steps": ["help/provide"],
				"text": {
					"en": "I'll follow up with you by tomorrow at noon, and I'll let you know as soon as it's resolved.",
					"de": "Ich melde mich bis morgen Mittag bei Ihnen und gebe Ihnen Bescheid, sobald es behoben ist.",
					"el": "Θα επικοινωνήσω μαζί σας έως αύριο το μεσημέρι και θα σας ενημερώσω μόλις επιλυθεί.",
					"no": "Jeg følger opp innen i morgen klokka tolv, og gir deg beskjed så snart det er løst.",
					"sk": "Ozvem sa vám do zajtra do obeda a dám vám vedieť hneď, ako to bude vyriešené.",
					"zh": "我会在明天中午前跟进，问题一解决就第一时间通知您。"
				}
			}
		],
		examples: [
			{
				"text": "My order still hasn't arrived and nobody has answered me.",
				"draft": "Hi, I'm so sorry about this.",
				"method": "help",
				"expect": {
					"steps": ["empathize"],
					"next": "hear"
				}
			},
			{
				"text": "It's still broken.",
				"draft": "If I understand correctly the router still drops. I understand how frustrating that is and I'm sorry. What would make this right for you? I'll update you by 3 pm today.",
				"method": "help",
				"expect": { "steps": [
					"hear",
					"empathize",
					"lead",
					"provide"
				] }
			},
			{
				"text": "I want a refund, this is the third time.",
				"method": "help",
				"expect": {
					"suggestions": ["hear-restate"],
					"next": "hear"
				}
			}
		]
	},
	{
		schemaVersion: 1,
		id: "asap-method",
		name: {
			"en": "ASAP method",
			"de": "ASAP-Methode",
			"el": "Μέθοδος ASAP",
			"no": "ASAP-metoden",
			"sk": "Metóda ASAP",
			"zh": "ASAP 方法"
		},
		description: {
			"en": "For upset customers: Apologise, Sympathise, Accept responsibility, Prepare to act (Lydia Ramsey).",
			"de": "Für verärgerte Kunden: entschuldigen, Mitgefühl zeigen, Verantwortung übernehmen, handeln (Lydia Ramsey).",
			"el": "Για αναστατωμένους πελάτες: συγγνώμη, συμπόνια, ανάληψη ευθύνης, προετοιμασία για δράση (Lydia Ramsey).",
			"no": "For opprørte kunder: be om unnskyldning, vis medfølelse, ta ansvar, forbered handling (Lydia Ramsey).",
			"sk": "Pre rozrušených zákazníkov: ospravedlniť sa, prejaviť súcit, prevziať zodpovednosť, pripraviť sa konať (Lydia Ramsey).",
			"zh": "面对不满的客户：道歉、同理、承担责任、准备行动（Lydia Ramsey）。"
		},
		version: "1.0.0",
		source: "seeds/003 (no) · ASAP (Lydia Ramsey, 2005)",
		languages: [
			"en",
			"de",
			"el",
			"sk",
			"zh",
			"no"
		],
		defaultEnabled: false,
		methods: [{
			"id": "asap",
			"name": {
				"en": "ASAP",
				"de": "ASAP",
				"el": "ASAP",
				"no": "ASAP",
				"sk": "ASAP",
				"zh": "ASAP 四步法"
			},
			"description": {
				"en": "Apologise, Sympathise, Accept responsibility, Prepare to act.",
				"de": "Entschuldigen, Mitgefühl zeigen, Verantwortung übernehmen, handeln.",
				"el": "Συγγνώμη, συμπόνια, ανάληψη ευθύνης, προετοιμασία για δράση.",
				"no": "Be om unnskyldning, vis medfølelse, ta ansvar, forbered handling.",
				"sk": "Ospravedlniť sa, prejaviť súcit, prevziať zodpovednosť, pripraviť sa konať.",
				"zh": "道歉、同理、承担责任、准备行动。"
			},
			"source": "seeds/003 (no) · ASAP (Lydia Ramsey, 2005)",
			"steps": [
				{
					"id": "apologise",
					"name": {
						"en": "Apologise",
						"de": "Entschuldigen",
						"el": "Συγγνώμη",
						"no": "Be om unnskyldning",
						"sk": "Ospravedlňte sa",
						"zh": "道歉"
					},
					"source": "seeds/003 (no) · ASAP (Lydia Ramsey, 2005) · step 1",
					"covers": { "phrases": {
						"en": [
							"apologi*",
							"i'm so sorry",
							"my apologies",
							"regret",
							"sorry",
							"we're sorry"
						],
						"de": [
							"bedauern",
							"bedaure",
							"entschuldig*",
							"sorry",
							"tut mir leid",
							"tut uns leid",
							"verzeihung"
						],
						"el": [
							"ζητούμε συγγνώμη",
							"ζητώ συγγνώμη",
							"λυπάμαι",
							"λυπόμαστε",
							"λυπούμαστε",
							"συγγνώμη"
						],
						"no": [
							"beklager",
							"det er beklagelig",
							"det er leit",
							"jeg beklager",
							"unnskyld",
							"vi beklager"
						],
						"sk": [
							"je mi ľúto",
							"ľutujem",
							"ľutujeme",
							"mrzí ma",
							"mrzí nás",
							"ospravedl*",
							"prepáčte"
						],
						"zh": [
							"不好意思",
							"对不起",
							"很遗憾",
							"抱歉",
							"致歉",
							"道歉"
						]
					} },
					"prompt": {
						"en": "Apologise even if it isn't your fault: you're sorry about the problem, not accepting blame.",
						"de": "Entschuldigen Sie sich, auch wenn es nicht Ihre Schuld ist: Ihnen tut das Problem leid, Sie übernehmen keine Schuld.",
						"el": "Ζητήστε συγγνώμη ακόμη κι αν δεν φταίτε: λυπάστε για το πρόβλημα, δεν αναλαμβάνετε την ευθύνη του.",
						"no": "Be om unnskyldning selv om det ikke er din feil: du beklager problemet, du tar ikke på deg skylden.",
						"sk": "Ospravedlňte sa, aj keď to nie je vaša chyba: mrzí vás problém, neberiete na seba vinu.",
						"zh": "即使不是您的错也要道歉：您是为问题感到抱歉，不是认错。"
					}
				},
				{
					"id": "sympathise",
					"name": {
						"en": "Sympathise",
						"de": "Mitgefühl zeigen",
						"el": "Συμπόνια",
						"no": "Vis medfølelse",
						"sk": "Prejavte súcit",
						"zh": "同理"
					},
					"source": "seeds/003 (no) · ASAP (Lydia Ramsey, 2005) · step 2",
					"covers": { "phrases": {
						"en": [
							"i can imagine",
							"i can only imagine",
							"i can see why",
							"i completely understand",
							"i hear you",
							"i know how",
							"i totally understand",
							"i understand how",
							"i understand that",
							"i understand why",
							"i would feel the same",
							"i'd feel the same",
							"must be frustrating",
							"must have been frustrating",
							"that is frustrating",
							"that sounds",
							"that's frustrating",
							"understand your frustration",
							"you have every right"
						],
						"de": [
							"ärgerlich für sie",
							"frustrierend",
							"ich verstehe",
							"ich würde mich auch",
							"kann ich verstehen",
							"kann mir vorstellen",
							"nachvollziehen",
							"verständlich"
						],
						"el": [
							"είναι εκνευριστικό",
							"έχετε κάθε δικαίωμα",
							"καταλαβαίνω",
							"κατανοώ",
							"στη θέση σας",
							"φαντάζομαι"
						],
						"no": [
							"forstår godt",
							"frustrerende",
							"har all rett",
							"i ditt sted",
							"jeg forstår",
							"kan tenke meg",
							"skjønner"
						],
						"sk": [
							"chápem",
							"máte plné právo",
							"musí to byť frustrujúce",
							"na vašom mieste",
							"rozumiem",
							"viem si predstaviť"
						],
						"zh": [
							"体谅",
							"感同身受",
							"换作是我",
							"明白您的",
							"理解",
							"能想象"
						]
					} },
					"prompt": {
						"en": "Show you identify with their feelings: validation calms.",
						"de": "Zeigen Sie, dass Sie die Gefühle nachvollziehen: Bestätigung beruhigt.",
						"el": "Δείξτε ότι ταυτίζεστε με τα συναισθήματά του: η αναγνώριση ηρεμεί.",
						"no": "Vis at du kjenner deg igjen i følelsene: bekreftelse roer.",
						"sk": "Ukážte, že jeho pocity chápete: uznanie upokojuje.",
						"zh": "表明您认同客户的感受：被认可会让人平静下来。"
					}
				},
				{
					"id": "accept",
					"name": {
						"en": "Accept responsibility",
						"de": "Verantwortung übernehmen",
						"el": "Ανάληψη ευθύνης",
						"no": "Ta ansvar",
						"sk": "Prevezmite zodpovednosť",
						"zh": "承担责任"
					},
					"source": "seeds/003 (no) · ASAP (Lydia Ramsey, 2005) · step 3",
					"covers": { "phrases": {
						"en": [
							"i am on it",
							"i take responsibility",
							"i will handle",
							"i will make sure",
							"i will make this right",
							"i will personally",
							"i will take care of",
							"i'll find someone who can",
							"i'll handle",
							"i'll make it right",
							"i'll make sure",
							"i'll make this right",
							"i'll own this",
							"i'll personally",
							"i'll take care of",
							"i'm on it",
							"it's on us",
							"leave it with me",
							"that's on us"
						],
						"de": [
							"das liegt bei uns",
							"ich bringe das in ordnung",
							"ich kümmere mich",
							"ich persönlich",
							"ich sorge dafür",
							"ich übernehme",
							"überlassen sie das mir"
						],
						"el": [
							"αναλαμβάνω",
							"αφήστε το σε μένα",
							"είναι δική μας ευθύνη",
							"θα το διορθώσω",
							"θα το φροντίσω",
							"θα φροντίσω",
							"προσωπικά"
						],
						"no": [
							"det er vårt ansvar",
							"jeg ordner",
							"jeg personlig",
							"jeg sørger for",
							"jeg tar ansvar",
							"jeg tar meg av",
							"overlat det til meg"
						],
						"sk": [
							"dám to do poriadku",
							"je to na nás",
							"nechajte to na mňa",
							"osobne",
							"postarám sa",
							"preberám",
							"zaistím"
						],
						"zh": [
							"交给我",
							"我亲自",
							"我会确保",
							"我会解决",
							"我会负责",
							"我来处理",
							"是我们的责任"
						]
					} },
					"prompt": {
						"en": "Take responsibility for the situation: you'll do what it takes, or find someone who can.",
						"de": "Übernehmen Sie Verantwortung für die Lage: Sie tun, was nötig ist, oder finden jemanden, der es kann.",
						"el": "Αναλάβετε την ευθύνη της κατάστασης: θα κάνετε ό,τι χρειαστεί ή θα βρείτε κάποιον που μπορεί.",
						"no": "Ta ansvar for situasjonen: du gjør det som trengs, eller finner noen som kan.",
						"sk": "Prevezmite zodpovednosť za situáciu: urobíte, čo treba, alebo nájdete niekoho, kto to dokáže.",
						"zh": "为局面负责：您会尽一切努力，或找到能解决的人。"
					}
				},
				{
					"id": "prepare",
					"name": {
						"en": "Prepare to act",
						"de": "Handeln",
						"el": "Προετοιμασία για δράση",
						"no": "Forbered handling",
						"sk": "Pripravte sa konať",
						"zh": "准备行动"
					},
					"source": "seeds/003 (no) · ASAP (Lydia Ramsey, 2005) · step 4",
					"covers": { "phrases": {
						"en": [
							"at no cost",
							"free of charge",
							"i have added",
							"i have arranged",
							"i have booked",
							"i have credited",
							"i have escalated",
							"i have fixed",
							"i have issued",
							"i have refunded",
							"i have replaced",
							"i have reset",
							"i have sent",
							"i have updated",
							"i have waived",
							"i will credit",
							"i will refund",
							"i will replace",
							"i will send",
							"i will waive",
							"i'll credit",
							"i'll refund",
							"i'll replace",
							"i'll send",
							"i'll waive",
							"i've added",
							"i've arranged",
							"i've booked",
							"i've credited",
							"i've escalated",
							"i've fixed",
							"i've issued",
							"i've refunded",
							"i've replaced",
							"i've reset",
							"i've sent",
							"i've updated",
							"i've waived",
							"replacement"
						],
						"de": [
							"ersatz",
							"gutschrift",
							"habe ich ersetzt",
							"habe ich erstattet",
							"habe ich gesendet",
							"habe ich gutgeschrieben",
							"habe ich veranlasst",
							"ich erstatte",
							"ich habe",
							"ich schicke ihnen",
							"ich sende ihnen",
							"kostenlos"
						],
						"el": [
							"αντικατέστησα",
							"δωρεάν",
							"επέστρεψα",
							"έστειλα",
							"έχω ήδη",
							"θα αντικαταστήσω",
							"θα σας στείλω",
							"πίστωσα",
							"χωρίς χρέωση"
						],
						"no": [
							"erstatning",
							"gratis",
							"jeg har erstattet",
							"jeg har kreditert",
							"jeg har ordnet",
							"jeg har refundert",
							"jeg har sendt",
							"jeg sender",
							"kostnadsfritt"
						],
						"sk": [
							"bezplatne",
							"náhradu",
							"poslal som",
							"poslala som",
							"pošlem vám",
							"už som",
							"vrátil som",
							"vrátila som",
							"vymenil som",
							"vymenila som",
							"zadarmo"
						],
						"zh": [
							"免费",
							"已为您",
							"已安排",
							"已更换",
							"已经为您",
							"已退款",
							"我会为您更换",
							"我会为您退款",
							"补发"
						]
					} },
					"prompt": {
						"en": "Decide what you can do — replace, redo, waive a fee, add something — and tell them.",
						"de": "Entscheiden Sie, was Sie tun können — ersetzen, nachbessern, Gebühr erlassen, etwas dazugeben — und sagen Sie es.",
						"el": "Αποφασίστε τι μπορείτε να κάνετε — αντικατάσταση, επανάληψη, απαλλαγή από χρέωση, κάτι επιπλέον — και πείτε το.",
						"no": "Bestem hva du kan gjøre — erstatte, gjøre om, frafalle et gebyr, gi noe ekstra — og si det.",
						"sk": "Rozhodnite, čo môžete urobiť — vymeniť, prerobiť, odpustiť poplatok, pridať niečo navyše — a povedzte to.",
						"zh": "决定您能做什么——更换、重做、免除费用、额外补偿——并告诉客户。"
					}
				}
			]
		}],
		suggestions: [
			{
				"id": "asap-apologise",
				"kind": "apology",
				"source": "seeds/003 (no) · ASAP (Lydia Ramsey, 2005) · step 1: I'm sorry about the problem",
				"steps": ["asap/apologise"],
				"text": {
					"en": "I'm sorry about this problem, {customer.firstName}.",
					"de": "Das Problem tut mir leid, {customer.firstName}.",
					"el": "Λυπάμαι πολύ για αυτό το πρόβλημα, {customer.firstName}.",
					"no": "Jeg beklager dette problemet, {customer.firstName}.",
					"sk": "Ten problém ma mrzí, {customer.firstName}.",
					"zh": "{customer.firstName}，对于这个问题我深表歉意。"
				}
			},
			{
				"id": "asap-sympathise",
				"kind": "empathy",
				"source": "seeds/003 (no) · ASAP (Lydia Ramsey, 2005) · step 2: say you understand the frustration",
				"steps": ["asap/sympathise"],
				"text": {
					"en": "I understand how frustrating it is to receive a faulty product and poor service.",
					"de": "Ich verstehe, wie ärgerlich es ist, ein fehlerhaftes Produkt und schlechten Service zu bekommen.",
					"el": "Καταλαβαίνω πόσο εκνευριστικό είναι να λαμβάνετε ελαττωματικό προϊόν και κακή εξυπηρέτηση.",
					"no": "Jeg forstår hvor frustrerende det er å få et defekt produkt og dårlig service.",
					"sk": "Chápem, aké frustrujúce je dostať chybný výrobok a zlé služby.",
					"zh": "收到有问题的产品、又遇到糟糕的服务，这种懊恼我完全理解。"
				}
			},
			{
				"id": "asap-accept",
				"kind": "action",
				"source": "seeds/003 (no) · ASAP (Lydia Ramsey, 2005) · step 3: accept responsibility for the situation",
				"steps": ["asap/accept"],
				"text": {
					"en": "I'll make sure this gets put right — if I can't do it myself, I'll find the person who can.",
					"de": "Ich sorge dafür, dass das in Ordnung kommt — wenn ich es nicht selbst kann, finde ich die Person, die es kann.",
					"el": "Θα φροντίσω να διορθωθεί — κι αν δεν μπορώ να το κάνω εγώ, θα βρω αυτόν που μπορεί.",
					"no": "Jeg sørger for at dette blir rettet opp — klarer jeg det ikke selv, finner jeg den som kan.",
					"sk": "Postarám sa, aby sa to napravilo — ak to nedokážem sám, nájdem niekoho, kto to dokáže.",
					"zh": "我会确保把这件事处理好——如果我自己解决不了，我会找到能解决的人。"
				}
			},
			{
				"id": "asap-prepare",
				"kind": "action",
				"source": "seeds/003 (no) · ASAP (Lydia Ramsey, 2005) · step 4: replace, redo, waive a fee, add a bonus",
				"steps": ["asap/prepare"],
				"text": {
					"en": "Here's what I've done: I've arranged a replacement at no cost to you, and I've waived this month's fee.",
					"de": "Folgendes habe ich veranlasst: Sie erhalten kostenlos Ersatz, und die Gebühr für diesen Monat entfällt.",
					"el": "Να τι έκανα: κανόνισα αντικατάσταση χωρίς χρέωση και σας απάλλαξα από τη χρέωση αυτού του μήνα.",
					"no": "Dette har jeg gjort: Jeg har ordnet en kostnadsfri erstatning og frafalt gebyret for denne måneden.",
					"sk": "Urobil som toto: zariadil som bezplatnú výmenu a odpustil som vám tohtomesačný poplatok.",
					"zh": "我已为您安排：免费更换，并免除本月费用。"
				}
			}
		],
		examples: [{
			"text": "The replacement you sent is broken too!",
			"draft": "I'm sorry about this. I understand how frustrating that is.",
			"method": "asap",
			"expect": {
				"steps": ["apologise", "sympathise"],
				"next": "accept"
			}
		}, {
			"text": "Wrong item again.",
			"draft": "Es tut mir leid. Ich kümmere mich darum und sende Ihnen kostenlos Ersatz.",
			"method": "asap",
			"expect": { "steps": [
				"apologise",
				"accept",
				"prepare"
			] }
		}]
	},
	{
		schemaVersion: 1,
		id: "angry-customers",
		name: {
			"en": "Angry customers",
			"de": "Verärgerte Kunden",
			"el": "Θυμωμένοι πελάτες",
			"no": "Sinte kunder",
			"sk": "Nahnevaní zákazníci",
			"zh": "愤怒的客户"
		},
		description: {
			"en": "Defuse first, solve second: apologise regardless of fault, acknowledge the anger, diplomacy, and computer mode — neutral, general replies to bait.",
			"de": "Erst entschärfen, dann lösen: Entschuldigung unabhängig von der Schuld, Ärger anerkennen, Diplomatie und Computer-Modus — neutrale, allgemeine Antworten auf Provokationen.",
			"el": "Πρώτα εκτόνωση, μετά λύση: συγγνώμη ανεξαρτήτως ευθύνης, αναγνώριση του θυμού, διπλωματία και «λειτουργία υπολογιστή» — ουδέτερες, γενικές απαντήσεις στις προκλήσεις.",
			"no": "Først dempe, så løse: be om unnskyldning uansett skyld, anerkjenn sinnet, diplomati og «datamaskinmodus» — nøytrale, generelle svar på provokasjoner.",
			"sk": "Najprv upokojiť, potom riešiť: ospravedlnenie bez ohľadu na vinu, uznanie hnevu, diplomacia a „režim počítača“ — neutrálne, všeobecné odpovede na provokácie.",
			"zh": "先化解情绪，再解决问题：无论谁的错都先道歉、承认客户的愤怒、以外交方式沟通，以及“电脑模式”——用中性、概括的话回应挑衅。"
		},
		version: "1.0.0",
		source: "seeds/000 (el) · complaints and angry customers",
		languages: [
			"en",
			"de",
			"el",
			"sk",
			"zh",
			"no"
		],
		defaultEnabled: true,
		suggestions: [
			{
				"id": "apology-unreserved",
				"kind": "apology",
				"source": "seeds/000 (el) · complaints and angry customers: technique 1, an apology regardless of fault",
				"signals": [
					"anger",
					"insult",
					"profanity",
					"baiting",
					"complaint",
					"repeat-contact",
					"threat"
				],
				"steps": ["help/empathize", "asap/apologise"],
				"text": {
					"en": "I'm sincerely sorry for the trouble this has caused you, {customer.firstName}.",
					"de": "Es tut mir aufrichtig leid, welche Unannehmlichkeiten Ihnen das bereitet hat, {customer.firstName}.",
					"el": "Λυπάμαι ειλικρινά για την ταλαιπωρία που σας προκάλεσε αυτό, {customer.firstName}.",
					"no": "Jeg beklager oppriktig bryderiet dette har påført deg, {customer.firstName}.",
					"sk": "Úprimne sa ospravedlňujem za problémy, ktoré vám to spôsobilo, {customer.firstName}.",
					"zh": "{customer.firstName}，给您带来这么多麻烦，我真诚地向您道歉。"
				}
			},
			{
				"id": "acknowledge-anger",
				"kind": "acknowledgement",
				"source": "seeds/000 (el) · complaints and angry customers: anger must be acknowledged before anything else",
				"signals": [
					"anger",
					"profanity",
					"insult"
				],
				"steps": ["help/empathize", "asap/sympathise"],
				"text": {
					"en": "I can hear how angry you are, and you have every right to be — this should not have happened.",
					"de": "Ich merke, wie verärgert Sie sind, und das zu Recht — das hätte nicht passieren dürfen.",
					"el": "Καταλαβαίνω πόσο θυμωμένος είστε, και δικαιολογημένα — αυτό δεν έπρεπε να συμβεί.",
					"no": "Jeg skjønner at du er sint, og det med god grunn — dette skulle ikke ha skjedd.",
					"sk": "Vidím, aký ste nahnevaný, a máte na to plné právo — toto sa nemalo stať.",
					"zh": "我能感受到您有多生气，您生气完全有道理——这本不该发生。"
				}
			},
			{
				"id": "diplomacy",
				"kind": "empathy",
				"source": "seeds/000 (el) · complaints and angry customers: technique 2, kill them softly with diplomacy",
				"signals": [
					"anger",
					"complaint",
					"repeat-contact",
					"disappointment"
				],
				"text": {
					"en": "We clearly let you down here, and getting to the bottom of it matters as much to me as it does to you.",
					"de": "Wir haben Sie hier eindeutig enttäuscht, und der Sache auf den Grund zu gehen, ist mir genauso wichtig wie Ihnen.",
					"el": "Σαφώς σας απογοητεύσαμε, και το να βρούμε τι έφταιξε είναι εξίσου σημαντικό για μένα όσο και για εσάς.",
					"no": "Vi har tydelig sviktet deg her, og å finne ut hva som gikk galt er like viktig for meg som for deg.",
					"sk": "Jednoznačne sme vás sklamali a prísť veci na koreň je pre mňa rovnako dôležité ako pre vás.",
					"zh": "这次确实是我们让您失望了，查清原因对我和对您同样重要。"
				}
			},
			{
				"id": "computer-mode-contract",
				"kind": "computer-mode",
				"source": "seeds/000 (el) · complaints and angry customers: technique 3, computer mode (worked example)",
				"signals": ["baiting"],
				"text": {
					"en": "Some customers feel that once they have signed a contract, nobody listens to them any more. I understand why it can look that way.",
					"de": "Manche Kunden haben das Gefühl, dass ihnen nach Vertragsabschluss niemand mehr zuhört. Ich verstehe, warum es so wirken kann.",
					"el": "Κάποιοι πελάτες νιώθουν ότι, μόλις υπογράψουν συμβόλαιο, κανείς δεν τους ακούει πια. Καταλαβαίνω γιατί μπορεί να φαίνεται έτσι.",
					"no": "Noen kunder føler at ingen lytter til dem lenger når avtalen først er signert. Jeg forstår hvorfor det kan se slik ut.",
					"sk": "Niektorí zákazníci majú pocit, že keď raz podpíšu zmluvu, nikto ich už nepočúva. Chápem, prečo to tak môže vyzerať.",
					"zh": "有些客户会觉得，一旦签了合同就没人再听他们说话了。我理解为什么会给人这种感觉。"
				}
			},
			{
				"id": "computer-mode-waiting",
				"kind": "computer-mode",
				"source": "seeds/000 (el) · complaints and angry customers: technique 3, computer mode (worked example)",
				"signals": ["baiting"],
				"text": {
					"en": "People understandably get annoyed when they don't get help right away.",
					"de": "Es ist verständlich, dass man sich ärgert, wenn man nicht sofort Hilfe bekommt.",
					"el": "Είναι κατανοητό να εκνευρίζεται κανείς όταν δεν βρίσκει αμέσως βοήθεια.",
					"no": "Det er forståelig at man blir irritert når man ikke får hjelp med en gang.",
					"sk": "Je pochopiteľné, že človeka nahnevá, keď nedostane pomoc hneď.",
					"zh": "得不到及时帮助时，任何人都会恼火，这可以理解。"
				}
			},
			{
				"id": "computer-mode-general",
				"kind": "computer-mode",
				"source": "seeds/000 (el) · complaints and angry customers: computer mode: general, impersonal, emotion-free",
				"signals": [
					"baiting",
					"insult",
					"profanity"
				],
				"text": {
					"en": "It is common to feel that way when a problem takes longer than it should. The next step on this ticket is …",
					"de": "Dieses Gefühl ist verbreitet, wenn ein Problem länger dauert, als es sollte. Der nächste Schritt bei diesem Anliegen ist …",
					"el": "Είναι συνηθισμένο να νιώθει κανείς έτσι όταν ένα πρόβλημα αργεί περισσότερο απ' όσο θα έπρεπε. Το επόμενο βήμα για αυτό το αίτημα είναι …",
					"no": "Det er vanlig å føle det slik når et problem tar lengre tid enn det burde. Neste steg i denne saken er …",
					"sk": "Tento pocit je bežný, keď riešenie problému trvá dlhšie, než by malo. Ďalší krok v tejto požiadavke je …",
					"zh": "问题拖得比预期久时，有这种感受很常见。这个工单的下一步是……"
				}
			}
		],
		draftChecks: [{
			"id": "no-apology-to-upset-customer",
			"source": "seeds/000 (el) · complaints and angry customers: technique 1, an apology regardless of fault",
			"when": { "signals": [
				"anger",
				"insult",
				"profanity",
				"baiting",
				"complaint",
				"repeat-contact",
				"threat"
			] },
			"require": { "phrases": {
				"en": [
					"apologi*",
					"i'm so sorry",
					"my apologies",
					"regret",
					"sorry",
					"we're sorry"
				],
				"de": [
					"bedauern",
					"bedaure",
					"entschuldig*",
					"sorry",
					"tut mir leid",
					"tut uns leid",
					"verzeihung"
				],
				"el": [
					"ζητούμε συγγνώμη",
					"ζητώ συγγνώμη",
					"λυπάμαι",
					"λυπόμαστε",
					"λυπούμαστε",
					"συγγνώμη"
				],
				"no": [
					"beklager",
					"det er beklagelig",
					"det er leit",
					"jeg beklager",
					"unnskyld",
					"vi beklager"
				],
				"sk": [
					"je mi ľúto",
					"ľutujem",
					"ľutujeme",
					"mrzí ma",
					"mrzí nás",
					"ospravedl*",
					"prepáčte"
				],
				"zh": [
					"不好意思",
					"对不起",
					"很遗憾",
					"抱歉",
					"致歉",
					"道歉"
				]
			} },
			"why": {
				"en": "The customer is upset and the draft has no apology. Apologise first — even when it isn't your fault: you're sorry about the problem, not accepting blame.",
				"de": "Der Kunde ist verärgert, und der Entwurf enthält keine Entschuldigung. Entschuldigen Sie sich zuerst — auch wenn es nicht Ihre Schuld ist.",
				"el": "Ο πελάτης είναι αναστατωμένος και το προσχέδιο δεν έχει συγγνώμη. Ζητήστε πρώτα συγγνώμη — ακόμη κι αν δεν φταίτε εσείς.",
				"no": "Kunden er opprørt, og utkastet har ingen unnskyldning. Be om unnskyldning først — også når det ikke er din feil.",
				"sk": "Zákazník je rozrušený a v koncepte chýba ospravedlnenie. Najprv sa ospravedlňte — aj keď to nie je vaša chyba.",
				"zh": "客户情绪不满，而草稿里没有道歉。先道歉——即使不是您的错：您是为问题抱歉，而不是认错。"
			},
			"alternatives": {
				"en": ["I'm sincerely sorry for the trouble this has caused you."],
				"de": ["Es tut mir aufrichtig leid, welche Unannehmlichkeiten Ihnen das bereitet hat."],
				"el": ["Λυπάμαι ειλικρινά για την ταλαιπωρία που σας προκάλεσε αυτό."],
				"no": ["Jeg beklager oppriktig bryderiet dette har påført deg."],
				"sk": ["Úprimne sa ospravedlňujem za problémy, ktoré vám to spôsobilo."],
				"zh": ["给您带来这么多麻烦，我真诚地向您道歉。"]
			}
		}, {
			"id": "defensive",
			"source": "seeds/000 (el) · complaints and angry customers: never get defensive, keep a calm tone",
			"find": { "phrases": {
				"en": [
					"as i already said",
					"as i mentioned",
					"as i said",
					"as previously stated",
					"as stated",
					"calm down",
					"it is not our fault",
					"it's not our fault",
					"not my fault",
					"per my last",
					"that's not my job",
					"that's your problem",
					"there is nothing i can do",
					"there's nothing i can do",
					"you didn't read",
					"you failed to",
					"you must have",
					"you need to calm down",
					"you should have",
					"you should've",
					"you're wrong"
				],
				"de": [
					"beruhigen sie sich",
					"da kann ich nichts machen",
					"ihr problem",
					"nicht meine schuld",
					"nicht unsere schuld",
					"sie hätten",
					"wie bereits erwähnt",
					"wie bereits gesagt",
					"wie schon gesagt"
				],
				"el": [
					"δεν μπορώ να κάνω τίποτα",
					"δεν φταίμε",
					"δεν φταίω",
					"έπρεπε να είχατε",
					"ηρεμήστε",
					"όπως ήδη αναφέρθηκε",
					"όπως σας είπα"
				],
				"no": [
					"det kan jeg ikke gjøre noe med",
					"du burde ha",
					"ikke min feil",
					"ikke vår feil",
					"ro deg ned",
					"som jeg sa",
					"som nevnt"
				],
				"sk": [
					"ako som už povedal",
					"ako som už uviedol",
					"mali ste",
					"nemôžem nič urobiť",
					"nie je to moja chyba",
					"nie je to naša chyba",
					"upokojte sa"
				],
				"zh": [
					"不是我们的错",
					"不是我的错",
					"您应该",
					"我也没办法",
					"我已经说过",
					"正如我之前所说",
					"请冷静"
				]
			} },
			"why": {
				"en": "This sounds defensive: it puts the customer on trial. Say what happens next instead.",
				"de": "Das klingt defensiv und stellt den Kunden an den Pranger. Sagen Sie lieber, was als Nächstes passiert.",
				"el": "Αυτό ακούγεται αμυντικό και φέρνει τον πελάτη σε θέση κατηγορουμένου. Πείτε καλύτερα τι θα γίνει στη συνέχεια.",
				"no": "Dette høres defensivt ut og setter kunden på tiltalebenken. Si heller hva som skjer videre.",
				"sk": "Znie to obranne a stavia zákazníka do pozície obžalovaného. Povedzte radšej, čo sa stane ďalej.",
				"zh": "这听起来像在辩解，会让客户觉得被指责。不如说明接下来会怎么做。"
			},
			"alternatives": {
				"en": ["Here's what I'll do next: …", "Let's get this sorted: …"],
				"de": ["Als Nächstes werde ich …", "Lassen Sie uns das klären: …"],
				"el": ["Το επόμενο που θα κάνω είναι …"],
				"no": ["Det neste jeg gjør er …"],
				"sk": ["Ďalej urobím toto: …"],
				"zh": ["接下来我会……"]
			}
		}],
		examples: [
			{
				"text": "You people don't care about customers once you have their money.",
				"expect": {
					"signals": ["baiting"],
					"suggestions": ["computer-mode-contract"]
				}
			},
			{
				"text": "This is ridiculous, I am furious!",
				"draft": "Please restart the router and try again.",
				"expect": { "warnings": ["no-apology-to-upset-customer"] }
			},
			{
				"text": "This is ridiculous, I am furious!",
				"draft": "I'm so sorry, I understand how frustrating this is.",
				"expect": { "noWarnings": ["no-apology-to-upset-customer"] }
			},
			{
				"text": "Das ist eine Frechheit, ich bin wütend!",
				"draft": "Sie hätten das Gerät früher melden müssen.",
				"expect": { "warnings": ["defensive", "no-apology-to-upset-customer"] }
			}
		]
	},
	{
		schemaVersion: 1,
		id: "nine-ways",
		name: {
			"en": "Nine ways with a dissatisfied customer",
			"de": "Neun Wege mit unzufriedenen Kunden",
			"el": "Εννέα τρόποι για έναν δυσαρεστημένο πελάτη",
			"no": "Ni måter med en misfornøyd kunde",
			"sk": "Deväť spôsobov pre nespokojného zákazníka",
			"zh": "处理不满客户的九种方法"
		},
		description: {
			"en": "Checks your draft: a deadline with every promise, what you can do (not only what you can't), no contradicting, rules explained in the customer's favour. Plus what customers value most.",
			"de": "Prüft Ihren Entwurf: eine Frist zu jedem Versprechen, was Sie tun können (nicht nur, was nicht geht), kein Widerspruch, Regeln im Sinne des Kunden erklärt. Dazu, was Kunden am meisten schätzen.",
			"el": "Ελέγχει το προσχέδιό σας: προθεσμία σε κάθε υπόσχεση, τι μπορείτε να κάνετε (όχι μόνο τι δεν μπορείτε), καμία αντίκρουση, κανόνες εξηγημένοι υπέρ του πελάτη. Και τι εκτιμούν περισσότερο οι πελάτες.",
			"no": "Sjekker utkastet ditt: en frist ved hvert løfte, hva du kan gjøre (ikke bare hva du ikke kan), ingen motsigelser, regler forklart i kundens favør. Pluss hva kundene verdsetter mest.",
			"sk": "Kontroluje váš koncept: termín pri každom sľube, čo môžete urobiť (nielen čo nie), žiadne odporovanie, pravidlá vysvetlené v prospech zákazníka. A čo si zákazníci cenia najviac.",
			"zh": "检查您的草稿：每个承诺都有期限，说能做什么（不只是不能做什么），不反驳客户，规定从客户利益出发来解释。另附客户最看重的十件事。"
		},
		version: "1.0.0",
		source: "seeds/002 (zh) · nine ways with a dissatisfied customer",
		languages: [
			"en",
			"de",
			"el",
			"sk",
			"zh",
			"no"
		],
		defaultEnabled: true,
		suggestions: [
			{
				"id": "time-frame",
				"kind": "time-frame",
				"source": "seeds/002 (zh) · nine ways with a dissatisfied customer §1 respond at once and give a specific deadline",
				"signals": [
					"urgency",
					"repeat-contact",
					"complaint"
				],
				"steps": ["help/provide"],
				"text": {
					"en": "I'll get back to you by 3 pm tomorrow with an update, whether or not it's fixed by then.",
					"de": "Ich melde mich bis morgen um 15 Uhr mit einem Zwischenstand — auch wenn es bis dahin noch nicht behoben ist.",
					"el": "Θα επικοινωνήσω μαζί σας έως αύριο στις 3 μ.μ. με ενημέρωση, είτε έχει λυθεί είτε όχι.",
					"no": "Jeg gir deg en oppdatering innen i morgen klokka 15, enten det er løst eller ikke.",
					"sk": "Ozvem sa vám do zajtra do 15:00 s novinkami, aj keby to dovtedy ešte nebolo vyriešené.",
					"zh": "明天下午三点前我会给您进展更新，不管届时是否已经解决。"
				}
			},
			{
				"id": "what-was-done",
				"kind": "update",
				"source": "seeds/002 (zh) · nine ways with a dissatisfied customer §2 tell them what you've done, even if it's not solved",
				"signals": [
					"repeat-contact",
					"complaint",
					"urgency"
				],
				"steps": ["asap/prepare"],
				"text": {
					"en": "Here's what I've done so far: … It isn't solved yet, and this is what happens next: …",
					"de": "Folgendes habe ich bisher getan: … Gelöst ist es noch nicht; als Nächstes passiert Folgendes: …",
					"el": "Να τι έχω κάνει μέχρι τώρα: … Δεν έχει λυθεί ακόμη, και το επόμενο βήμα είναι: …",
					"no": "Dette har jeg gjort så langt: … Det er ikke løst ennå, og dette skjer videre: …",
					"sk": "Zatiaľ som urobil toto: … Ešte to nie je vyriešené a ďalej sa stane toto: …",
					"zh": "目前我已经做了这些：……问题还没完全解决，接下来会这样处理：……"
				}
			},
			{
				"id": "can-do-reframe",
				"kind": "can-do",
				"source": "seeds/002 (zh) · nine ways with a dissatisfied customer §3 talk about what you can do, not what you can't",
				"signals": [
					"refund-request",
					"cancel-request",
					"escalation-request",
					"threat"
				],
				"steps": ["help/lead"],
				"text": {
					"en": "While I can't … , what I can do is … — would that help?",
					"de": "… kann ich leider nicht, aber ich kann … — würde Ihnen das helfen?",
					"el": "Δεν μπορώ να … , αλλά μπορώ να … — θα σας βοηθούσε αυτό;",
					"no": "Jeg kan dessverre ikke … , men det jeg kan gjøre er … — vil det hjelpe?",
					"sk": "… žiaľ nemôžem, ale môžem … — pomohlo by vám to?",
					"zh": "……我确实做不到，但我可以……，这样对您有帮助吗？"
				}
			},
			{
				"id": "agreement",
				"kind": "agreement",
				"source": "seeds/002 (zh) · nine ways with a dissatisfied customer §8 find points of agreement",
				"signals": [
					"complaint",
					"repeat-contact",
					"anger"
				],
				"text": {
					"en": "You're right that this should have worked the first time.",
					"de": "Sie haben recht: Das hätte gleich beim ersten Mal funktionieren müssen.",
					"el": "Έχετε δίκιο ότι αυτό έπρεπε να λειτουργήσει από την πρώτη φορά.",
					"no": "Du har rett i at dette burde ha fungert første gang.",
					"sk": "Máte pravdu, že to malo fungovať hneď napoprvé.",
					"zh": "您说得对，这本该一次就解决。"
				}
			},
			{
				"id": "explain-rule",
				"kind": "policy",
				"source": "seeds/002 (zh) · nine ways with a dissatisfied customer §9 explain company rules so they serve the customer",
				"signals": ["refund-request", "cancel-request"],
				"text": {
					"en": "This rule is there to protect you: … Here's how we can still get you what you need: …",
					"de": "Diese Regel gibt es zu Ihrem Schutz: … So bekommen Sie trotzdem, was Sie brauchen: …",
					"el": "Αυτός ο κανόνας υπάρχει για να σας προστατεύει: … Να πώς μπορούμε να σας δώσουμε αυτό που χρειάζεστε: …",
					"no": "Denne regelen er der for å beskytte deg: … Slik kan vi likevel gi deg det du trenger: …",
					"sk": "Toto pravidlo je tu na vašu ochranu: … Takto vám aj tak vieme zabezpečiť, čo potrebujete: …",
					"zh": "这项规定是为了保护您：……即便如此，我们仍可以这样满足您的需要：……"
				}
			},
			{
				"id": "authority",
				"kind": "escalation",
				"source": "seeds/002 (zh) · ten things customers value most §5 easy access to someone with authority",
				"signals": ["escalation-request", "threat"],
				"text": {
					"en": "I've asked my team lead, who can decide on this, to review your case today; you'll hear from us by end of day.",
					"de": "Ich habe meine Teamleitung, die darüber entscheiden kann, gebeten, Ihren Fall heute zu prüfen; Sie hören bis heute Abend von uns.",
					"el": "Ζήτησα από τον υπεύθυνο της ομάδας μου, που μπορεί να αποφασίσει, να εξετάσει την υπόθεσή σας σήμερα· θα έχετε νέα μας έως το τέλος της ημέρας.",
					"no": "Jeg har bedt teamlederen min, som kan avgjøre dette, om å se på saken din i dag; du hører fra oss før dagen er omme.",
					"sk": "Požiadal som vedúceho tímu, ktorý o tom môže rozhodnúť, aby váš prípad dnes posúdil; ozveme sa vám do konca dňa.",
					"zh": "我已请有决定权的组长今天审核您的情况，今天下班前会给您答复。"
				}
			},
			{
				"id": "alternatives",
				"kind": "can-do",
				"source": "seeds/002 (zh) · ten things customers value most §7 alternatives if it can't be fixed",
				"signals": [
					"cancel-request",
					"refund-request",
					"repeat-contact"
				],
				"text": {
					"en": "If we can't fix it by then, here are your options: …",
					"de": "Falls wir es bis dahin nicht beheben können, haben Sie folgende Möglichkeiten: …",
					"el": "Αν δεν μπορέσουμε να το διορθώσουμε μέχρι τότε, οι επιλογές σας είναι: …",
					"no": "Hvis vi ikke får løst det innen da, har du disse alternativene: …",
					"sk": "Ak to dovtedy nevyriešime, máte tieto možnosti: …",
					"zh": "如果届时还无法解决，您可以选择：……"
				}
			}
		],
		draftChecks: [
			{
				"id": "cant-without-can",
				"source": "seeds/002 (zh) · nine ways with a dissatisfied customer §3 talk about what you can do, not what you can't",
				"find": { "phrases": {
					"en": [
						"can not",
						"can't",
						"cannot",
						"impossible",
						"not able to",
						"not possible",
						"unable to",
						"we do not offer",
						"we don't offer"
					],
					"de": [
						"kann nicht",
						"können nicht",
						"leider nicht",
						"nicht möglich",
						"unmöglich"
					],
					"el": [
						"αδύνατ*",
						"δεν είναι δυνατ*",
						"δεν μπορούμε",
						"δεν μπορώ"
					],
					"no": [
						"ikke mulig",
						"kan ikke",
						"umulig"
					],
					"sk": [
						"nemôžem",
						"nemôžeme",
						"nemožné",
						"nie je možné"
					],
					"zh": [
						"不可能",
						"不能",
						"做不到",
						"无法"
					]
				} },
				"unless": { "phrases": {
					"en": [
						"alternatively",
						"but i can",
						"but we can",
						"however, i",
						"i am able to",
						"i can",
						"i'm able to",
						"instead",
						"we can",
						"what i can",
						"what we can"
					],
					"de": [
						"alternativ",
						"ich kann",
						"stattdessen",
						"wir können"
					],
					"el": [
						"αντί",
						"εναλλακτικά",
						"μπορούμε να",
						"μπορώ να"
					],
					"no": [
						"alternativt",
						"i stedet",
						"jeg kan",
						"vi kan"
					],
					"sk": [
						"alternatívne",
						"môžem",
						"môžeme",
						"namiesto"
					],
					"zh": [
						"另外",
						"可以为您",
						"我们可以",
						"我可以"
					]
				} },
				"why": {
					"en": "\"Can't\" with no \"can\": follow what you can't do with what you can.",
					"de": "„Kann nicht“ ohne „kann“: Sagen Sie nach dem, was nicht geht, was Sie tun können.",
					"el": "«Δεν μπορώ» χωρίς «μπορώ»: μετά από αυτό που δεν γίνεται, πείτε τι μπορείτε να κάνετε.",
					"no": "«Kan ikke» uten «kan»: si hva du kan gjøre etter det du ikke kan.",
					"sk": "„Nemôžem“ bez „môžem“: po tom, čo sa nedá, povedzte, čo urobiť môžete.",
					"zh": "只有“做不到”没有“能做到”：说完不能做的，要接着说能做什么。"
				},
				"alternatives": {
					"en": ["What I can do is …", "While I can't do that, I can …"],
					"de": ["Was ich tun kann, ist …"],
					"el": ["Αυτό που μπορώ να κάνω είναι …"],
					"no": ["Det jeg kan gjøre, er …"],
					"sk": ["Čo môžem urobiť, je …"],
					"zh": ["我能为您做的是……"]
				}
			},
			{
				"id": "promise-without-time",
				"source": "seeds/002 (zh) · nine ways with a dissatisfied customer §1 give a specific deadline; seeds/002 (zh) · ten things customers value most §6 how long it will take",
				"find": { "phrases": {
					"en": [
						"i will",
						"i'll",
						"we will",
						"we'll",
						"will be in touch",
						"will be resolved",
						"will contact",
						"will fix",
						"will get back",
						"will let you know",
						"will look into",
						"will update"
					],
					"de": [
						"ich werde",
						"kümmere mich",
						"melde mich",
						"melden uns",
						"wir werden"
					],
					"el": [
						"θα ενημερώσω",
						"θα επικοινωνήσω",
						"θα σας",
						"θα το"
					],
					"no": [
						"jeg kommer til",
						"jeg skal",
						"jeg vil",
						"tar kontakt",
						"vi skal",
						"vi vil"
					],
					"sk": [
						"budem",
						"budeme",
						"ozvem sa",
						"ozveme sa",
						"pozriem sa"
					],
					"zh": [
						"将会",
						"我们会",
						"我会"
					]
				} },
				"unless": { "phrases": {
					"en": [
						"am",
						"asap",
						"by",
						"days",
						"end of day",
						"friday",
						"hour",
						"hours",
						"immediately",
						"in a moment",
						"minutes",
						"monday",
						"next week",
						"o'clock",
						"pm",
						"right now",
						"saturday",
						"shortly",
						"sunday",
						"this afternoon",
						"this evening",
						"this week",
						"thursday",
						"today",
						"tomorrow",
						"tonight",
						"tuesday",
						"wednesday",
						"within"
					],
					"de": [
						"bis",
						"dienstag",
						"diese woche",
						"donnerstag",
						"freitag",
						"heute",
						"innerhalb",
						"minuten",
						"mittwoch",
						"montag",
						"morgen",
						"sofort",
						"stunden",
						"tagen",
						"uhr"
					],
					"el": [
						"αμέσως",
						"αύριο",
						"δευτέρα",
						"εντός",
						"έως",
						"ημέρες",
						"λεπτά",
						"μέχρι",
						"παρασκευή",
						"πέμπτη",
						"σήμερα",
						"τετάρτη",
						"τρίτη",
						"ώρες"
					],
					"no": [
						"dager",
						"denne uken",
						"fredag",
						"i dag",
						"i morgen",
						"innen",
						"klokka",
						"mandag",
						"med en gang",
						"minutter",
						"onsdag",
						"timer",
						"tirsdag",
						"torsdag"
					],
					"sk": [
						"dnes",
						"dní",
						"do",
						"hodín",
						"minút",
						"okamžite",
						"piatok",
						"počas",
						"pondelok",
						"streda",
						"štvrtok",
						"tento týždeň",
						"utorok",
						"zajtra"
					],
					"zh": [
						"之前",
						"今天",
						"分钟",
						"周一",
						"周五",
						"天内",
						"小时",
						"明天",
						"本周",
						"立即",
						"马上"
					]
				} },
				"why": {
					"en": "A promise with no time frame leaves the customer waiting and wondering. Say when.",
					"de": "Ein Versprechen ohne Zeitangabe lässt den Kunden im Ungewissen. Sagen Sie, wann.",
					"el": "Μια υπόσχεση χωρίς χρονικό πλαίσιο αφήνει τον πελάτη να περιμένει στο άγνωστο. Πείτε πότε.",
					"no": "Et løfte uten tidsramme lar kunden vente i det uvisse. Si når.",
					"sk": "Sľub bez termínu necháva zákazníka čakať v neistote. Povedzte kedy.",
					"zh": "只有承诺没有时间，客户只能干等。请说明具体时间。"
				},
				"alternatives": {
					"en": ["… by 3 pm today.", "… within 24 hours."],
					"de": ["… bis heute 15 Uhr.", "… innerhalb von 24 Stunden."],
					"el": ["… έως τις 3 μ.μ. σήμερα."],
					"no": ["… innen klokka 15 i dag."],
					"sk": ["… do 15:00 dnes."],
					"zh": ["……今天下午三点前。"]
				}
			},
			{
				"id": "contradicting",
				"source": "seeds/002 (zh) · nine ways with a dissatisfied customer §5 don't contradict; §6 don't try to win the argument",
				"find": { "phrases": {
					"en": [
						"actually, you",
						"no, you",
						"that is incorrect",
						"that is not true",
						"that's incorrect",
						"that's not true",
						"that's not what happened",
						"you are mistaken",
						"you are wrong",
						"you misunderstood",
						"you're mistaken",
						"you're wrong"
					],
					"de": [
						"das ist falsch",
						"das stimmt nicht",
						"sie haben das falsch verstanden",
						"sie irren sich"
					],
					"el": [
						"δεν είναι αλήθεια",
						"δεν ισχύει",
						"κάνετε λάθος",
						"παρεξηγήσατε"
					],
					"no": [
						"det er feil",
						"det stemmer ikke",
						"du har misforstått",
						"du tar feil"
					],
					"sk": [
						"mýlite sa",
						"nepochopili ste",
						"to nie je pravda",
						"to nie je správne"
					],
					"zh": [
						"不是这样的",
						"您误会了",
						"您错了",
						"这不对"
					]
				} },
				"why": {
					"en": "This contradicts the customer. Don't try to win the argument: find a point you agree on, then the way forward.",
					"de": "Das widerspricht dem Kunden. Versuchen Sie nicht, die Diskussion zu gewinnen: Finden Sie einen gemeinsamen Punkt und dann den Weg nach vorn.",
					"el": "Αυτό αντικρούει τον πελάτη. Μην προσπαθείτε να κερδίσετε τη διαφωνία: βρείτε ένα σημείο συμφωνίας και μετά τη λύση.",
					"no": "Dette motsier kunden. Ikke prøv å vinne diskusjonen: finn noe dere er enige om, og så veien videre.",
					"sk": "Toto zákazníkovi odporuje. Nesnažte sa vyhrať spor: nájdite bod, v ktorom súhlasíte, a potom cestu ďalej.",
					"zh": "这是在反驳客户。不要想着赢得争论：先找到共识，再谈解决办法。"
				},
				"alternatives": {
					"en": ["You're right that …", "I see why it looks that way; here's what I found: …"],
					"de": ["Sie haben recht, dass …"],
					"el": ["Έχετε δίκιο ότι …"],
					"no": ["Du har rett i at …"],
					"sk": ["Máte pravdu, že …"],
					"zh": ["您说得对，……"]
				}
			},
			{
				"id": "policy-as-shield",
				"source": "seeds/002 (zh) · nine ways with a dissatisfied customer §9 explain company rules so they serve the customer",
				"find": { "phrases": {
					"en": [
						"against our policy",
						"against policy",
						"company policy",
						"it is policy",
						"it's policy",
						"our policy",
						"per policy",
						"policy states",
						"rules are rules"
					],
					"de": [
						"firmenpolitik",
						"laut richtlinie",
						"regeln sind regeln",
						"unsere richtlinie",
						"unsere richtlinien"
					],
					"el": [
						"η πολιτική μας",
						"οι κανόνες είναι κανόνες",
						"πολιτική της εταιρείας"
					],
					"no": [
						"firmaets policy",
						"regler er regler",
						"våre retningslinjer"
					],
					"sk": [
						"naše pravidlá",
						"pravidlá spoločnosti",
						"pravidlá sú pravidlá"
					],
					"zh": [
						"公司规定",
						"我们的政策",
						"规定就是规定"
					]
				} },
				"unless": { "phrases": {
					"en": [
						"for security",
						"for your",
						"keeps your",
						"protects",
						"so that",
						"to protect"
					],
					"de": [
						"damit",
						"schützt",
						"zu ihrem schutz"
					],
					"el": [
						"για να προστατεύσει",
						"για την ασφάλειά",
						"προστατεύει"
					],
					"no": [
						"beskytter",
						"for å beskytte",
						"slik at"
					],
					"sk": [
						"aby",
						"chráni",
						"na ochranu"
					],
					"zh": ["为了您的", "保护"]
				} },
				"why": {
					"en": "\"Policy\" on its own sounds like a wall. Say why the rule exists and how it protects the customer, then what you can do.",
					"de": "„Richtlinie“ allein klingt wie eine Mauer. Erklären Sie, wozu die Regel dient und wie sie den Kunden schützt — und was Sie tun können.",
					"el": "Η σκέτη «πολιτική» ακούγεται σαν τοίχος. Εξηγήστε γιατί υπάρχει ο κανόνας και πώς προστατεύει τον πελάτη, και τι μπορείτε να κάνετε.",
					"no": "«Retningslinjer» alene høres ut som en mur. Si hvorfor regelen finnes og hvordan den beskytter kunden, og hva du kan gjøre.",
					"sk": "Samotné „pravidlá“ znejú ako múr. Vysvetlite, prečo pravidlo existuje a ako zákazníka chráni, a čo môžete urobiť.",
					"zh": "只说“公司规定”就像一堵墙。请解释规定为什么存在、如何保护客户，以及您能做什么。"
				},
				"alternatives": {
					"en": ["This rule is there to protect your account: …"],
					"de": ["Diese Regel schützt Ihr Konto: …"],
					"el": ["Ο κανόνας αυτός προστατεύει τον λογαριασμό σας: …"],
					"no": ["Denne regelen beskytter kontoen din: …"],
					"sk": ["Toto pravidlo chráni váš účet: …"],
					"zh": ["这项规定是为了保护您的账户：……"]
				}
			}
		],
		examples: [
			{
				"text": "Where is my parcel?",
				"draft": "I will look into it and get back to you.",
				"expect": { "warnings": ["promise-without-time"] }
			},
			{
				"text": "Where is my parcel?",
				"draft": "I will look into it and get back to you by 3 pm today.",
				"expect": { "noWarnings": ["promise-without-time"] }
			},
			{
				"text": "I want a refund now.",
				"draft": "Unfortunately we can't refund opened items.",
				"expect": {
					"signals": ["refund-request"],
					"warnings": ["cant-without-can"]
				}
			},
			{
				"text": "I want a refund now.",
				"draft": "We can't refund opened items, but what I can do is offer an exchange.",
				"expect": { "noWarnings": ["cant-without-can"] }
			},
			{
				"text": "You charged me twice.",
				"draft": "That's not true, you were only charged once according to our policy.",
				"expect": { "warnings": ["contradicting", "policy-as-shield"] }
			}
		]
	},
	{
		schemaVersion: 1,
		id: "moments-of-truth",
		name: {
			"en": "Moments of truth",
			"de": "Momente der Wahrheit",
			"el": "Στιγμές της αλήθειας",
			"no": "Sannhetens øyeblikk",
			"sk": "Chvíle pravdy",
			"zh": "关键时刻"
		},
		description: {
			"en": "The first and last 30 seconds: openers that treat the customer as a person, closers that prevent the next ticket.",
			"de": "Die ersten und letzten 30 Sekunden: Einstiege, die den Kunden als Menschen behandeln, Abschlüsse, die das nächste Ticket verhindern.",
			"el": "Τα πρώτα και τα τελευταία 30 δευτερόλεπτα: εισαγωγές που αντιμετωπίζουν τον πελάτη ως άνθρωπο, κλεισίματα που προλαμβάνουν το επόμενο αίτημα.",
			"no": "De første og siste 30 sekundene: åpninger som behandler kunden som et menneske, avslutninger som forebygger neste sak.",
			"sk": "Prvých a posledných 30 sekúnd: úvody, ktoré so zákazníkom jednajú ako s človekom, a závery, ktoré predídu ďalšej požiadavke.",
			"zh": "开头和结尾的 30 秒：把客户当人看的开场白，以及避免下一次工单的结束语。"
		},
		version: "1.0.0",
		source: "seeds/002 (zh) · moments of truth",
		languages: [
			"en",
			"de",
			"el",
			"sk",
			"zh",
			"no"
		],
		defaultEnabled: true,
		suggestions: [
			{
				"id": "opener-name",
				"kind": "opener",
				"source": "seeds/002 (zh) · moments of truth · the first 30 seconds; treat them as a person, not an account number",
				"moment": "opening",
				"text": {
					"en": "Hi {customer.firstName}, thank you for getting in touch — I've read your message and I'm on it.",
					"de": "Hallo {customer.firstName}, danke für Ihre Nachricht — ich habe sie gelesen und kümmere mich darum.",
					"el": "Γεια σας {customer.firstName}, ευχαριστώ που επικοινωνήσατε — διάβασα το μήνυμά σας και το αναλαμβάνω.",
					"no": "Hei {customer.firstName}, takk for at du tok kontakt — jeg har lest meldingen din og tar tak i den.",
					"sk": "Dobrý deň {customer.firstName}, ďakujem, že ste nás kontaktovali — prečítal som si vašu správu a venujem sa jej.",
					"zh": "{customer.firstName}您好，感谢您联系我们——您的留言我已看过，正在处理。"
				}
			},
			{
				"id": "opener-own",
				"kind": "opener",
				"source": "seeds/002 (zh) · moments of truth · be the customer's agent",
				"moment": "opening",
				"text": {
					"en": "Hi {customer.firstName}, I'm {agent.firstName} and I'll be looking after this for you from here.",
					"de": "Hallo {customer.firstName}, ich bin {agent.firstName} und kümmere mich ab jetzt um Ihr Anliegen.",
					"el": "Γεια σας {customer.firstName}, είμαι ο/η {agent.firstName} και από εδώ και πέρα αναλαμβάνω το αίτημά σας.",
					"no": "Hei {customer.firstName}, jeg heter {agent.firstName} og tar meg av saken din herfra.",
					"sk": "Dobrý deň {customer.firstName}, volám sa {agent.firstName} a odteraz sa o vašu požiadavku postarám ja.",
					"zh": "{customer.firstName}您好，我是{agent.firstName}，接下来由我负责跟进您的问题。"
				}
			},
			{
				"id": "closer-prevent",
				"kind": "closer",
				"source": "seeds/002 (zh) · moments of truth · the last 30 seconds; seeds/002 (zh) · ten things customers value most §9 how to prevent it next time",
				"moment": "closing",
				"text": {
					"en": "To keep this from happening again, you can … If anything else comes up, just reply to this message — it comes straight back to me.",
					"de": "Damit das nicht wieder passiert, können Sie … Wenn noch etwas ist, antworten Sie einfach auf diese Nachricht — sie landet direkt bei mir.",
					"el": "Για να μην ξανασυμβεί, μπορείτε να … Αν χρειαστείτε οτιδήποτε άλλο, απαντήστε απλώς σε αυτό το μήνυμα — έρχεται απευθείας σε μένα.",
					"no": "For å unngå at dette skjer igjen, kan du … Dukker det opp noe mer, er det bare å svare på denne meldingen — den kommer rett til meg.",
					"sk": "Aby sa to neopakovalo, môžete … Ak by ste potrebovali ešte niečo, stačí odpovedať na túto správu — príde priamo mne.",
					"zh": "为避免再次发生，您可以……如果还有其他问题，直接回复这条消息即可，会直接转到我这里。"
				}
			},
			{
				"id": "closer-thanks",
				"kind": "closer",
				"source": "seeds/002 (zh) · moments of truth · the last 30 seconds",
				"moment": "closing",
				"text": {
					"en": "Thank you for your patience, {customer.firstName} — I really appreciate it. Best regards, {agent.firstName}",
					"de": "Danke für Ihre Geduld, {customer.firstName} — das weiß ich sehr zu schätzen. Viele Grüße, {agent.firstName}",
					"el": "Σας ευχαριστώ για την υπομονή σας, {customer.firstName} — την εκτιμώ πραγματικά. Με εκτίμηση, {agent.firstName}",
					"no": "Takk for tålmodigheten, {customer.firstName} — den setter jeg stor pris på. Vennlig hilsen {agent.firstName}",
					"sk": "Ďakujem za vašu trpezlivosť, {customer.firstName} — naozaj si ju vážim. S pozdravom, {agent.firstName}",
					"zh": "{customer.firstName}，感谢您的耐心，真的非常感激。此致，{agent.firstName}"
				}
			},
			{
				"id": "gratitude-reply",
				"kind": "acknowledgement",
				"source": "seeds/002 (zh) · moments of truth · energy and friendliness",
				"signals": ["gratitude"],
				"text": {
					"en": "Thank you for your kind words, {customer.firstName} — it's good to hear it worked out.",
					"de": "Vielen Dank für Ihre freundlichen Worte, {customer.firstName} — schön, dass es geklappt hat.",
					"el": "Σας ευχαριστώ για τα καλά σας λόγια, {customer.firstName} — χαίρομαι που τακτοποιήθηκε.",
					"no": "Takk for hyggelige ord, {customer.firstName} — godt å høre at det ordnet seg.",
					"sk": "Ďakujem za milé slová, {customer.firstName} — som rád, že sa to podarilo.",
					"zh": "{customer.firstName}，谢谢您的肯定，很高兴问题解决了。"
				}
			}
		],
		examples: [{
			"text": "Hi, my invoice looks wrong.",
			"expect": { "suggestions": ["opener-name"] }
		}, {
			"text": "Thank you so much, that fixed it!",
			"expect": {
				"signals": ["gratitude"],
				"suggestions": ["gratitude-reply"]
			}
		}]
	},
	{
		schemaVersion: 1,
		id: "team-procedures",
		name: {
			"en": "Team procedures (starter)",
			"de": "Team-Abläufe (Vorlage)",
			"el": "Διαδικασίες ομάδας (πρότυπο)",
			"no": "Teamrutiner (mal)",
			"sk": "Tímové postupy (šablóna)",
			"zh": "团队流程（模板）"
		},
		description: {
			"en": "An empty pack for your team's own written procedures: duplicate it, add the phrases your customers use, the wording your team agreed on and the checks your policy needs, with examples that test them.",
			"de": "Ein leeres Paket für die schriftlichen Abläufe Ihres Teams: duplizieren, die Ausdrücke Ihrer Kunden, die vereinbarten Formulierungen und die nötigen Prüfungen ergänzen — mit Beispielen, die sie testen.",
			"el": "Ένα κενό πακέτο για τις γραπτές διαδικασίες της ομάδας σας: αντιγράψτε το, προσθέστε τις εκφράσεις των πελατών σας, τις διατυπώσεις που συμφωνήσατε και τους ελέγχους που χρειάζεστε, με παραδείγματα που τα δοκιμάζουν.",
			"no": "En tom pakke for teamets egne skrevne rutiner: dupliser den, legg til uttrykkene kundene bruker, formuleringene dere er enige om og kontrollene dere trenger, med eksempler som tester dem.",
			"sk": "Prázdny balík pre písomné postupy vášho tímu: duplikujte ho, doplňte výrazy vašich zákazníkov, dohodnuté formulácie a potrebné kontroly s príkladmi, ktoré ich overia.",
			"zh": "一个空的规则包，用来写下团队自己的流程：复制它，加入客户常用的说法、团队约定的措辞和政策要求的检查，并配上用于测试的示例。"
		},
		version: "1.0.0",
		source: "seeds/004 (de) · procedures should be written down, not passed on by word of mouth",
		languages: [
			"en",
			"de",
			"el",
			"sk",
			"zh",
			"no"
		],
		defaultEnabled: false,
		signals: [],
		suggestions: [],
		draftChecks: [],
		examples: []
	}
];
// scripts/lib/datasets.ts
const EVAL_DIR = process.env.COMPOSURE_EVAL_DIR ?? join('/work/main/scripts/lib', "../../../shared/eval/dev");
/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
function parseCsv(text) {
	const rows = [];
	let row = [];
	let field = "";
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === "\"" && text[i + 1] === "\"") {
				field += "\"";
				i++;
			} else if (c === "\"") quoted = false;
			else field += c;
		} else if (c === "\"") quoted = true;
		else if (c === ",") {
			row.push(field);
			field = "";
		} else if (c === "\n" || c === "\r") {
			if (c === "\r" && text[i + 1] === "\n") i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = "";
		} else field += c;
	}
	if (field || row.length) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}
const read = (path) => readFileSync(join(EVAL_DIR, path), "utf8");
const tsv = (path) => read(path).split("\n").filter(Boolean).map((l) => l.split("	"));
function loadDatasets() {
	if (!existsSync(EVAL_DIR)) throw new Error(`No evaluation data at ${EVAL_DIR} (set COMPOSURE_EVAL_DIR).`);
	const emotions = read("goemotions/emotions.txt").split("\n").map((s) => s.trim());
	const angerIds = new Set([
		"anger",
		"annoyance",
		"disgust"
	].map((e) => String(emotions.indexOf(e))));
	const goemotions = tsv("goemotions/dev.tsv").map(([text = "", labels = ""]) => ({
		text,
		positive: labels.split(",").some((l) => angerIds.has(l))
	}));
	const xed = tsv("xed/en-annotated.tsv").map(([text = "", labels = ""]) => ({
		text,
		positive: labels.split(",").map((s) => s.trim()).includes("1")
	}));
	const davidson = parseCsv(read("davidson_offensive/labeled_data_dev.csv")).slice(1).filter((r) => r.length >= 7).map((r) => ({
		text: r[6] ?? "",
		positive: r[5] === "0" || r[5] === "1"
	}));
	const germeval = tsv("germeval2018/germeval2018.training.txt").map(([text = "", coarse]) => ({
		text,
		positive: coarse === "OFFENSE"
	}));
	const hint3 = [
		"curekart",
		"powerplay11",
		"sofmattress"
	].flatMap((f) => parseCsv(read(`hint3/${f}_train_v2.csv`)).slice(1).filter((r) => r.length >= 2).map(([text = "", label = ""]) => ({
		text,
		label
	})));
	const banking = parseCsv(read("banking77/train.csv")).slice(1).filter((r) => r.length >= 2).map(([text = "", label = ""]) => ({
		text,
		label
	}));
	const intents = (name, signal, hint, bank) => [{
		name: `hint3 ${name}`,
		signal,
		accepts: [signal],
		rows: hint3.map((r) => ({
			text: r.text,
			positive: hint(r.label)
		}))
	}, {
		name: `banking77 ${name}`,
		signal,
		accepts: [signal],
		rows: banking.map((r) => ({
			text: r.text,
			positive: bank(r.label)
		}))
	}];
	const hostile = [
		"anger",
		"insult",
		"profanity"
	];
	return [
		{
			name: "goemotions anger (en)",
			signal: "anger",
			accepts: ["anger"],
			rows: goemotions
		},
		{
			name: "xed anger (en)",
			signal: "anger",
			accepts: ["anger"],
			rows: xed
		},
		{
			name: "davidson hostility (en)",
			signal: "hostility",
			accepts: hostile,
			rows: davidson
		},
		{
			name: "germeval hostility (de)",
			signal: "hostility",
			accepts: hostile,
			rows: germeval
		},
		...intents("refund", "refund-request", (l) => /^(REFUND|RETURN)/.test(l), (l) => l === "request_refund" || l === "Refund_not_showing_up"),
		...intents("cancel", "cancel-request", (l) => l === "CANCEL_ORDER", (l) => l === "terminate_account"),
		{
			name: "hint3 escalation",
			signal: "escalation-request",
			accepts: ["escalation-request"],
			rows: hint3.map((r) => ({
				text: r.text,
				positive: [
					"CHAT_WITH_AGENT",
					"CHAT_WITH_AN_AGENT",
					"CALL_CENTER"
				].includes(r.label)
			}))
		}
	];
}
// src/engine/phrase.ts
var PhraseError = class extends Error {};
const MAX_GAP = 6;
const MAX_GAPS_PER_PHRASE = 2;
function parsePhrase(source) {
	const raw = source.trim();
	if (!raw) throw new PhraseError("is empty");
	const tokens = [];
	let gaps = 0;
	for (const part of raw.split(/\s+/)) {
		if (part === "..." || part === "…" || /^~\d+$/.test(part)) {
			const max = part.startsWith("~") ? Number(part.slice(1)) : 3;
			if (max > MAX_GAP) throw new PhraseError(`gap "${part}" is wider than ~${MAX_GAP}`);
			if (++gaps > MAX_GAPS_PER_PHRASE) throw new PhraseError(`has more than ${MAX_GAPS_PER_PHRASE} gaps`);
			tokens.push({
				kind: "gap",
				max
			});
			continue;
		}
		if (part === "*") {
			tokens.push({ kind: "any" });
			continue;
		}
		const optional = part.length > 1 && part.endsWith("?");
		const body = optional ? part.slice(0, -1) : part;
		const words = tokenizeWordPattern(body);
		if (words.length > 1 && (optional || body.includes("|"))) throw new PhraseError(`has "${part}": alternatives and "?" work on single words only`);
		for (const word of words) tokens.push({
			kind: "word",
			alternatives: word,
			optional
		});
	}
	const first = tokens[0];
	if (first?.kind !== "word" || first.optional) throw new PhraseError("must start with a word (not *, a gap or an optional word)");
	const last = tokens[tokens.length - 1];
	if (last && last.kind === "gap") throw new PhraseError("cannot end with a gap");
	return {
		tokens,
		source
	};
}
function tokenizeWordPattern(body) {
	const alternatives = body.split("|").map((alt) => {
		const prefix = alt.length > 1 && alt.endsWith("*");
		const text = normalizeText(prefix ? alt.slice(0, -1) : alt);
		if (!text || /[*?~]/.test(text)) throw new PhraseError(`has "${alt}", which is not a word: "*" may only end a word ("cancel*") or stand alone`);
		return {
			text,
			prefix
		};
	});
	const only = alternatives[0];
	if (alternatives.length === 1 && only) {
		const words = tokenize(only.text);
		if (words.length > 1) return words.map((w, i) => [{
			text: w.text,
			prefix: i === words.length - 1 && only.prefix
		}]);
		if (words.length === 0) throw new PhraseError(`"${body}" has no letters`);
	}
	return [alternatives];
}
/** Where a phrase matched: token indices [first, last]. */
function matchAt(phrase, tokens, at) {
	return step(phrase.tokens, 0, tokens, at, tokens[at]?.sentence ?? -1);
}
function wordMatches(token, alternatives, sentence) {
	if (!token || token.sentence !== sentence) return false;
	return alternatives.some((a) => a.prefix ? token.text.startsWith(a.text) : token.text === a.text);
}
/** Returns the index of the last matched token, or -1. Phrases are short and gaps bounded. */
function step(pattern, p, tokens, t, sentence) {
	if (p === pattern.length) return t - 1;
	const pt = pattern[p];
	if (pt.kind === "any") return tokens[t]?.sentence === sentence ? step(pattern, p + 1, tokens, t + 1, sentence) : -1;
	if (pt.kind === "gap") {
		for (let skip = 0; skip <= pt.max; skip++) {
			if (skip > 0 && tokens[t + skip - 1]?.sentence !== sentence) break;
			const end = step(pattern, p + 1, tokens, t + skip, sentence);
			if (end >= 0) return end;
		}
		return -1;
	}
	if (wordMatches(tokens[t], pt.alternatives, sentence)) {
		const end = step(pattern, p + 1, tokens, t + 1, sentence);
		if (end >= 0) return end;
	}
	return pt.optional ? step(pattern, p + 1, tokens, t, sentence) : -1;
}
// src/engine/negation.ts
const NEGATORS = /* @__PURE__ */ new Set([
	"not",
	"no",
	"don't",
	"dont",
	"doesn't",
	"doesnt",
	"isn't",
	"isnt",
	"wasn't",
	"aren't",
	"didn't",
	"didnt",
	"without",
	"won't",
	"nicht",
	"kein",
	"keine",
	"keinen",
	"keinem",
	"ohne",
	"δεν",
	"μη",
	"μην",
	"οχι",
	"χωρις",
	"nie",
	"bez",
	"ikke",
	"ingen",
	"uten",
	"不",
	"没",
	"別",
	"别",
	"无",
	"無",
	"未"
]);
const WINDOW = 3;
/** True when a negator stands within three words before token i, in the same sentence. */
function isNegated(tokens, i) {
	const sentence = tokens[i]?.sentence;
	for (let j = i - 1; j >= 0 && j >= i - WINDOW; j--) {
		const token = tokens[j];
		if (token.sentence !== sentence) return false;
		if (NEGATORS.has(token.text)) return true;
	}
	return false;
}
// src/engine/phrase-index.ts
/**
* Every phrase of every enabled pack in one index keyed by its first word (and second), so a
* message is scanned once: each token looks up the phrases that can start there, not rules × text.
*/
var PhraseIndex = class {
	exact = /* @__PURE__ */ new Map();
	/** Prefix phrases ("cancel*") keyed by their first three characters as one number: no substring per token. */
	prefix = /* @__PURE__ */ new Map();
	/** The rare prefixes shorter than three characters. */
	shortPrefixes = [];
	size = 0;
	add(phrase, matcher, lang = "und") {
		const [first, second] = phrase.tokens;
		if (!first || first.kind !== "word") return;
		const entry = {
			phrase,
			matcher,
			lang
		};
		const plainSecond = second?.kind === "word" && !second.optional && second.alternatives.every((a) => !a.prefix);
		for (const alt of first.alternatives) {
			let bucket;
			if (!alt.prefix) bucket = bucketOf(this.exact, alt.text);
			else if (alt.text.length >= 3) bucket = bucketOf(this.prefix, key3(alt.text));
			else {
				bucket = {
					bySecond: /* @__PURE__ */ new Map(),
					rest: []
				};
				this.shortPrefixes.push({
					text: alt.text,
					bucket
				});
			}
			if (plainSecond && second?.kind === "word") for (const next of second.alternatives) push(bucket.bySecond, next.text, entry);
			else bucket.rest.push(entry);
		}
		this.size++;
	}
	scan(tokens, languages) {
		const hits = [];
		for (let i = 0; i < tokens.length; i++) {
			const text = tokens[i].text;
			const following = tokens[i + 1]?.text;
			this.tryBucket(this.exact.get(text), following, tokens, i, hits, languages);
			if (text.length >= 3) this.tryBucket(this.prefix.get(key3(text)), following, tokens, i, hits, languages);
			for (const short of this.shortPrefixes) if (text.startsWith(short.text)) this.tryBucket(short.bucket, following, tokens, i, hits, languages);
		}
		return hits;
	}
	tryBucket(bucket, following, tokens, i, hits, languages) {
		if (!bucket) return;
		if (bucket.rest.length) this.tryAll(bucket.rest, tokens, i, hits, languages);
		if (following !== void 0 && bucket.bySecond.size) this.tryAll(bucket.bySecond.get(following), tokens, i, hits, languages);
	}
	tryAll(entries, tokens, i, hits, languages) {
		if (!entries) return;
		for (const { phrase, matcher, lang } of entries) {
			if (languages && !languages.has(lang)) continue;
			const last = matchAt(phrase, tokens, i);
			if (last < 0) continue;
			const first = tokens[i];
			hits.push({
				matcher,
				start: first.start,
				end: tokens[last].end,
				negated: isNegated(tokens, i)
			});
		}
	}
};
function key3(text) {
	return (text.charCodeAt(0) * 65536 + text.charCodeAt(1)) * 65536 + text.charCodeAt(2);
}
function bucketOf(map, key) {
	let bucket = map.get(key);
	if (!bucket) {
		bucket = {
			bySecond: /* @__PURE__ */ new Map(),
			rest: []
		};
		map.set(key, bucket);
	}
	return bucket;
}
function push(map, key, entry) {
	const list = map.get(key);
	if (list) list.push(entry);
	else map.set(key, [entry]);
}
// src/engine/safe-regex.ts
/**
* Regular expressions for experts, on a linear-time engine: a Thompson NFA run as a Pike VM
* over the normalised text, so no pattern can stall a tab — `(a+)+$` against 10,000 "a"s is
* one pass. re2js does the same but weighs 45 kB gzip, more than our whole content script.
* Supported: literals, ., [classes], \d \w \s \b (and negations), ^ $, groups, |, ? * + {n,m}.
* Refused with a reason: backreferences and lookaround (no linear engine has them).
* Matching ignores case and accents, like phrases.
*/
var RegexError = class extends Error {};
const MAX_REPEAT = 100;
const MAX_PROGRAM = 4e3;
const isWord = (c) => /[\p{L}\p{N}_]/u.test(c);
const isDigit = (c) => c >= "0" && c <= "9";
const isSpace = (c) => /\s/u.test(c);
var Parser = class {
	src;
	i = 0;
	constructor(src) {
		this.src = src;
	}
	parse() {
		const node = this.alt();
		if (this.i < this.src.length) throw new RegexError(`unexpected "${this.src[this.i]}" at ${this.i}`);
		return node;
	}
	alt() {
		const items = [this.seq()];
		while (this.src[this.i] === "|") {
			this.i++;
			items.push(this.seq());
		}
		return items.length === 1 ? items[0] : {
			t: "alt",
			items
		};
	}
	seq() {
		const items = [];
		while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") items.push(this.repeat(this.atom()));
		return {
			t: "seq",
			items
		};
	}
	repeat(node) {
		const c = this.src[this.i];
		let min = -1, max = -1;
		if (c === "*") [min, max] = [0, Infinity];
		else if (c === "+") [min, max] = [1, Infinity];
		else if (c === "?") [min, max] = [0, 1];
		else if (c === "{") {
			const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
			if (!m) return node;
			min = Number(m[1]);
			max = m[2] ? m[3] ? Number(m[3]) : Infinity : min;
			if (min > MAX_REPEAT || max !== Infinity && max > MAX_REPEAT) throw new RegexError(`repeat count above ${MAX_REPEAT}`);
			if (max < min) throw new RegexError(`{${min},${max}} is backwards`);
			this.i += m[0].length - 1;
		} else return node;
		this.i++;
		if (this.src[this.i] === "?") this.i++;
		if (node.t === "assert") throw new RegexError("a quantifier needs something to repeat");
		return this.repeat({
			t: "rep",
			node,
			min,
			max
		});
	}
	atom() {
		const c = this.src[this.i++];
		if (c === "(") {
			if (this.src[this.i] === "?") {
				const head = this.src.slice(this.i, this.i + 3);
				if (head.startsWith("?=") || head.startsWith("?!") || head === "?<=" || head === "?<!") throw new RegexError("lookaround ((?=…), (?!…), (?<=…)) is not supported: it cannot run in linear time");
				if (head.startsWith("?:")) this.i += 2;
				else if (head.startsWith("?<")) this.i = this.src.indexOf(">", this.i) + 1 || this.src.length;
				else throw new RegexError(`unsupported group "(${head}"`);
			}
			const inner = this.alt();
			if (this.src[this.i++] !== ")") throw new RegexError("missing \")\"");
			return inner;
		}
		if (c === "[") return {
			t: "char",
			pred: this.charClass()
		};
		if (c === ".") return {
			t: "char",
			pred: (ch) => ch !== "\n"
		};
		if (c === "^" || c === "$") return {
			t: "assert",
			kind: c
		};
		if (c === "\\") return this.escape(false);
		if (c === "*" || c === "+" || c === "?") throw new RegexError(`"${c}" has nothing to repeat`);
		if (c === ")") throw new RegexError("unmatched \")\"");
		return literal(c);
	}
	escape(inClass) {
		const c = this.src[this.i++];
		if (c === void 0) throw new RegexError("pattern ends with \"\\\"");
		if (/[1-9]/.test(c) || c === "k") throw new RegexError("backreferences (\\1, \\k<name>) are not supported: they cannot run in linear time");
		const classes = {
			d: isDigit,
			D: (x) => !isDigit(x),
			w: isWord,
			W: (x) => !isWord(x),
			s: isSpace,
			S: (x) => !isSpace(x)
		};
		if (classes[c]) return inClass ? classes[c] : {
			t: "char",
			pred: classes[c]
		};
		if (!inClass && (c === "b" || c === "B")) return {
			t: "assert",
			kind: c
		};
		const ch = {
			n: "\n",
			t: "	",
			r: "\r"
		}[c] ?? c;
		return inClass ? (x) => x === normalizeText(ch) : literal(ch);
	}
	charClass() {
		const negate = this.src[this.i] === "^";
		if (negate) this.i++;
		const parts = [];
		let first = true;
		while (this.i < this.src.length && (this.src[this.i] !== "]" || first)) {
			first = false;
			let lo;
			if (this.src[this.i] === "\\") {
				this.i++;
				const p = this.escape(true);
				if (this.src[this.i - 1] && /[dDwWsS]/.test(this.src[this.i - 1])) {
					parts.push(p);
					continue;
				}
				lo = this.src[this.i - 1];
			} else lo = this.src[this.i++];
			if (this.src[this.i] === "-" && this.src[this.i + 1] && this.src[this.i + 1] !== "]") {
				const hi = this.src[this.i + 1];
				this.i += 2;
				const [a, b] = [normalizeText(lo), normalizeText(hi)];
				parts.push((x) => x >= a && x <= b);
			} else {
				const n = normalizeText(lo);
				parts.push((x) => x === n);
			}
		}
		if (this.src[this.i++] !== "]") throw new RegexError("missing \"]\"");
		return negate ? (x) => !parts.some((p) => p(x)) : (x) => parts.some((p) => p(x));
	}
};
function literal(c) {
	const n = normalizeText(c);
	return {
		t: "char",
		pred: (x) => x === n
	};
}
function emit(node, prog) {
	if (prog.length > MAX_PROGRAM) throw new RegexError("pattern is too large");
	switch (node.t) {
		case "char":
			prog.push({
				op: "char",
				pred: node.pred
			});
			return;
		case "assert":
			prog.push({
				op: "assert",
				kind: node.kind
			});
			return;
		case "seq":
			for (const item of node.items) emit(item, prog);
			return;
		case "alt": {
			const jumps = [];
			node.items.forEach((item, k) => {
				if (k < node.items.length - 1) {
					const split = {
						op: "split",
						x: prog.length + 1,
						y: 0
					};
					prog.push(split);
					emit(item, prog);
					const jmp = {
						op: "jmp",
						x: 0
					};
					prog.push(jmp);
					jumps.push(jmp);
					split.y = prog.length;
				} else emit(item, prog);
			});
			for (const j of jumps) j.x = prog.length;
			return;
		}
		case "rep":
			for (let k = 0; k < node.min; k++) emit(node.node, prog);
			if (node.max === Infinity) {
				const split = {
					op: "split",
					x: prog.length + 1,
					y: 0
				};
				const at = prog.length;
				prog.push(split);
				emit(node.node, prog);
				prog.push({
					op: "jmp",
					x: at
				});
				split.y = prog.length;
			} else {
				const splits = [];
				for (let k = node.min; k < node.max; k++) {
					const split = {
						op: "split",
						x: prog.length + 1,
						y: 0
					};
					prog.push(split);
					splits.push(split);
					emit(node.node, prog);
				}
				for (const s of splits) s.y = prog.length;
			}
	}
}
function compileSafeRegex(source) {
	if (source.length > 500) throw new RegexError("pattern is longer than 500 characters");
	const prog = [];
	emit(new Parser(source).parse(), prog);
	prog.push({ op: "match" });
	return {
		source,
		exec: (text, limit = 20) => run(prog, text, limit)
	};
}
function holds(kind, text, pos) {
	if (kind === "^") return pos === 0 || text[pos - 1] === "\n";
	if (kind === "$") return pos === text.length || text[pos] === "\n";
	const boundary = isWord(text[pos - 1] ?? " ") !== isWord(text[pos] ?? " ");
	return kind === "b" ? boundary : !boundary;
}
/** One pass over the text; at most one thread per instruction (the earliest start wins). */
function run(prog, text, limit) {
	const longest = /* @__PURE__ */ new Map();
	let current = [];
	const seen = new Int32Array(prog.length).fill(-1);
	const add = (list, pc, start, pos, gen) => {
		const stack = [pc];
		while (stack.length) {
			const p = stack.pop();
			if (seen[p] === gen) continue;
			seen[p] = gen;
			const inst = prog[p];
			if (inst.op === "jmp") stack.push(inst.x);
			else if (inst.op === "split") stack.push(inst.y, inst.x);
			else if (inst.op === "assert") {
				if (holds(inst.kind, text, pos)) stack.push(p + 1);
			} else if (inst.op === "match") longest.set(start, Math.max(longest.get(start) ?? -1, pos));
			else list.push({
				pc: p,
				start
			});
		}
	};
	for (let pos = 0; pos <= text.length; pos++) {
		const gen = pos;
		const next = [];
		const carried = current;
		current = [];
		for (const th of carried) add(current, th.pc, th.start, pos, gen);
		if (longest.size < limit) add(current, 0, pos, pos, gen);
		if (pos === text.length) break;
		const ch = text[pos];
		for (const th of current) if (prog[th.pc].pred(ch)) next.push({
			pc: th.pc + 1,
			start: th.start
		});
		current = next;
	}
	const out = [];
	let after = -1;
	for (const [start, end] of [...longest].sort((a, b) => a[0] - b[0])) if (start >= after && end > start) {
		out.push([start, end]);
		after = end;
	}
	return out;
}
// src/engine/compile.ts
/**
* Compiles the enabled packs once per configuration change: every phrase of every pack goes
* into one index, and the result is reused for every message and every keystroke.
* Packs are validated before they get here; a phrase that still fails is skipped.
*/
function compilePacks(packs) {
	const out = {
		index: new PhraseIndex(),
		matchers: [],
		signalRules: [],
		methods: [],
		suggestions: [],
		draftChecks: [],
		packIds: packs.map((p) => p.id),
		special: [],
		withExceptions: []
	};
	const addMatcher = (m, negatableByDefault) => {
		const exceptions = m.exceptions ? addMatcher({
			phrases: m.exceptions,
			negatable: false
		}, false) : void 0;
		const id = out.matchers.length;
		const regexes = [];
		for (const [lang, list] of Object.entries(m.phrases ?? {})) for (const p of list) try {
			out.index.add(parsePhrase(p), id, lang.split("-")[0]);
		} catch {}
		for (const list of Object.values(m.regex ?? {})) for (const r of list) try {
			regexes.push(compileSafeRegex(r));
		} catch {}
		out.matchers.push({
			regexes,
			exceptions,
			shouting: m.shouting,
			punctuation: m.punctuation,
			masked: m.masked ?? false,
			negatable: m.negatable ?? negatableByDefault
		});
		if (regexes.length || m.shouting || m.punctuation || m.masked) out.special.push(id);
		if (exceptions !== void 0) out.withExceptions.push(id);
		return id;
	};
	for (const pack of packs) {
		const ref = (id) => ({
			pack: pack.id,
			id,
			source: void 0
		});
		for (const rule of pack.signals ?? []) out.signalRules.push({
			rule,
			ref: {
				...ref(rule.id),
				source: rule.source
			},
			matcher: addMatcher(rule, true)
		});
		for (const method of pack.methods ?? []) out.methods.push({
			method,
			pack: pack.id,
			steps: method.steps.map((step) => ({
				step,
				ref: {
					...ref(`${method.id}/${step.id}`),
					source: step.source
				},
				matcher: addMatcher(step.covers, false)
			}))
		});
		for (const suggestion of pack.suggestions ?? []) {
			const steps = (suggestion.steps ?? []).map((s) => s.split("/"));
			out.suggestions.push({
				suggestion,
				ref: {
					...ref(suggestion.id),
					source: suggestion.source
				},
				key: `${pack.id}/${suggestion.id}`,
				steps
			});
		}
		for (const check of pack.draftChecks ?? []) out.draftChecks.push({
			check,
			ref: {
				...ref(check.id),
				source: check.source
			},
			find: check.find && addMatcher(check.find, false),
			unless: check.unless && addMatcher(check.unless, false),
			require: check.require && addMatcher(check.require, false)
		});
	}
	return out;
}
// src/engine/resolve.ts
const LISTS = [
	"signals",
	"methods",
	"suggestions",
	"draftChecks"
];
var ResolveError = class extends Error {};
/**
* Flattens `extends` like Vale styles: the child inherits the parent's rules, a rule with
* the same id replaces the parent's, and `disable` switches inherited rules off.
*/
function flattenPack(pack, byId, seen = []) {
	if (!pack.extends) return pack;
	if (seen.includes(pack.id)) throw new ResolveError(`"${pack.id}" extends itself through ${seen.join(" → ")}`);
	const parentPack = byId.get(pack.extends);
	if (!parentPack) throw new ResolveError(`"${pack.id}" extends "${pack.extends}", which is not installed`);
	const parent = flattenPack(parentPack, byId, [...seen, pack.id]);
	const disabled = new Set(pack.disable ?? []);
	const merged = {
		...parent,
		...pack,
		extends: pack.extends
	};
	for (const list of LISTS) {
		const own = pack[list] ?? [];
		const ownIds = new Set(own.map((r) => r.id));
		merged[list] = [...(parent[list] ?? []).filter((r) => !ownIds.has(r.id) && !disabled.has(r.id)), ...own];
	}
	merged.examples = [...pack.examples ?? []];
	return merged;
}
/**
* The packs to compile: each enabled pack flattened, minus any pack that another enabled
* pack inherits from (its rules already come through the child and must not count twice).
* A pack that cannot be flattened (missing parent, cycle) is reported, not thrown.
*/
function resolvePacks(all, enabled) {
	const byId = new Map(all.map((p) => [p.id, p]));
	const errors = [];
	const flattened = [];
	for (const id of enabled) {
		const pack = byId.get(id);
		if (!pack) continue;
		try {
			flattened.push(flattenPack(pack, byId));
		} catch (e) {
			errors.push(e.message);
		}
	}
	const inherited = /* @__PURE__ */ new Set();
	for (const pack of flattened) for (let parent = byId.get(pack.id)?.extends; parent && !inherited.has(parent); parent = byId.get(parent)?.extends) inherited.add(parent);
	return {
		packs: flattened.filter((p) => !inherited.has(p.id)),
		errors
	};
}
// scripts/lib/engine-node.ts
/** The default-enabled bundled packs (or the named ones), compiled, for the CLI and scripts. */
function compiledFor(packIds) {
	const ids = packIds ?? BUNDLED_PACKS.filter((p) => p.defaultEnabled).map((p) => p.id);
	const unknown = ids.filter((id) => !BUNDLED_PACKS.some((p) => p.id === id));
	if (unknown.length) throw new Error(`Unknown pack(s): ${unknown.join(", ")}. Known: ${BUNDLED_PACKS.map((p) => p.id).join(", ")}`);
	return compilePacks(resolvePacks(BUNDLED_PACKS, ids).packs);
}
// prof.ts
const compiled = compiledFor(BUNDLED_PACKS.map((p) => p.id));
const texts = [...new Set(loadDatasets().flatMap((d) => d.rows.map((r) => r.text)))];
for (let r = 0; r < 5; r++) for (const text of texts) detectSignals(text, compiled, "en");
export {};
