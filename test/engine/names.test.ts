import { describe, expect, it } from 'vitest';
import { greetingName, parseName } from '../../src/engine/names';
import { greekVocative } from '../../src/engine/names/greek';

/**
 * How requesters' names reach a helpdesk (CRM exports "Last, First", web forms in capitals, chat
 * widgets with a first name only, mail clients with an honorific, addresses with no name) and the
 * name each language's greeting puts after "Hi", "Hallo", "Γεια σας", "Dobrý deň," or before 您好.
 * undefined: the greeting goes without a name.
 */
type Case = [display: string, greeting: string | undefined];

const TABLE: Record<string, Case[]> = {
  en: [
    ['Mr John Smith', 'John'],
    ['John Smith', 'John'],
    ['Smith, John', 'John'],
    ['JOHN SMITH', 'John'],
    ['john smith', 'John'],
    ['Mrs Smith', 'Mrs Smith'],
    ['Ms. Jane Doe', 'Jane'],
    ['Dr. Patel', 'Dr Patel'],
    ['Mr. O’BRIEN', 'Mr O’Brien'],
    ['MARY-JANE WATSON', 'Mary-Jane'],
    ['Smith, John Jr.', 'John'],
    ['John Smith (Acme Ltd)', 'John'],
    ['"Sarah Connor" <sarah@example.com>', 'Sarah'],
    ['john.smith', undefined],
    ['john.smith@example.com', undefined],
    ['Customer', undefined],
    ['Visitor 4821', undefined],
    ['Acme GmbH', undefined],
    ['John and Mary Smith', undefined],
    ['Wang Xiaoming', 'Xiaoming'],
    ['Li Wei', 'Li Wei'],
    ['王小明', '王小明'],
    ['Müller, Hans', 'Hans'],
    ['κ. Παπαδόπουλος', undefined],
    ['J. Smith', undefined],
  ],
  de: [
    ['Müller, Hans', 'Hans Müller'],
    ['Frau Anna Schmidt', 'Frau Schmidt'],
    ['Herr Dr. Klaus Weber', 'Herr Dr. Weber'],
    ['Frau Dr. Weber', 'Frau Dr. Weber'],
    ['Prof. Dr. Maria Huber', 'Maria Huber'],
    ['Hans Müller', 'Hans Müller'],
    ['MÜLLER, HANS', 'Hans Müller'],
    ['HANS MÜLLER', 'Hans Müller'],
    ['hans müller', 'Hans Müller'],
    ['Müller', undefined],
    ['Hans', undefined],
    ['Herr Müller', 'Herr Müller'],
    ['Frau von der Leyen', 'Frau von der Leyen'],
    ['Ursula von der Leyen', 'Ursula von der Leyen'],
    ['Kunde', undefined],
    ['Müller GmbH', undefined],
    ['hans.mueller', undefined],
    ['hans.mueller@web.de', undefined],
    ['Hans und Petra Müller', undefined],
    ['Mr John Smith', 'Herr Smith'],
    ['Jean-Paul Schäfer', 'Jean-Paul Schäfer'],
    ['Hans Müller via Zendesk', 'Hans Müller'],
    ['Wang Xiaoming', 'Xiaoming Wang'],
    ['王小明', '王小明'],
  ],
  el: [
    ['Γεώργιος Παπαδόπουλος', 'Γεώργιε'],
    ['ΝΙΚΟΣ', 'Νίκο'],
    ['ΓΕΩΡΓΙΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ', 'Γεώργιε'],
    ['Νίκος Παπαδάκης', 'Νίκο'],
    ['Γιώργος', 'Γιώργο'],
    ['Αλέξανδρος Ιωάννου', 'Αλέξανδρε'],
    ['Κωνσταντίνος Γεωργίου', 'Κωνσταντίνε'],
    ['Στυλιανός Μαρκόπουλος', 'Στυλιανέ'],
    ['Στέλιος Καζαντζίδης', 'Στέλιο'],
    ['Γιάννης Ρίτσος', 'Γιάννη'],
    ['Κώστας', 'Κώστα'],
    ['Θωμάς Ευαγγέλου', 'Θωμά'],
    ['Ελένη Παπαδοπούλου', 'Ελένη'],
    ['ΜΑΡΙΑ ΚΑΡΑΓΙΑΝΝΗ', 'Μαρία'],
    ['Μυρτώ', 'Μυρτώ'],
    ['Παπαδόπουλος, Δημήτριος', 'Δημήτριε'],
    ['κ. Παπαδόπουλος', undefined],
    ['κος Παπαδόπουλος', 'κύριε Παπαδόπουλε'],
    ['κα Παπαδοπούλου', 'κυρία Παπαδοπούλου'],
    ['ΦΡΑΓΚΙΣΚΟΣ', undefined],
    ['Πελάτης', undefined],
    ['nikos.pap', undefined],
    ['John Smith', 'John'],
    ['Κυριάκος Μητσοτάκης', 'Κυριάκο'],
    ['Άγγελος', 'Άγγελε'],
  ],
  sk: [
    ['Jana Nováková', 'pani Nováková'],
    ['Peter Novák', 'pán Novák'],
    ['Nováková, Jana', 'pani Nováková'],
    ['NOVÁK, PETER', 'pán Novák'],
    ['pán Kováč', 'pán Kováč'],
    ['pani Horváthová', 'pani Horváthová'],
    ['Ing. Peter Novák', 'pán Novák'],
    ['Mgr. Zuzana Malá', 'pani Malá'],
    ['Ing. Ján Varga, PhD.', 'pán Varga'],
    ['JUDr. Mária Kováčová', 'pani Kováčová'],
    ['Kim Smith', undefined],
    ['Alex Varga', undefined],
    ['Novák', undefined],
    ['Peter', undefined],
    ['Zákazník', undefined],
    ['peter.novak', undefined],
    ['peter.novak@azet.sk', undefined],
    ['Frau Anna Schmidt', 'pani Schmidt'],
    ['Mr John Smith', 'pán Smith'],
    ['Lukáš Baláž', 'pán Baláž'],
    ['Eva Biela', undefined],
    ['Eva Mrázová', 'pani Mrázová'],
    ['Novák s.r.o.', undefined],
    ['王小明', '王小明'],
  ],
  zh: [
    ['王小明', '王小明'],
    ['王小明先生', '王先生'],
    ['王小明女士', '王女士'],
    ['李女士', '李女士'],
    ['张先生', '张先生'],
    ['欧阳娜娜', '欧阳娜娜'],
    ['欧阳娜娜小姐', '欧阳女士'],
    ['Wang Xiaoming', 'Wang Xiaoming'],
    ['Xiaoming Wang', 'Xiaoming Wang'],
    ['WANG XIAOMING', 'Wang Xiaoming'],
    ['Mr Wang Xiaoming', 'Wang先生'],
    ['Ms Li Na', 'Li女士'],
    ['Li Wei', 'Li Wei'],
    ['客户', undefined],
    ['访客 4821', undefined],
    ['约翰·史密斯', '约翰·史密斯'],
    ['Mr John Smith', 'Smith先生'],
    ['John Smith', 'John Smith'],
    ['john.smith', undefined],
    ['xiaoming@qq.com', undefined],
    ['阿里巴巴集团有限公司', undefined],
    ['Müller, Hans', 'Hans Müller'],
    ['Wang', undefined],
  ],
  no: [
    ['Kari Nordmann', 'Kari'],
    ['Nordmann, Kari', 'Kari'],
    ['KARI NORDMANN', 'Kari'],
    ['fru Kari Nordmann', 'Kari'],
    ['hr. Ola Nordmann', 'Ola'],
    ['Ola', 'Ola'],
    ['ola nordmann', 'Ola'],
    ['Hr. Hansen', undefined],
    ['Bjørn Dæhlie', 'Bjørn'],
    ['ÅSE ØVERLAND', 'Åse'],
    ['Kunde', undefined],
    ['Gjest', undefined],
    ['Ola og Kari Nordmann', undefined],
    ['Nordmann AS', undefined],
    ['ola.nordmann', undefined],
    ['ola.nordmann@online.no', undefined],
    ['Per-Erik Olsen', 'Per-Erik'],
    ['Mr John Smith', 'John'],
    ['Müller, Hans', 'Hans'],
    ['Wang Xiaoming', 'Xiaoming'],
    ['王小明', '王小明'],
  ],
};

describe('greetingName: each language greets requesters as they appear in helpdesks', () => {
  for (const [lang, cases] of Object.entries(TABLE)) {
    it(`${lang}: ${cases.length} names`, () => {
      expect(cases.length).toBeGreaterThanOrEqual(20);
      const wrong = cases.map(([display, want]) => ({ display, want, got: greetingName(display, lang) })).filter((c) => c.got !== c.want);
      expect(wrong).toEqual([]);
    });
  }

  it('a display name that is the address’s local part is no name', () => {
    expect(greetingName('jsmith', 'en', 'jsmith@example.com')).toBeUndefined();
    expect(greetingName('Jsmith', 'en')).toBe('Jsmith');
  });
});

describe('Greek vocative by ending', () => {
  it.each([
    ['Νίκος', 'Νίκο'],
    ['Γεώργιος', 'Γεώργιε'],
    ['Βασίλειος', 'Βασίλειε'],
    ['Αλέξανδρος', 'Αλέξανδρε'],
    ['Παπαδόπουλος', 'Παπαδόπουλε'],
    ['Στυλιανός', 'Στυλιανέ'],
    ['Γιάννης', 'Γιάννη'],
    ['Κώστας', 'Κώστα'],
    ['Θωμάς', 'Θωμά'],
    ['Ελένη', 'Ελένη'],
    ['Μυρτώ', 'Μυρτώ'],
    ['Maya', 'Maya'],
  ])('%s → %s', (name, vocative) => expect(greekVocative(name)).toBe(vocative));
});

it('parseName keeps the parts: "Frau Dr. Anna Schmidt"', () => {
  expect(parseName('Frau Dr. Anna Schmidt')).toMatchObject({ given: 'Anna', family: 'Schmidt', gender: 'f', titles: ['Dr.'] });
});
