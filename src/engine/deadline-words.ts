/**
 * The words a deadline is built from, per language: data for engine/deadline.ts. Every pattern is
 * matched against folded text (lower case, accents dropped, one character for one: "Φεβρουαρίου"
 * is read as "φεβρουαριου", "štvrtok" as "stvrtok"), so they are written folded, and text typed
 * without diacritics ("zajtra rano", "Πεμπτη") reads the same.
 */
import { EL_FIFTEEN_TO_THIRTY, NO_COUNTS } from './deadline-numbers';

export interface DeadlineWords {
  /** Twelve month stems, January first, as they start every case of the name ("febru" for "februára", "februari"). */
  months: string[];
  /** Seven weekday patterns, Sunday first (Date.getDay()). */
  weekdays: string[];
  /** Numeric dates: day first (d.m.) or month first (m/d, American). */
  monthFirst?: boolean;
  today: string;
  tomorrow: string;
  dayAfter: string;
  /** "next" before a weekday, week or month: the coming one after this one. */
  next: string;
  /** "after next" before a week ("übernächste Woche"): the week after the next one. */
  afterNext?: string;
  /** "this" before a weekday, week or month. */
  this: string;
  week: string;
  month: string;
  /** "end of" before a week, month or day. */
  endOf: string;
  /** Words that make a time past ("last Sunday", "vor 7 Tagen", "i går"): never a deadline. */
  past: string;
  /** Parts of the day after a day or alone: the hour each means, and whether a clock hour under 12 in it is afternoon. */
  parts: [string, number, boolean][];
  /** Before a clock time ("at", "um", "στις", "kl.", "o"). */
  at: string;
  /** After a clock hour ("Uhr", "h", "点"). */
  hourWord?: string;
  am?: string;
  pm?: string;
  /** Words for the numbers 1–12 (clock hours) and small counts, folded. */
  numbers: Record<string, number>;
  /** Counts of time that are no clock hour ("δεκαπέντε μέρες", "δυόμισι ώρες" 2.5), folded. */
  counts?: Record<string, number>;
  /** Hour words that name the hour before ("halb vier" = 3:30; "pol piatej" = 4:30). */
  half?: string;
  /** "quarter past" / "quarter to", before the hour. */
  quarterPast?: string;
  quarterTo?: string;
  /** "half past": the hour after. */
  halfPast?: string;
  /** "N minutes past/to": group after the number. */
  minutesPast?: string;
  minutesTo?: string;
  /** Before a count of time: "within", "in", "the next"; and after one (zh "内"). */
  within: string;
  withinAfter?: string;
  /** Units: minute, hour, day, week, month stems, and the working day's. */
  units: { minute: string; hour: string; day: string; week: string; month: string; year?: string; workday: string; workhour: string };
  /** Counts with a fraction ("anderthalb", "dreieinhalb", "einer Dreiviertel-"): read by deadline.ts's fractionOf. */
  fractions?: string;
  /** "… hours, within our opening hours": a count of hours that runs only while the team works. */
  openingHours: string;
  halfUnit?: string;
  /** "the next working day", "end of business", "first thing". */
  nextWorkday: string;
  endOfBusiness: string;
  firstThing: string;
  /** "after the weekend": the first working day after it. */
  afterWeekend?: string;
  /** The weekend: "by the weekend" is the last working day before it. */
  weekend?: string;
  /** "am Wochenende": its Saturday. */
  onWeekend?: string;
  /** The end of the month, quarter or year as a word ("Ultimo", "Quartalsende", "Jahresende"). */
  monthEnd?: string;
  quarterEnd?: string;
  yearEnd?: string;
  /** Named days: [pattern, month, day] for a fixed date, or [pattern, 0, days from Easter Sunday]; "Ostern" (0, 0) is its weekend. */
  holidays?: [string, number, number][];
  /** A place's time after a clock time ("ώρα Ελλάδας", "deutscher Zeit", "norsk tid"): folded pattern → IANA zone, read at the date it names. */
  zoneNames?: [string, string][];
  /** "a few (hours)": counted as 3. */
  few?: string;
  /** "the beginning of" and "the middle of" before a week or month: its first or middle third. */
  begin?: string;
  mid?: string;
  /** "late" before a week or month: its last third (a week's Thursday–Friday, a month's 21st on). */
  late?: string;
}

const EN_NUMBERS = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

export const DEADLINE_WORDS: Record<string, DeadlineWords> = {
  en: {
    weekend: '(by|before) the weekend',
    begin: '(?:the )?(?:beginning|start) of(?: the)?|early(?: in)?(?: the)?',
    mid: '(?:the )?middle of(?: the)?|mid-?',
    late: 'late(?: in)?(?: the)?',
    afterWeekend: 'after the weekend|over the weekend|on monday morning',
    months: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
    // With the short forms and misspellings agents type: 'Weds', 'wensday', 'thurs'.
    weekdays: ['sun(day)?', 'mon(day)?', 'tue(s|sday)?', 'wed(s|nesday|nsday)?|wensday', 'thu(r|rs|rsday)?', 'fri(day)?', 'sat(urday)?'],
    monthFirst: true,
    today: 'today|2day|tonight|tonite|this (morning|afternoon|evening)',
    tomorrow: 'tomm?orr?ows?|tmrw|tmr|2morrow',
    dayAfter: '(the )?day after (tomm?orr?ow|tmrw|next)',
    next: 'next|nxt|coming|following|upcoming',
    this: 'this coming|this|current',
    week: 'week',
    month: 'month',
    endOf: '(the )?end of( the)?',
    past: 'last|past|previous|ago|yesterday|earlier|before last|(\\d+|an?|one|two|three) \\w+ back',
    parts: [
      ['midnight', 24, false],
      ['lunch( ?time)?|noon|midday', 12, false],
      ['early (\\S+ )?morning', 8, false],
      ['morning', 11, false],
      ['afternoon', 17, true],
      ['late (tonight|tonite|evening)', 22, true],
      ['evening|tonight|tonite', 19, true],
      ['night', 22, true],
    ],
    at: 'at|@|by|around|about|before|until|till',
    hourWord: "o'?clock|h",
    am: 'a\\.?m\\.?|a(?![a-z])',
    pm: 'p\\.?m\\.?|p(?![a-z])',
    numbers: EN_NUMBERS,
    quarterPast: '(a )?quarter (past|after)',
    quarterTo: '(a )?quarter (to|till|before|of)',
    halfPast: 'half past|half',
    minutesPast: '(min(ute)?s? )?(past|after)',
    minutesTo: 'min(ute)?s? (to|till|before|of)',
    within: 'within( the next)?|up to|in( the next)?|the next|next|over the next|during the next',
    units: {
      minute: 'min',
      hour: 'h(ou)?rs?\\b|hour|h\\b',
      day: 'days?\\b',
      week: 'weeks?|fortnights?',
      month: 'months?',
      workday: '((business|working|work|bus\\.?|biz) days?|b\\.d\\.|bds?\\b|wds?\\b)',
      workhour: '(business|working|work|office) (hours?|hrs?)\\b',
    },
    openingHours: '(during|within|in) (our )?(business|opening|office|working) hours',
    zoneNames: [['(uk|london|british) time', 'Europe/London']],
    halfUnit: 'half an hour|half hour|1/2 ?h',
    nextWorkday: '(the )?(next|following) (business|working|work|bus\\.?) day',
    endOfBusiness:
      'end of (the )?(business|working|work) ?day|end of business|close of (business|play)|\\b(eod|cob|cop|e\\.o\\.d|c\\.o\\.b|c\\.o\\.p)\\b|end of (the )?day|end of today',
    // The opening of the working day: "first thing", "start of business", "start of play", "opening time".
    firstThing: 'first thing|(the )?start of (business|play|(the )?(business|working|work) ?day)|\\bsob\\b|opening time',
    few: 'a few|a couple( of)?|couple of',
  },
  de: {
    weekend: '(bis )?zum wochenende|vor dem wochenende',
    onWeekend: '(am|ubers|uber das) wochenende',
    monthEnd: 'monatsende|ultimo|monatsletzten',
    quarterEnd: '(zum |bis zum |bis )?(quartalsende|ende des quartals)',
    yearEnd: '(zum |bis zum |bis )?(jahresende|jahresschluss|ende des jahres|jahreswechsel)',
    holidays: [
      ['heiligabend|heiligen abend', 12, 24],
      ['(am )?(ersten )?weihnachts(feier)?tag|weihnachten', 12, 25],
      ['silvester', 12, 31],
      ['neujahr(stag)?', 1, 1],
      ['valentinstag', 2, 14],
      ['tag der deutschen einheit', 10, 3],
      ['karfreitag', 0, -2],
      ['ostermontag', 0, 1],
      ['ostern', 0, 0],
      ['pfingstmontag', 0, 50],
      ['(christi )?himmelfahrt', 0, 39],
    ],
    begin: '(?:zu |am )?(?:anfang|beginn)(?: der| des)?',
    mid: 'mitte(?: der| des)?',
    afterWeekend: 'nach dem wochenende',
    months: ['jan', 'feb', '(mar|maer)z', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dez'],
    weekdays: [
      'so(nntag|\\.)',
      'mo(ntag|\\.)?',
      'di(enstag|\\.)',
      'mi(ttwoch|\\.)',
      'do(nnerstag|\\.)',
      'fr(eitag|\\.)?',
      'sa(mstag|\\.)?',
    ],
    today: 'heute|heutigen tag\\S*|im laufe des tages',
    tomorrow: 'morgen|morgigen?',
    dayAfter: 'u(e)?bermorgen',
    next: 'nachste[nmrs]?|kommende[nmrs]?',
    afterNext: 'u(e)?berna(e)?chste[nmrs]?',
    this: 'diese[nmrs]?',
    week: 'woche|wo\\.',
    month: 'monat',
    endOf: '(bis )?(zum |gegen )?ende( des| der| dieser| diesen)?',
    past: 'letzte[nmrs]?|vergangene[nmrs]?|vorige[nmrs]?|gestern|vorgestern|\\bvor (\\d+|einer|einem|zwei|drei|ein paar|wenigen|einigen)( (halben|guten|knappen|viertel))? (min|std|stunde|tag|woche|monat|jahr)\\S*|\\bvorhin\\b',
    parts: [
      ['mitternacht', 24, false],
      ['mittag(szeit|spause)?', 12, false],
      ['fru(e)?h', 9, false],
      ['vormittags?', 11, false],
      ['morgens|morgen fru(e)?h', 9, false],
      ['nachmittags?', 16, true],
      ['abends?', 18, true],
      ['nachts?', 22, true],
    ],
    at: 'um|gegen|bis|ab|vor',
    hourWord: 'uhr|h',
    numbers: {
      ein: 1,
      eins: 1,
      einer: 1,
      einem: 1,
      eines: 1,
      zwei: 2,
      drei: 3,
      vier: 4,
      funf: 5,
      sechs: 6,
      sieben: 7,
      acht: 8,
      neun: 9,
      zehn: 10,
      elf: 11,
      zwolf: 12,
    },
    half: 'halb',
    quarterPast: 'viertel nach',
    quarterTo: 'viertel vor',
    minutesPast: '(min(uten)?\\s*)?nach',
    minutesTo: '(min(uten)?\\s*)?vor',
    within: 'innerhalb (von |der nachsten |eines |einer )?|binnen|innert|in( den nachsten)?|die nachsten|den nachsten',
    fractions:
      '(?:(?:einer|einem|eine|ein|ner)\\s+)?(?:anderthalb|(?:ein|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf)ein(?:halb|viertel)|drei ?viertel|halbe[mnr]?)',
    units: {
      minute: 'min',
      hour: 'stunde|std\\b',
      day: 'tag(?!es)',
      week: 'woche',
      month: 'monat',
      year: 'jahr',
      workday: '(werk|arbeits|geschae?fts)t(ag|g\\b|\\.)|wt\\b',
      workhour: '(arbeits|geschae?fts|bue?ro)stunde',
    },
    openingHours: '(wahrend|innerhalb) (unserer )?(geschae?fts|o?ffnungs|bue?ro|arbeits)zeit',
    zoneNames: [
      ['(deutscher|deutsche|berliner|mitteleuropaischer?|osterreichischer|wiener|schweizer|zuricher) zeit', 'Europe/Berlin'],
      ['(londoner|britischer) zeit', 'Europe/London'],
      ['new yorker zeit', 'America/New_York'],
    ],
    halfUnit: 'einer halben (stunde|std\\b)|halben (stunde|std\\b)|halbe (stunde|std\\b)',
    nextWorkday: '(nae?chst|nae?chstfolgend|folgend)\\S* (werk|arbeits|geschae?fts)tag',
    endOfBusiness:
      'geschae?ftsschluss|bue?roschluss|dienstschluss|feierabend|(ende des|zum ende des) (arbeits|geschafts)?tages|tagesende|ende des tages',
    firstThing:
      'als erstes|gleich morgen fruh|morgen fruh als erstes|fruh als erstes|gleich (am )?(montag|dienstag|mittwoch|donnerstag|freitag)?morgen',
    few: 'ein paar|paar|einigen',
  },
  el: {
    weekend: '(μεχρι|πριν|ως|εως) (το )?σαββατοκυριακο',
    begin: '(?:στις |τις )?αρχες(?: του| της)?|(?:στην |την )?αρχη(?: του| της)?',
    mid: '(?:στα |τα )?μεσα(?: του| της)?',
    afterWeekend: 'μετα το σαββατοκυριακο',
    // "μέσα στο Σαββατοκύριακο", "το Σαββατοκύριακο": its Saturday (not "μέχρι / μετά το").
    onWeekend: '(?<!(?:μεχρι|ως|εως|πριν|μετα|απο) )(?:μεσα στο|μεσα σ αυτο το|κατα τη διαρκεια του|στο|το|αυτο το) σαββατοκυριακο',
    // The spoken names too: Γενάρης, Φλεβάρης, Μάης.
    months: ['ιαν|γεναρ', 'φε(β|λ)|φλεβαρ', 'μαρ', 'απρ', 'μα(ι|η)', 'ιουν', 'ιουλ', 'αυγ', 'σεπ', 'οκτ', 'νο(ε|ν)', 'δεκ'],
    // Abbreviated too: Κυρ., Δευ., Τρίτ., Τετ., Πέμ., Παρ., Σάβ.
    weekdays: [
      'κυρ(ιακη(σ)?)?',
      'δευ(τ(ερα(σ)?)?)?',
      'τριτ(η(σ)?)?',
      'τετ(αρτ(η(σ)?)?)?',
      'πεμ(πτη(σ)?)?',
      'παρ(ασκευη(σ)?)?',
      'σαβ(βατο(υ)?)?',
    ],
    // "μέσα στη μέρα" (within the day); "εντός της αυριανής ημέρας" (within tomorrow).
    today: 'σημερα|αποψε|αυθημερον|μεσα στη(ν)? (η)?μερα|εντος της (η)?μερασ',
    tomorrow: 'αυριο|αυριαν\\S*',
    dayAfter: 'μεθαυριο',
    next: 'μεθεπομεν\\S*|επομεν\\S*|ερχομεν\\S*|την αλλη|αλλη(σ|ν)?',
    this: 'αυτ(η|ης|ο|ου) (την |τη |της |τον |το |του )?|τρεχουσα|τρεχουσας',
    week: '(ε)?βδομαδ',
    month: 'μην(α|ος)',
    endOf: '(μεχρι |ως |εως )?(το |στο |στα )?τελ(ος|η)( της| του)?',
    past: 'περασμεν\\S*|προηγουμεν\\S*|χθες|χτες|προχθες|νωριτερα (σημερα|το πρωι|αυτη)|σημερα νωριτερα|που (μας |σας )?περασε|\\bπριν (απο )?\\d|πριν (απο )?(μια|μιση|ενα|ενος|δυο|τρεις|τρια|λιγ\\S*|μερικ\\S*)',
    parts: [
      ['μεσανυχτα', 24, false],
      // Greek noon runs into the early afternoon: "στις 2 το μεσημέρι" is 14:00.
      ['μεσημερ(ι|ακι)', 12, true],
      ['πρωι|μεσα στο πρωινο', 11, false],
      ['απογευμα(τακι)?', 17, true],
      ['βραδυ|βραδακι|αποψε', 19, true],
      ['νυχτα', 22, true],
    ],
    at: 'στις|στη|εως τις|ως τις|μεχρι τις|γυρω στις|περιπου|κατα τις|πριν (απο )?τις',
    hourWord: 'η ωρα',
    am: 'π\\.? ?μ\\.?',
    pm: 'μ\\.? ?μ\\.?|μ(?![α-ω])',
    numbers: {
      μια: 1,
      μιας: 1,
      ενα: 1,
      ενος: 1,
      τριων: 3,
      τεσσαρων: 4,
      δυο: 2,
      τρεις: 3,
      τρια: 3,
      τεσσερις: 4,
      πεντε: 5,
      εξι: 6,
      επτα: 7,
      εφτα: 7,
      οχτω: 8,
      οκτω: 8,
      εννια: 9,
      εννεα: 9,
      δεκα: 10,
      εντεκα: 11,
      δωδεκα: 12,
    },
    counts: {
      εναν: 1,
      δεκατρια: 13,
      δεκατεσσερα: 14,
      δεκατεσσερις: 14,
      ...EL_FIFTEEN_TO_THIRTY,
      σαραντα: 40,
      σαρανταπεντε: 45,
      εξηντα: 60,
      // A count and a half in one word: "δυόμισι ώρες" (2½), "μιάμιση ώρα", "ενάμιση μήνα".
      μιαμιση: 1.5,
      μιαμισι: 1.5,
      εναμιση: 1.5,
      εναμισι: 1.5,
      δυομισι: 2.5,
      τρεισημισι: 3.5,
      τεσσερισημισι: 4.5,
      πεντεμισι: 5.5,
      εξιμισι: 6.5,
      εφταμισι: 7.5,
      οχτωμισι: 8.5,
    },
    quarterPast: '(ενα )?τεταρτο μετα (τις|τη)',
    quarterTo: 'παρα τεταρτο',
    minutesPast: 'λεπτα μετα (τις|τη)',
    minutesTo: 'λεπτα πριν (τις|τη)',
    within: 'εντος|μεσα σε|σε|υστερα απο|μετα απο|τις επομενες|οι επομενες|επομενες|τα επομενα|επομενα|τους επομενους',
    units: {
      minute: "λεπτ|'",
      hour: 'ωρ|ω(?![\\p{L}])',
      day: '(η)?μερ',
      week: '(ε)?βδομαδ',
      month: 'μην',
      workday: 'εργασιμ(?!\\S* ωρ)|εργ\\.\\s?(η)?μερ',
      workhour: 'εργασιμ\\S* ωρ|εργ\\.? ωρ',
    },
    openingHours: '(εντος|μεσα στο|κατα τη διαρκεια) του ωραριου',
    zoneNames: [
      ['ελλαδ(ας|ος)|αθηνας|ελληνικη', 'Europe/Athens'],
      ['κυπρου|λευκωσιας|κυπριακη', 'Asia/Nicosia'],
      ['(νεας υορκης|ανατολικης ακτης)', 'America/New_York'],
      ['(σικαγου)', 'America/Chicago'],
      ['(λος αντζελες|καλιφορνιας|δυτικης ακτης)', 'America/Los_Angeles'],
      ['(λονδινου|βρεταν\\S*|αγγλιας|ηνωμενου βασιλειου)', 'Europe/London'],
      [
        '(κεντρικης ευρωπης|βερολινου|γερμανιας|παρισιου|γαλλιας|βρυξελλων|ρωμης|ιταλιας|μαδριτης|ισπανιας|αμστερνταμ|ολλανδιας)',
        'Europe/Berlin',
      ],
      ['(πεκινου|κινας|σαγκαης|χονγκ κονγκ)', 'Asia/Shanghai'],
      ['(τοκιο|ιαπωνιας)', 'Asia/Tokyo'],
    ],
    halfUnit: 'μιση ωρ\\S*|1/2 ?ω',
    nextWorkday: 'επομενη εργασιμη',
    endOfBusiness:
      'τελος της (σημερινης )?εργασιμης(?! (ε)?βδομαδ| μην| ωρ)( (ημερας|μερας))?|τελος της σημερινης (ημερας|μερας)|τελος της (ημερας|μερας)|το κλεισιμο|ληξη του ωραριου',
    firstThing: 'πρωι πρωι|πρωτη δουλεια|πρωτη ωρα|με το που ανοιξουμε|με το ανοιγμα( του (γραφειου|καταστηματος|τμηματος))?',
    few: 'μερικ\\S*|λιγ\\S*',
    quarterEnd: '(το )?τελος του (τρεχοντος )?τριμηνου',
    yearEnd: '(το )?τελος του (ετους|χρονου|τρεχοντος ετους)',
  },
  no: {
    // "helga" is the spoken definite form of "helg", as "helgen" the written one.
    weekend: '(til|innen|før) helg(en|a)',
    begin: '(?:i |til )?(?:begynnelsen|starten) av|tidlig i',
    mid: '(?:i |til )?midten av|midt i|medio',
    // Whatever is done over the weekend is there when the team is back: the next working day.
    afterWeekend: '(etter|over) helg(en|a)',
    months: ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'],
    weekdays: [
      // and as spoken in much of the country, with -dan ("på fredan", "mandan").
      '(son|søn)(dag|dan|\\.)',
      'man(dag|dan|\\.)',
      'tir(sdag|sdan|\\.)',
      'ons(dag|dan|\\.)',
      'tor(sdag|sdan|s\\.|\\.)',
      'fre(dag|dan|\\.)',
      '(lor|lør)(dag|dan|\\.)',
    ],
    today: 'i dag|idag|i løpet av dagen|ila dagen',
    tomorrow: 'i morgen|imorgen|i morra|imorra|i løpet av morgendagen|morgendagen',
    dayAfter: 'i over(i)?morgen|iovermorgen|over(i)?morgen',
    next: 'neste|kommende|nestkommende|førstkommende|forstkommende',
    this: 'denne|dette|inneværende',
    week: 'uk(e|a)',
    month: 'maned',
    endOf: '(innen |til )?(slutten|utgangen) av|sist i',
    monthEnd: 'manedsskiftet|manedsslutt(en)?',
    quarterEnd: '(innen |til )?(slutten|utgangen) av (dette )?kvartal(et)?|kvartalsslutt(en)?',
    yearEnd: '(innen |til )?(slutten|utgangen) av (dette )?aret|(innen|til|før) (nyttar|arsskiftet)|arsslutt(en)?',
    holidays: [
      ['julaften|julekvelden?', 12, 24],
      ['(første|forste|1\\.) juledag', 12, 25],
      ['(andre|2\\.) juledag', 12, 26],
      ['nyttarsaften', 12, 31],
      ['nyttarsdag', 1, 1],
      ['skjærtorsdag|skjaertorsdag', 0, -3],
      ['langfredag', 0, -2],
      ['(andre|2\\.) paskedag', 0, 1],
    ],
    past: 'forrige|siste|sist|i gar|igar|siden|tidligere',
    parts: [
      ['midnatt', 24, false],
      ['lunsj(tid(en|er)?)?|middag|midt pa dagen', 12, false],
      ['(?<!i )(morgen(en)?|morran)|tidlig', 11, false],
      ['formiddag(en)?', 11, false],
      // "i ettermidda'": spoken, without its g.
      ['ettermidda(g(en)?)?', 16, true],
      ['kveld(en)?|i ?kveld', 19, true],
      ['natt(a|en)?', 22, true],
    ],
    at: 'kl\\.?|klokka|klokken|til|innen|for|etter',
    numbers: {
      en: 1,
      ett: 1,
      ein: 1,
      to: 2,
      tre: 3,
      fire: 4,
      fem: 5,
      seks: 6,
      sju: 7,
      syv: 7,
      atte: 8,
      ni: 9,
      ti: 10,
      elleve: 11,
      tolv: 12,
      ...NO_COUNTS,
      halvannen: 1.5,
      'en og en halv': 1.5,
      'to og en halv': 2.5,
      'tre og en halv': 3.5,
    },
    half: 'halv',
    quarterPast: 'kvart(er)? over',
    quarterTo: 'kvart(er)? pa',
    minutesPast: '(min(utter)?)? over',
    minutesTo: '(min(utter)?)? pa',
    within: 'innen|innenfor|i løpet av( de neste)?|om|de neste|neste',
    units: {
      minute: 'min',
      hour: 'time|timer',
      day: 'dag(?!ens?(?![\\p{L}]))|døgn',
      week: 'uk(e|a)',
      month: 'maned',
      workday: '(virke|virk|arbeids|yrke)dag',
      workhour: '(arbeids|virke)tim',
    },
    openingHours: '(i|innenfor) (var )?(apningstid|arbeidstid|kontortid)en',
    zoneNames: [
      ['(norsk|svensk|dansk|sentraleuropeisk|tysk) tid', 'Europe/Oslo'],
      ['britisk tid', 'Europe/London'],
    ],
    halfUnit: '(?<!og )en halv time|halvtime|1/2 time',
    // Not the first working day of a month or a week ("første virkedag i mars", "… neste uke").
    nextWorkday: '(neste|pafølgende|første|forste|førstkommende|forstkommende) (virke|arbeids)dag(?!(en)? (i|neste|kommende|etter|av) )',
    endOfBusiness:
      '(før )?(arbeids)?dagen er (omme|slutt|over)|slutten av (arbeids)?dagen|arbeidsdagens slutt|kontortidens slutt|dagens slutt|stengetid|arbeidstid(ens slutt)?',
    firstThing: 'først(e)? (ting|sak)|som det (aller )?første|først pa|først(?= i ?morgen)|tidlig|med en gang vi apner',
    few: 'noen|et par',
  },
  sk: {
    weekend: '(do|pred) vikend\\S*',
    begin: '(?:na |do )?zaciat(?:ku|kom|ok|ku)',
    mid: '(?:v |do )?polovic(?:i|e)|(?:v |do )?polovicu',
    afterWeekend: 'po vikende|cez vikend',
    months: ['januar', 'februar', 'marc', 'april', 'maj', 'jun', 'jul', 'august', 'septemb', 'oktob', 'novemb', 'decemb'],
    weekdays: ['nedel\\p{L}*', 'pondel\\p{L}*', 'utor(ok|ka|ku)', 'stred\\p{L}', 'stvrt(ok|ka|ku)', 'piat(ok|ka|ku)', 'sobot\\p{L}'],
    today: 'dnes|dnesneho dna|dnesny den',
    tomorrow: 'zajtra|zajtrajs\\S*',
    dayAfter: 'pozajtra',
    next: 'buduc\\S*|nasledujuc\\S*|dalsi\\S*',
    this: 'tento|tohto|tomto|tuto|tejto|tato|tohoto|najblizs\\S*',
    week: 'tyzd',
    month: 'mesiac|mesiaca|mesiaci',
    endOf: '(do |ku )?konc(a|u)',
    past: 'minul\\S*|predosl\\S*|vcera|predvcerom|\\bpred (\\d+ |dvoma |tromi )?(hodin|dn|tyzd|mesiac|rok)\\S*|uz bolo',
    parts: [
      ['o polnoci|polnoc\\S*', 24, false],
      ['cez obed|napoludnie|naobed|obed\\S*|poludni\\S*', 12, false],
      ['hned rano', 8, false],
      ['rano|rana|rannych', 11, false],
      ['dopoludni\\S*|doobeda|predpoludni\\S*', 11, false],
      ['popoludni\\S*|poobede|poobedn\\S*', 16, true],
      ['do vecera', 18, true],
      ['vecer\\S*|vecer', 19, true],
      ['v noci|noc\\S*', 22, true],
    ],
    at: 'o|do|od|po|okolo|najneskor do',
    hourWord: 'hod(in(e|y|u))?|h',
    numbers: {
      jednu: 1,
      jednej: 1,
      jedna: 1,
      jeden: 1,
      jedneho: 1,
      dve: 2,
      dva: 2,
      dvoch: 2,
      druhej: 2,
      tri: 3,
      troch: 3,
      tretej: 3,
      styri: 4,
      styroch: 4,
      stvrtej: 4,
      pat: 5,
      piatich: 5,
      piatej: 5,
      sest: 6,
      siestich: 6,
      siestej: 6,
      sedem: 7,
      siedmich: 7,
      siedmej: 7,
      osem: 8,
      osmich: 8,
      osmej: 8,
      devat: 9,
      deviatich: 9,
      deviatej: 9,
      desat: 10,
      desiatich: 10,
      desiatej: 10,
      jedenast: 11,
      jedenastich: 11,
      jedenastej: 11,
      dvanast: 12,
      dvanastich: 12,
      dvanastej: 12,
    },
    half: 'pol',
    quarterPast: '__never__',
    quarterTo: '__never__',
    within: 'do|pocas|v priebehu|behom|za|v lehote|o|najblizsich|nasledujucich',
    units: {
      minute: 'min',
      hour: 'hod',
      day: 'dn(i|a)|den',
      week: 'tyzd',
      month: 'mesiac',
      workday: 'pracovn\\S* (dn(i|a)|den)|prac\\. dn\\S*',
      workhour: 'pracovn\\S* hod|prac\\. hod',
    },
    openingHours: '(v ramci|pocas) (nasej )?pracovnej doby|v pracovnom case',
    halfUnit: 'pol hodiny|polhodiny',
    nextWorkday: '(nasledujuc|najblizs|dalsi)\\S* pracovn\\S* (den|dna|dnom|dni)',
    endOfBusiness: 'konca pracovnej doby|konca pracovneho dna|konca dna|koniec dna|konca dnesneho dna',
    firstThing: 'hned rano|hned zajtra rano|hned (v |vo )?\\S+ rano|hned po otvoreni|ako prve',
    few: 'par',
  },
  zh: {
    weekend: '(周末|週末)(之)?前',
    afterWeekend: '周末(之)?后|週末(之)?後',
    months: [],
    weekdays: [
      '(周|週|星期|礼拜|禮拜)(日|天|7)',
      '(周|週|星期|礼拜|禮拜)(一|1)',
      '(周|週|星期|礼拜|禮拜)(二|2)',
      '(周|週|星期|礼拜|禮拜)(三|3)',
      '(周|週|星期|礼拜|禮拜)(四|4)',
      '(周|週|星期|礼拜|禮拜)(五|5)',
      '(周|週|星期|礼拜|禮拜)(六|6)',
    ],
    today: '今天|今日|今晚|今早|今朝|今儿个|今兒個|今儿|今兒',
    tomorrow: '明天|明日|明早|明晚|次日|聽日|听日|聽朝|听朝|聽晚|听晚',
    dayAfter: '(?<!大)(后天|後天)|后儿个|後兒個|(?<![\\d一二两兩三四五六七八九十几幾大])(後日|后日)',
    next: '下(个|個)?',
    this: '这一|這一|今(个|個)|这(个|個)?|這(个|個)?|本',
    week: '周|週|星期|礼拜|禮拜',
    month: '月',
    endOf: '底|末|尾',
    past: '已(经|經)?(在|于|於)(?=[\\d一二两兩三四五六七八九十昨前今本这這去上周週星礼禮早晚中凌傍]|下(午|周|週|个|個|星期|礼拜|禮拜|月))|(?<!最[后後])[一二两兩三四五六七八九十\\d]{1,4}(个|個)?(天|周|週|星期|礼拜|禮拜|月|年|小时|小時|分钟|分鐘)(之|以)?前|昨|前天|上(个|個)?(周|週|星期|礼拜|禮拜|月)|去年|前(两|兩|三|\\d)|(?<![发發寄送传傳拿带帶走跑回转轉递遞交汇匯过過飞飛搬开開去以能会會要])(过去|過去)|刚才',
    parts: [
      ['午夜|凌晨零[点點]|零[点點]', 24, false],
      ['中午|正午|午饭|午餐', 12, false],
      ['早上|早晨|上午|明早|今早|清晨|聽朝|听朝|朝早|朝頭早|朝头早|今朝', 11, false],
      ['下午|晏晝|晏昼|下晝', 17, true],
      ['傍晚', 18, true],
      ['晚上|今晚|明晚|夜晚|晚黑|聽晚|听晚', 20, true],
      ['夜里|半夜|深夜', 22, true],
    ],
    at: '在|于|於',
    // Hong Kong and Taiwan write the clock's am/pm in English: 3pm前.
    am: 'am|a\\.m\\.',
    pm: 'pm|p\\.m\\.',
    monthFirst: true,
    numbers: { 一: 1, 两: 2, 兩: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 },
    within: '未来|接下来的?|给我|給我|俾我|下|后|後|(?:再)?[过過](?=[\\d一二两兩三四五六七八九十半几幾])',
    withinAfter: '内|內|之内|之內|以内|以內|后|後|以后|以後|之后|之後|左右',
    units: {
      minute: '分钟|分鐘|刻钟|刻鐘|(个|個)字',
      hour: '(个|個)?半?(小时|小時|钟头|鐘頭)|(个|個)半?(钟|鐘)(?![头頭])',
      day: '天|日(?=[内內后後])',
      week: '(个|個)?(星期|礼拜|周|週)',
      month: '(个|個)月',
      workday: '(个|個)?工作(日|天)',
      workhour: '(个|個)?工作(小时|小時)',
    },
    openingHours: '(工作|营业|營業|上班)(时间|時間)(内|內)',
    halfUnit: '(?<![个個])半(个|個)?(小时|小時|钟头|鐘頭)',
    nextWorkday: '下(一)?(个|個)?工作(日|天)',
    endOfBusiness: '下班(之)?前|(今天|当天)结束(之)?前|今天下班',
    firstThing: '一大早|一早|第一(时间|時間)|一上班|第一件事',
    few: '几|幾',
    yearEnd: '(今|明)?年(底|末|尾)',
    // 半个月 (fifteen days), 半年.
    counts: { 半: 0.5 },
  },
};
