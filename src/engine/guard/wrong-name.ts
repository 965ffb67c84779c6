import type { GuardFinding, GuardTicket } from './types';
import { perThread } from './per-thread';
import { fold } from './words';

/** How a reply opens, before the name, in the six languages. */
const OPENERS =
  'hi|hello|hey|dear|good morning|good afternoon|good evening|' +
  'hallo|liebe|lieber|sehr geehrte|sehr geehrter|guten tag|guten morgen|moin|servus|grüß gott|' +
  'hei|kjære|god morgen|god dag|god ettermiddag|god kveld|' +
  'dobrý deň|dobrý večer|dobré ráno|ahoj|vážený|vážená|milý|milá|' +
  'γεια σας|γειά σας|γεια σου|αγαπητέ|αγαπητή|καλημέρα|καλησπέρα|χαίρετε|αξιότιμε|αξιότιμη';
/** Honorifics between the opener and the name. */
const HONORIFICS = '(?:(?:mr|mrs|ms|miss|dr|prof|herr|frau|hr|fru|pán|pani|pane|κύριε|κυρία|κ|κα)\\.?\\s+)*';
const OPENER = new RegExp(`^[ \\t]*(?:${OPENERS})[ \\t]*,?[ \\t]+${HONORIFICS}`, 'imu');
/** Capitalised words (matched without the opener's ignore-case, which would make \\p{Lu} match any letter). */
const NAME = /(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})/uy;
/** 王先生您好 / 小明，您好 / John您好 / 尊敬的王先生： */
const HAN =
  /^[ \t]*(?:(?:尊敬的|亲爱的|親愛的)([^\s，,：:！!您你]{1,12}?)(?:先生|女士|小姐)?[，,：:！!\s]|([^\s，,：:！!您你]{1,12}?)(?:先生|女士|小姐)?[，,]?\s*(?:您好|你好))/mu;
/** Words after an opener that are no one's name. */
const NOT_NAMES = new Set(
  (
    'there all everyone team again folks customer sir madam support ' +
    'zusammen alle allen kunde kundin team ' +
    'alle sammen kunde ' +
    'všetci všetkým zákazník zákazníčka ' +
    'όλους πελάτη πελάτισσα ' +
    '客户 顾客 用户 各位 大家 您'
  )
    .split(' ')
    .map(fold),
);

/** Official Greek names and the everyday forms their owners are greeted by. */
const SAME_NAME = [
  'γεωργιοσ γιωργοσ',
  'ιωαννησ γιαννησ',
  'κωνσταντινοσ κωστασ ντινοσ',
  'δημητριοσ δημητρησ μητσοσ',
  'νικολαοσ νικοσ',
  'παναγιωτησ πανοσ',
  'βασιλειοσ βασιλησ',
  'αθανασιοσ θανασησ σακησ',
  'μιχαηλ μιχαλησ',
  'ευαγγελοσ βαγγελησ',
  'σπυριδων σπυροσ',
  'αντωνιοσ αντωνησ',
  'εμμανουηλ μανωλησ',
  'θεοδωροσ θοδωρησ',
  'στυλιανοσ στελιοσ',
  'χαραλαμποσ μπαμπησ',
  'αναστασιοσ τασοσ',
  'ελευθεριοσ λευτερησ',
  'αικατερινη κατερινα',
  'robert bob rob bobby',
  'william bill will',
  'elizabeth liz beth lisa',
  'michael mike',
  'katherine catherine kate katie',
  'margaret maggie',
  'jennifer jen jenny',
  'thomas tom',
  'james jim jimmy',
  'richard rick dick',
  'johannes hans',
  'ján janko',
].map((line) => line.split(' '));

/**
 * A greeting that names someone who is neither the requester nor a customer in the thread
 * ("Hi Sarah" to Maria Lopez): the name is compared with every customer's name, address and
 * own words (a signature). With no customer name known, nothing is said.
 */
export function wrongName(ticket: GuardTicket, draft: string): GuardFinding[] {
  const greeting = greetedName(draft.slice(0, 200));
  if (!greeting) return [];
  const { greeted, start } = greeting;
  const words = greeted.split(/[\s·]+/).filter(Boolean);
  if (!words.length || words.some((w) => NOT_NAMES.has(fold(w)))) return [];
  const known = knownNames(ticket);
  if (!known.names.length) return [];
  if (words.some((w) => known.words.some((k) => sameName(fold(w), k)))) return [];
  // The draft ends in the name: a typing pause in the middle of it ("Hello Ele") is not a wrong
  // name. Any word the customers wrote counts (a signature is one), but only while nothing
  // follows the name: once the agent writes on, the check above decides.
  const last = fold(words[words.length - 1] as string);
  if (!draft.slice(start + greeted.length).trim() && known.words.some((k) => k.startsWith(last))) return [];
  return [{ id: 'send-wrong-name', span: [start, start + greeted.length], text: greeted, known: known.names }];
}

/** The name a reply's first line greets, and where it starts. */
function greetedName(head: string): { greeted: string; start: number } | undefined {
  const opener = OPENER.exec(head);
  if (opener) {
    NAME.lastIndex = opener.index + opener[0].length;
    const name = NAME.exec(head);
    return name?.[1] ? { greeted: name[1], start: name.index } : undefined;
  }
  const han = HAN.exec(head);
  const greeted = han?.[1] ?? han?.[2];
  return han && greeted ? { greeted, start: han.index + han[0].indexOf(greeted) } : undefined;
}

/** The names, address words and own words of the ticket's customers. */
const knownNames = perThread((ticket): { names: string[]; words: string[] } => {
  const names = [ticket.requester?.name, ...ticket.messages.filter((m) => m.role === 'customer').map((m) => m.author)].filter(
    (n): n is string => !!n?.trim() && !n.includes('@'),
  );
  const texts = [
    ...names,
    ticket.requester?.email?.split('@')[0]?.replace(/[._+-]+/g, ' ') ?? '',
    ...ticket.messages.filter((m) => m.role === 'customer').map((m) => m.text),
  ];
  const words = texts.flatMap((t) => (t.match(/[\p{L}'’-]+/gu) ?? []).map(fold));
  // Han names are not split into words: 王小明 is known by 王, 小明 and 王小明.
  for (const t of texts) for (const run of t.match(/\p{Script=Han}{2,4}/gu) ?? []) words.push(run, run.slice(0, 1), run.slice(1));
  return { names: [...new Set(names.map((n) => n.trim()))], words: [...new Set(words)] };
});

/** The same name in another case or form: Γιώργο and Γιώργος, Παπαδόπουλε and Παπαδόπουλος, Bob and Robert. */
function sameName(greeted: string, known: string): boolean {
  if (greeted === known) return true;
  const shorter = Math.min(greeted.length, known.length);
  const stem = Math.max(4, shorter - 2);
  if (shorter >= 4 && greeted.slice(0, stem) === known.slice(0, stem)) return true;
  return SAME_NAME.some((group) => group.some((g) => sameForm(greeted, g)) && group.some((k) => sameForm(known, k)));
}

function sameForm(word: string, name: string): boolean {
  return word === name || (word.length >= 3 && name.startsWith(word.slice(0, Math.max(3, word.length - 1))));
}
