/**
 * What a customer-facing string must not say on its own, per language. Each table is a list of
 * patterns for one kind of fault, matched on the text with its slots replaced by a marker
 * (`◻`), so "I'll update you {slot:time}" states no time and "because {slot:reason}" no reason.
 *
 * Word boundaries are written `(?<!\p{L})…(?!\p{L})` (the `u` flag's `\b` knows only ASCII
 * letters), so Greek, Slovak and Norwegian words are matched whole.
 */
export type Guard = 'time' | 'unstated-time' | 'concession' | 'escalation' | 'reason' | 'fault' | 'gap';

export const GUARD_WHAT: Record<Guard, string> = {
  time: 'a time',
  'unstated-time': 'a time it does not give ("by then" with no time before it)',
  concession: 'a concession (refund, waiver, replacement)',
  escalation: 'an escalation as done',
  reason: 'a reason the agent did not give',
  fault: 'a concession of fault',
  gap: 'a gap ("…") the agent must fill',
};

/** A marker for a slot in the text the patterns read: it is no letter, digit or word. */
export const SLOT_MARK = '◻';

const L = '\\p{L}';
/** Whole words: no letter right before or after. */
const words = (alternatives: string) => new RegExp(`(?<!${L})(?:${alternatives})(?!${L})`, 'iu');
/** Word starts: no letter before ("erstatt" matches "erstatten", "Erstattung"). */
const stems = (alternatives: string) => new RegExp(`(?<!${L})(?:${alternatives})`, 'iu');
/** Chinese has no spaces: anywhere. */
const anywhere = (alternatives: string) => new RegExp(alternatives, 'u');

type Table = Partial<Record<Exclude<Guard, 'gap'>, RegExp[]>>;

export const PATTERNS: Record<string, Table> = {
  en: {
    time: [
      words(
        'tomorrow|today|tonight|end of (?:the )?day|next week|within \\d+|\\d{1,2}(?::\\d\\d)?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)|\\d{1,2}:\\d\\d|noon|midnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|in (?:an|one|two|\\d+) (?:hours?|days?)',
      ),
    ],
    'unstated-time': [words('by then|until then|by that time')],
    concession: [words('refund(?:ed)?|waived?|free of charge|at no cost|replacement|credit(?:ed)?|discount|compensat\\w*')],
    escalation: [words("(?:I've|I have|we've|we have) (?:asked|escalated|forwarded|passed|raised)|has been escalated")],
    reason: [
      words(
        'to protect|protects? (?:you|your)|for your (?:own )?(?:security|safety|protection)|for (?:security|safety|legal|compliance) reasons|because(?: of)?(?= \\p{L})|due to|required by law|to prevent fraud',
      ),
    ],
    fault: [
      words('(?:our|my) (?:fault|mistake|error|bad)'),
      words("we(?: have|'ve)? (?:made|make) (?:a |an )?(?:mistake|error)s?"),
      words("we(?: have|'ve)? (?:got (?:it|this|that) wrong|messed up|dropped the ball|let you down|failed you)"),
      words(
        "(?:should(?:n't| not)?|ought to) (?:not )?have (?:happened|worked|been (?:fixed|sorted|solved|resolved))|should(?:n't| not) have had to",
      ),
      words('longer than (?:it )?(?:should|ought to)(?: have)?'),
      words("you(?:'re| are) (?:absolutely |quite |completely |totally )?(?:right|correct)"),
      words('(?:you have|you had) every right|with good reason|rightly so'),
      // "…or poor service" still tells this customer they got poor service (native readers, all six languages).
      words('(?:poor|bad|terrible|awful) (?:service|support)'),
      words('unacceptable|inexcusable'),
      words('make (?:it|this|that) up to you|make amends'),
      words('(?:error|mistake|fault|problem|issue) on our (?:part|side|end)'),
    ],
  },
  de: {
    time: [
      words(
        'morgen|heute|übermorgen|Mittag|innerhalb von \\d+|in \\d+ (?:Stunden|Tagen)|\\d{1,2}(?::\\d\\d)? Uhr|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag',
      ),
    ],
    'unstated-time': [words('bis dahin|bis zu diesem Zeitpunkt')],
    concession: [stems('erstatt|kostenlos|gratis|Gutschrift|Rabatt|Ersatz(?!\\p{L})|entfällt|erlass|Entschädig')],
    escalation: [/(?<!\p{L})habe(?!\p{L})[^.;]*(?<!\p{L})(?:gebeten|weitergeleitet|eskaliert)(?!\p{L})/iu],
    reason: [
      words(
        'zu Ihrem (?:eigenen )?Schutz|schützt|schützen|aus (?:Sicherheits|rechtlichen |Datenschutz)gründen|Sicherheitsgründen|aufgrund|weil(?= \\p{L})|gesetzlich vorgeschrieben',
      ),
    ],
    fault: [
      words('(?:unser|unseren|unserem|unseres|mein|meinen) (?:Fehler|Versehen|Verschulden)'),
      /(?<!\p{L})(?:wir|ich)(?!\p{L})[^.;:]{0,30}Fehler (?:gemacht|unterlaufen)/iu,
      /(?<!\p{L})(?:wir haben|ich habe) Sie[^.;:]{0,20}(?:enttäuscht|im Stich gelassen)/iu,
      words('(?:wir )?haben versagt'),
      /hätte(?:n)? [^.;:]{0,20}nicht (?:passieren|vorkommen|geschehen) (?:dürfen|sollen)/iu,
      /hätte(?:n)? [^.;:]{0,40}(?:funktionieren|klappen) (?:müssen|sollen)/iu,
      /(?<!\p{L})länger[^.;:]{0,25}als (?:es )?(?:nötig|sollte|es sollte|angemessen)/iu,
      words('Sie haben (?:völlig |ganz |absolut )?recht|zu Recht|mit Recht|mit gutem Grund'),
      words('(?:schlechte[nr]?|mangelhafte[nr]?) (?:Service|Kundenservice|Betreuung)'),
      stems('wieder ?gut ?(?:zu )?mach|Wiedergutmachung'),
      words('unentschuldbar|inakzeptabel|nicht akzeptabel'),
      words('Fehler (?:auf|bei) unserer Seite'),
    ],
  },
  el: {
    time: [
      words(
        'αύριο|σήμερα|μεσημέρι|εντός \\d+|\\d{1,2}(?::\\d\\d)?\\s*(?:μ\\.μ\\.|π\\.μ\\.)|Δευτέρα|Τρίτη|Τετάρτη|Πέμπτη|Παρασκευή|Σάββατο|Κυριακή',
      ),
    ],
    'unstated-time': [words('ως τότε|μέχρι τότε|έως τότε')],
    concession: [stems('επιστροφή χρημάτων|δωρεάν|χωρίς χρέωση|αντικατάσταση|απάλλαξ|έκπτωσ|αποζημίωσ|πίστωσ')],
    escalation: [stems('ζήτησα από|προώθησα|κλιμάκωσα|παρέπεμψα')],
    reason: [stems('προστατεύ|για την ασφάλειά σας|για λόγους ασφαλείας|επειδή|λόγω|διότι|για την προστασία')],
    fault: [
      words('(?:δικό μας|δικό μου) λάθος|λάθος μας|λάθος μου|υπαιτιότητά μας'),
      /(?<!\p{L})(?<!δεν )(?:φταίμε|φταίω)(?!\p{L})/iu,
      words('σας απογοητεύσαμε|κάναμε (?:ένα )?λάθος|σφάλαμε'),
      /(?<!\p{L})δεν (?:θα )?έπρεπε να (?:συμβεί|συμβαίνει|γίνει|συμβεί αυτό)/iu,
      /(?:απ'|από) (?:ό,?τι|όσο) (?:θα )?έπρεπε/iu,
      /(?<!\p{L})έπρεπε (?:ήδη )?να (?:λειτουργεί|λειτουργήσει|δουλεύει|δουλέψει|έχει λυθεί)/iu,
      words('έχετε (?:απόλυτο |απολύτως |κάθε )?δίκιο|δικαιολογημένα|με το δίκιο σας'),
      words('(?:κακή|κακής) εξυπηρέτηση'),
      stems('επανορθώ|απαράδεκτ'),
    ],
  },
  sk: {
    time: [stems('zajtra|dnes|do obeda|do \\d+|\\d{1,2}:\\d\\d|pondelk|utork|stred[ay]|štvrtk|piatk|v sobotu|v nedeľu')],
    'unstated-time': [words('dovtedy|do toho času|do tej doby')],
    concession: [stems('vrátenie peňazí|bezplatn|zadarmo|výmen|odpust|zľav|kompenz|dobropis')],
    escalation: [stems('požiadal[a]? som|postúpil[a]? som|odovzdal[a]? som|eskaloval')],
    reason: [stems('chráni|ochran|z bezpečnostných dôvodov|pretože|lebo|kvôli|z dôvodu(?= \\p{L})')],
    fault: [
      words('(?:naša|moja|našou|mojou|našu|moju) (?:chyb\\p{L}*|vin\\p{L}*)|je to naša chyba'),
      words('(?:urobili|spravili) sme chybu|pochybili sme|zlyhali sme|sklamali sme vás|(?:sme|som) vás sklamal\\p{L}*'),
      /(?<!\p{L})(?:toto |to )?sa (?:to )?nemalo stať|(?<!\p{L})nemalo sa (?:to )?stať/iu,
      /(?<!\p{L})(?:malo|mal|mala) (?:to )?(?:fungovať|byť vyriešené)/iu,
      /dlhšie,? (?:než|ako) by (?:malo|mal|mala|bolo treba)/iu,
      words('máte (?:úplnú |absolútnu |celkom )?pravdu|máte na to (?:plné )?právo|právom|oprávnene'),
      /(?<!\p{L})zl(?:é|ú|ých|ými|á|ou) služ/iu,
      stems('odčin|vynahrad|neprijateľn'),
    ],
  },
  no: {
    time: [words('i morgen|i dag|i kveld|innen \\d+|klokka \\d+|kl\\. ?\\d+|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag')],
    'unstated-time': [words('innen da|til da|innen den tid')],
    concession: [stems('refusjon|gratis|kostnadsfri|erstatning|frafal|rabatt|kompens|tilbakebetal')],
    escalation: [words('har (?:bedt|sendt videre|eskalert|videresendt)')],
    reason: [stems('beskytt|av sikkerhetshensyn|fordi|på grunn av|pga\\.')],
    fault: [
      words('(?:vår|min) (?:feil|skyld|tabbe)|det er vår feil'),
      words('vi (?:har )?(?:gjort|gjorde) (?:en )?feil|vi har (?:sviktet|rotet|tabbet)|vi sviktet'),
      words('(?:skulle|burde) (?:ikke|aldri) ha (?:skjedd|hendt)|burde ha (?:fungert|virket|vært løst)'),
      words('lengre tid enn (?:det )?(?:burde|skulle|nødvendig)'),
      words('du har (?:helt |fullstendig )?rett|med (?:god|full) rett|med god grunn'),
      words('(?:dårlig|elendig) (?:service|kundeservice|oppfølging)'),
      words('gjøre (?:det|dette|noe) godt igjen'),
      stems('uakseptab|ikke akseptab'),
    ],
  },
  zh: {
    time: [anywhere('明天|今天|中午|下午|上午|点前|小时内|下班前|周[一二三四五六日]|星期[一二三四五六日天]')],
    'unstated-time': [anywhere('届时|到时|到那时')],
    concession: [anywhere('退款|免费|免除|更换|补偿|折扣|赔偿')],
    escalation: [anywhere('已请|已转交|已上报|已升级')],
    reason: [anywhere('保护|为了您的安全|出于安全|因为|由于|是为了')],
    fault: [
      anywhere('弥补'),
      anywhere('(?:我们|我)的(?:错|失误|过失|疏忽)'),
      anywhere('是我们的(?:问题|责任)|是我们(?:不对|做得不好|没做好)|我们(?:做错|犯了错|出错了|失误了)|怪我们'),
      anywhere('让您失望了'),
      anywhere('本(?:不)?(?:该|应该|应)(?:发生|一次|早就|及时)'),
      anywhere('比(?:应有的|应该的|正常)(?:时间)?(?:更)?(?:久|长)'),
      anywhere('您说得对|您说的对|您说得没错'),
      anywhere('完全有道理|有理由生气'),
      anywhere('服务不周|又遇到[^，。；]*服务|不好的服务|服务不好|糟糕的服务|服务很差|服务差'),
      anywhere('不可接受|难以接受'),
    ],
  },
};

/** A gap written as an ellipsis: a blank with no label and nothing to ask for it on Insert. */
export const GAP = /…|\.\.\./u;
