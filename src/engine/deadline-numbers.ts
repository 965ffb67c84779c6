/**
 * Ordinal day words (1–31) and minute words (10–59) per language, folded as deadline-words.ts
 * writes its words (lower case, no accents). Built from each language's rule for compounds
 * rather than listed: English "twenty-first", German "einundzwanzigste", Norwegian "tjueførste",
 * Greek "εικοστή πρώτη", Slovak "dvadsiateho prvého".
 */

type Table = Record<string, number>;

function compose(units: Table, tens: Table, join: (ten: string, unit: string) => string[]): Table {
  const out: Table = {};
  for (const [t, tv] of Object.entries(tens))
    for (const [u, uv] of Object.entries(units)) for (const word of join(t, u)) out[word] = tv + uv;
  return out;
}

const EN_UNITS_ORD: Table = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9 };
const DE_UNITS: Table = { ein: 1, zwei: 2, drei: 3, vier: 4, funf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9 };
const NO_UNITS_ORD: Table = {
  første: 1,
  andre: 2,
  tredje: 3,
  fjerde: 4,
  femte: 5,
  sjette: 6,
  sjuende: 7,
  syvende: 7,
  attende: 8,
  niende: 9,
};
const EL_UNITS_ORD: Table = {
  πρωτη: 1,
  δευτερη: 2,
  δευτερα: 2,
  τριτη: 3,
  τεταρτη: 4,
  πεμπτη: 5,
  εκτη: 6,
  εβδομη: 7,
  ογδοη: 8,
  ενατη: 9,
  εννατη: 9,
};
const EL_DAY_UNITS: Table = {
  μια: 1,
  ενα: 1,
  δυο: 2,
  τρεις: 3,
  τεσσερις: 4,
  πεντε: 5,
  εξι: 6,
  επτα: 7,
  εφτα: 7,
  οχτω: 8,
  οκτω: 8,
  εννια: 9,
  εννεα: 9,
};
/** Greek 15–20 and 30, in both their spellings: a day of the month and a count of units alike. */
export const EL_FIFTEEN_TO_THIRTY: Table = {
  δεκαπεντε: 15,
  δεκαεξι: 16,
  δεκαεπτα: 17,
  δεκαεφτα: 17,
  δεκαοχτω: 18,
  δεκαοκτω: 18,
  δεκαεννια: 19,
  δεκαεννεα: 19,
  εικοσι: 20,
  τριαντα: 30,
};
const EL_DAY_CARDINALS: Table = {
  ...Object.fromEntries(Object.entries(EL_DAY_UNITS).filter(([, v]) => v > 1)),
  δεκα: 10,
  εντεκα: 11,
  δωδεκα: 12,
  δεκατρεις: 13,
  δεκατεσσερις: 14,
  ...EL_FIFTEEN_TO_THIRTY,
};
const SK_UNITS_ORD: Table = {
  prv: 1,
  druh: 2,
  treti: 3,
  stvrt: 4,
  piat: 5,
  siest: 6,
  siedm: 7,
  osm: 8,
  deviat: 9,
};

/** Ordinal words for the days of a month; German and Slovak as stems (every case ending follows). */
export const ORDINALS: Record<string, Table> = {
  en: {
    ...EN_UNITS_ORD,
    tenth: 10,
    eleventh: 11,
    twelfth: 12,
    thirteenth: 13,
    fourteenth: 14,
    fifteenth: 15,
    sixteenth: 16,
    seventeenth: 17,
    eighteenth: 18,
    nineteenth: 19,
    twentieth: 20,
    thirtieth: 30,
    ...compose(EN_UNITS_ORD, { twenty: 20 }, (t, u) => [`${t}-${u}`, `${t} ${u}`]),
    'thirty-first': 31,
    'thirty first': 31,
  },
  de: {
    erst: 1,
    zweit: 2,
    dritt: 3,
    viert: 4,
    funft: 5,
    sechst: 6,
    siebt: 7,
    siebent: 7,
    acht: 8,
    neunt: 9,
    zehnt: 10,
    elft: 11,
    zwolft: 12,
    dreizehnt: 13,
    vierzehnt: 14,
    funfzehnt: 15,
    sechzehnt: 16,
    siebzehnt: 17,
    achtzehnt: 18,
    neunzehnt: 19,
    zwanzigst: 20,
    ...compose(DE_UNITS, { zwanzigst: 20 }, (t, u) => [`${u}und${t}`]),
    dreissigst: 30,
    dreißigst: 30,
    einunddreissigst: 31,
    einunddreißigst: 31,
  },
  no: {
    ...NO_UNITS_ORD,
    tiende: 10,
    ellevte: 11,
    tolvte: 12,
    trettende: 13,
    fjortende: 14,
    femtende: 15,
    sekstende: 16,
    syttende: 17,
    nittende: 19,
    tjuende: 20,
    ...compose(NO_UNITS_ORD, { tjue: 20 }, (t, u) => [`${t}${u}`]),
    trettiende: 30,
    trettiførste: 31,
  },
  el: {
    ...EL_UNITS_ORD,
    δεκατη: 10,
    ενδεκατη: 11,
    εντεκατη: 11,
    δωδεκατη: 12,
    ...compose(EL_UNITS_ORD, { δεκατη: 10, εικοστη: 20 }, (t, u) => [`${t} ${u}`]),
    εικοστη: 20,
    τριακοστη: 30,
    'τριακοστη πρωτη': 31,
    // Greek names every day but the first with a cardinal: "στις είκοσι πέντε Φεβρουαρίου", "τρεις Μαΐου".
    ...EL_DAY_CARDINALS,
    ...compose(EL_DAY_UNITS, { εικοσι: 20 }, (t, u) => [`${t} ${u}`]),
    'τριαντα μια': 31,
  },
  sk: {
    ...SK_UNITS_ORD,
    desiat: 10,
    jedenast: 11,
    dvanast: 12,
    trinast: 13,
    strnast: 14,
    patnast: 15,
    sestnast: 16,
    sedemnast: 17,
    osemnast: 18,
    devatnast: 19,
    dvadsiat: 20,
    tridsiat: 30,
    ...compose(SK_UNITS_ORD, { dvadsiat: 20, tridsiat: 30 }, (t, u) => [`${t}\\p{L}* ${u}`]),
  },
};

/** Minute words from 10 to 59, as said after a clock hour ("seven thirty", "drei Uhr zwanzig", "τρεις και είκοσι"). */
export const MINUTE_WORDS: Record<string, Table> = {
  en: {
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    ...compose(
      { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 },
      { twenty: 20, thirty: 30, forty: 40, fifty: 50 },
      (t, u) => [`${t}-${u}`, `${t} ${u}`],
    ),
    ...compose({ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 }, { oh: 0, "o'": 0, o: 0 }, (t, u) => [
      `${t} ${u}`,
    ]),
  },
  de: {
    zehn: 10,
    elf: 11,
    zwolf: 12,
    dreizehn: 13,
    vierzehn: 14,
    funfzehn: 15,
    sechzehn: 16,
    siebzehn: 17,
    achtzehn: 18,
    neunzehn: 19,
    zwanzig: 20,
    dreissig: 30,
    dreißig: 30,
    vierzig: 40,
    funfzig: 50,
    ...compose(DE_UNITS, { zwanzig: 20, dreissig: 30, dreißig: 30, vierzig: 40, funfzig: 50 }, (t, u) => [`${u}und${t}`]),
  },
  el: {
    δεκα: 10,
    εντεκα: 11,
    δωδεκα: 12,
    δεκαπεντε: 15,
    εικοσι: 20,
    τριαντα: 30,
    σαραντα: 40,
    πενηντα: 50,
    ...compose({ πεντε: 5 }, { εικοσι: 20, τριαντα: 30, σαραντα: 40, πενηντα: 50 }, (t, u) => [`${t}${u}`, `${t} ${u}`]),
  },
  no: {
    ti: 10,
    femten: 15,
    tjue: 20,
    tretti: 30,
    forti: 40,
    førti: 40,
    femti: 50,
    ...compose({ fem: 5 }, { tjue: 20, tretti: 30, forti: 40, førti: 40, femti: 50 }, (t, u) => [`${t}${u}`]),
  },
};

/** An alternation of a table's words, longest first. */
export function wordsOf(table: Table | undefined): string {
  return Object.keys(table ?? {})
    .sort((a, b) => b.length - a.length)
    .join('|');
}

const NO_UNITS: Table = { en: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, atte: 8, ni: 9 };
const NO_TENS: Table = { tjue: 20, tretti: 30, forti: 40, førti: 40, femti: 50 };
/** Norwegian counts from 13 to 59 ("fjorten dager", "førtifem minutter"), folded (åtte → atte). */
export const NO_COUNTS: Table = {
  tretten: 13,
  fjorten: 14,
  femten: 15,
  seksten: 16,
  sytten: 17,
  atten: 18,
  nitten: 19,
  ...NO_TENS,
  ...compose(NO_UNITS, NO_TENS, (t, u) => [`${t}${u}`]),
};
