import { describe, expect, it } from 'vitest';
import { readDeadline } from '../../src/engine/deadline';
import { findPromise } from '../../src/engine/follow-ups';
import { chronoDeadline } from '../../src/lib/due-time';

// Sentences written here for each family of time expression, read on Tuesday 10 February 2026, 09:00 local time.
const REF = new Date(2026, 1, 10, 9, 0).getTime();
const at = (y: number, m: number, d: number, h: number, min = 0) => new Date(y, m - 1, d, h, min).getTime();
const due = (text: string, lang: string) => {
  const read = readDeadline(text, lang, REF);
  return typeof read === 'object' ? read.due : read;
};

describe('ordinal day words before or after a month name are a date', () => {
  it.each([
    ['en', 'We will ship it by the twenty-second of March.', at(2026, 3, 22, 17)],
    ['en', 'You will have it by April third.', at(2026, 4, 3, 17)],
    ['de', 'Wir liefern bis zum vierundzwanzigsten April.', at(2026, 4, 24, 17)],
    ['de', 'Die Gutschrift kommt am zweiten Tag im Mai.', at(2026, 5, 2, 17)],
    ['no', 'Pakken er fremme innen femtende april.', at(2026, 4, 15, 17)],
    ['no', 'Du får svar innen åttende mai.', at(2026, 5, 8, 17)],
    ['no', 'Du får svar innen attende mai.', at(2026, 5, 18, 17)],
    ['el', 'Θα το λάβετε έως την τρίτη Απριλίου.', at(2026, 4, 3, 17)],
    ['el', 'Θα σας απαντήσουμε την εικοστή πρώτη Μαρτίου.', at(2026, 3, 21, 17)],
    ['sk', 'Tovar doručíme do dvadsiateho druhého marca.', at(2026, 3, 22, 17)],
  ])('%s: %s', (lang, text, want) => expect(due(text, lang)).toBe(want));

  it('a Greek weekday with a numeric date stays the date, and an ordinal without a month is no date', () => {
    expect(due('Θα σας καλέσω την Τρίτη 17 Φεβρουαρίου.', 'el')).toBe(at(2026, 2, 17, 17));
    expect(due('I will fix the second item.', 'en')).toBeUndefined();
  });
});

describe('minutes said in words after the hour', () => {
  it.each([
    ['en', 'I will call you at eight forty-five pm.', at(2026, 2, 10, 20, 45)],
    ['en', 'Expect my call at nine oh five.', at(2026, 2, 10, 9, 5)],
    ['de', 'Ich rufe Sie um 16 Uhr 45 an.', at(2026, 2, 10, 16, 45)],
    ['de', 'Ich rufe Sie um zehn Uhr dreißig an.', at(2026, 2, 10, 10, 30)],
    ['el', 'Θα σας καλέσω στις πέντε και σαράντα.', at(2026, 2, 10, 17, 40)],
    ['el', 'Θα σας καλέσω στις 6 παρά 20.', at(2026, 2, 10, 17, 40)],
  ])('%s: %s', (lang, text, want) => expect(due(text, lang)).toBe(want));

  it('a count of things after an hour is no minute', () => {
    expect(due('Ich rufe Sie um 16 20 mal an.', 'de')).not.toBe(at(2026, 2, 10, 16, 20));
  });
});

describe('the beginning or middle of a week or month', () => {
  it.each([
    ['en', 'We will confirm it at the start of next week.', at(2026, 2, 18, 17)],
    ['en', 'The refund will arrive by mid April.', at(2026, 4, 20, 17)],
    ['de', 'Wir melden uns Anfang nächster Woche.', at(2026, 2, 18, 17)],
    ['de', 'Die Ware kommt bis Mitte des nächsten Monats.', at(2026, 3, 20, 17)],
    ['el', 'Θα σας ενημερώσουμε στις αρχές Απριλίου.', at(2026, 4, 10, 17)],
    ['no', 'Vi sender den i midten av neste måned.', at(2026, 3, 20, 17)],
    ['sk', 'Ozveme sa vám začiatkom budúceho mesiaca.', at(2026, 3, 10, 17)],
    ['zh', '我们会在下周初给您答复。', at(2026, 2, 18, 17)],
    ['zh', '退款会在四月中旬到账。', at(2026, 4, 20, 17)],
  ])('%s: %s', (lang, text, want) => expect(due(text, lang)).toBe(want));

  it('"μέσα σε" before a count is still a span, not the middle of anything', () => {
    expect(due('Θα σας απαντήσουμε μέσα σε 3 μέρες.', 'el')).toBe(at(2026, 2, 13, 9));
  });
});

describe('Chinese dates in numerals', () => {
  it.each([
    ['我们会在二零二六年五月廿一日给您答复。', at(2026, 5, 21, 17)],
    ['包裹会在二〇二七年一月三号寄出。', at(2027, 1, 3, 17)],
  ])('%s', (text, want) => expect(due(text, 'zh')).toBe(want));
});

describe('a bare hour before a part of the day takes that part', () => {
  it.each([
    ['en', 'I will call you back 6 in the evening.', at(2026, 2, 10, 18)],
    ['de', 'Ich rufe Sie 9 am Abend an.', at(2026, 2, 10, 21)],
    ['el', 'Θα σας καλέσω 7 το απόγευμα.', at(2026, 2, 10, 19)],
    ['no', 'Jeg ringer deg 10 om formiddagen.', at(2026, 2, 10, 10)],
  ])('%s: %s', (lang, text, want) => expect(due(text, lang)).toBe(want));
});

describe('"najbližší" weekday and "first thing" around a day', () => {
  it('najbližší utorok said on a Tuesday is next week', () => {
    expect(due('Ozvem sa vám najbližší utorok.', 'sk')).toBe(at(2026, 2, 17, 17));
  });
  it.each([
    ['sk', 'Pošlem to hneď zajtra ráno.', at(2026, 2, 11, 9)],
    ['no', 'Jeg sjekker det først på torsdag.', at(2026, 2, 12, 9)],
  ])('%s: %s is the start of the working day', (lang, text, want) => expect(due(text, lang)).toBe(want));
});

describe('clock times in their local forms', () => {
  it.each([
    ['en', 'I will ring you at twenty-five to six.', at(2026, 2, 10, 17, 35)],
    ['en', 'I will ring you at ten past five.', at(2026, 2, 10, 17, 10)],
    ['en', 'The fix will be live by midnight.', at(2026, 2, 11, 0)],
    ['de', 'Ich rufe Sie um dreiviertel fünf an.', at(2026, 2, 10, 16, 45)],
    ['de', 'Ich rufe Sie um viertel sechs an.', at(2026, 2, 10, 17, 15)],
    ['de', 'Ich rufe Sie um zehn nach halb fünf an.', at(2026, 2, 10, 16, 40)],
    ['de', 'Ich rufe Sie um 16 Uhr 45 an.', at(2026, 2, 10, 16, 45)],
    ['no', 'Jeg ringer deg ti på halv fem.', at(2026, 2, 10, 16, 20)],
    ['el', 'Θα είναι έτοιμο ως τα μεσάνυχτα.', at(2026, 2, 11, 0)],
    ['zh', '我会在四点差十分给您回电。', at(2026, 2, 10, 15, 50)],
    ['zh', '我会在十点过十分给您回电。', at(2026, 2, 10, 10, 10)],
    ['sk', 'Opravu nasadíme do polnoci.', at(2026, 2, 11, 0)],
  ])('%s: %s', (lang, text, want) => expect(due(text, lang)).toBe(want));

  it('a range of hours and "the past ten days" are no clock time', () => {
    expect(due('We are open from 9 to 5.', 'en')).toBeUndefined();
    expect(due('I checked the orders from the past ten days.', 'en')).toBe('past');
  });
});

describe('end of a month, the weekend, numeric dates and time zones', () => {
  it.each([
    ['de', 'Wir liefern bis Ende April.', at(2026, 4, 30, 17)],
    ['zh', '我们会在四月底前发货。', at(2026, 4, 30, 17)],
    ['zh', '月底前会退款。', at(2026, 2, 27, 17)],
    ['zh', '我们会在4/20前发货。', at(2026, 4, 20, 17)],
    ['en', 'I will have an answer for you by the weekend.', at(2026, 2, 13, 17)],
    ['no', 'Du får svar til helgen.', at(2026, 2, 13, 17)],
    ['sk', 'Odpoviem vám do víkendu.', at(2026, 2, 13, 17)],
    ['zh', '我们会在周末前回复您。', at(2026, 2, 13, 17)],
    ['no', 'Du får svar i løpet av de neste 2 dagene.', at(2026, 2, 12, 9)],
    ['no', 'Du får svar innen dagens slutt.', at(2026, 2, 10, 17)],
  ])('%s: %s', (lang, text, want) => expect(due(text, lang)).toBe(want));

  it('a zone after "Uhr" or with an offset moves the clock to the writer\'s', () => {
    const read = (text: string, lang: string) => {
      const r = readDeadline(text, lang, REF, { offset: 0 });
      return typeof r === 'object' ? r.due : r;
    };
    expect(read('Ich rufe Sie um 14 Uhr MEZ an.', 'de')).toBe(at(2026, 2, 10, 13));
    expect(read('I will call you at 3pm UTC+2.', 'en')).toBe(at(2026, 2, 10, 13));
  });
});

describe('spans counted from now, "during the week", parts written into a German weekday', () => {
  it.each([
    ['en', 'You will get the replacement two weeks from today.', at(2026, 2, 24, 9)],
    ['de', 'Sie erhalten die Antwort 3 Tage ab heute.', at(2026, 2, 13, 9)],
    ['en', 'I will sort this out during the week.', at(2026, 2, 13, 17)],
    ['de', 'Wir klären das im Laufe des Monats.', at(2026, 2, 27, 17)],
    ['el', 'Θα σας απαντήσω μέσα στην εβδομάδα.', at(2026, 2, 13, 17)],
    ['no', 'Vi ordner det i løpet av uka.', at(2026, 2, 13, 17)],
    ['de', 'Ich melde mich Donnerstagnachmittag.', at(2026, 2, 12, 16)],
    ['de', 'Ich melde mich morgen um die Mittagszeit.', at(2026, 2, 11, 12)],
  ])('%s: %s', (lang, text, want) => expect(due(text, lang)).toBe(want));

  it.each([
    ['zh', '我们一周前已经寄出了。'],
    ['zh', '两个小时以前我给您发过邮件。'],
    ['de', 'Das war Anfang letzter Woche.'],
    ['en', 'We shipped it at the beginning of last month.'],
    ['no', 'Vi sendte den i begynnelsen av forrige uke.'],
  ])('%s: "%s" points back and is no deadline', (lang, text) => expect(due(text, lang)).toBe('past'));
});

describe('the first or last week of a month', () => {
  it.each([
    ['en', 'We will deliver in the last week of March.', at(2026, 3, 27, 17)],
    ['de', 'Wir liefern in der ersten Woche im April.', at(2026, 4, 10, 17)],
    ['no', 'Vi leverer i siste uke i april.', at(2026, 4, 24, 17)],
    ['el', 'Θα παραδώσουμε την πρώτη εβδομάδα του Μαΐου.', at(2026, 5, 8, 17)],
  ])('%s: %s', (lang, text, want) => expect(due(text, lang)).toBe(want));

  it('"last week" alone still points back', () => {
    expect(due('I sent it last week.', 'en')).toBe('past');
    expect(due('Ich habe es letzte Woche geschickt.', 'de')).toBe('past');
  });
});

describe('the words a deadline is quoted by', () => {
  const quoted = (text: string, lang: string) => {
    const d = readDeadline(text, lang, Date.now());
    return d && d !== 'past' ? text.slice(d.start, d.end) : undefined;
  };
  it('end at the end of the unit word, not at its stem', () => {
    expect(quoted("I'll get back to you within 2 minutes.", 'en')).toBe('within 2 minutes');
    expect(quoted('Ich melde mich innerhalb von 2 Stunden.', 'de')).toBe('innerhalb von 2 Stunden');
    expect(quoted('Ozvem sa do 2 hodín.', 'sk')).toMatch(/2 hodín$/);
  });
});

describe('traditional characters, Cantonese minutes and the Greek Wednesday', () => {
  it.each([
    ['zh', '我们会在下週三给您答复。', at(2026, 2, 18, 17)],
    ['zh', '我们会在禮拜五给您答复。', at(2026, 2, 13, 17)],
    ['zh', '我们会在晏晝三點踏三给您答复。', at(2026, 2, 10, 15, 15)],
    ['zh', '我们会在下晝四點兩個字给您答复。', at(2026, 2, 10, 16, 10)],
    ['zh', '我们会在下午四点零五给您答复。', at(2026, 2, 10, 16, 5)],
    ['zh', '我们会在下午四点十五给您答复。', at(2026, 2, 10, 16, 15)],
    ['el', 'Θα σας καλέσουμε την πρώτη Τετάρτη του Απριλίου.', at(2026, 4, 1, 17)],
    ['el', 'Θα το λάβετε έως την τέταρτη Απριλίου.', at(2026, 4, 4, 17)],
  ])('%s: %s', (lang, text, want) => expect(due(text, lang)).toBe(want));

  it('"上禮拜天" points back', () => expect(due('我们上禮拜天已经寄出。', 'zh')).toBe('past'));
});

describe('a weekday with a day of the month and no month', () => {
  it.each([
    // REF is Tuesday 10 February 2026: the next 15th on a Thursday is in October.
    ['en', 'I will update you by Thu 15th.', at(2026, 10, 15, 17)],
    ['en', 'I will update you by Friday the 13th.', at(2026, 2, 13, 17)],
    ['de', 'Ich melde mich am Freitag, den 13. bei Ihnen.', at(2026, 2, 13, 17)],
  ])('%s: %s', (lang, text, want) => expect(due(text, lang)).toBe(want));

  it('a clock time after the weekday stays a clock time', () => {
    expect(due("I'll call you Thursday 3pm.", 'en')).toBe(at(2026, 2, 12, 15));
  });
});

describe('Chinese counts, zones, days of a month and weekends', () => {
  // REF is Tuesday 10 February 2026, 09:00.
  it.each([
    ['zh', '我们会在二十五分钟内回复您。', at(2026, 2, 10, 9, 25)],
    ['zh', '我们会在两个半小时内回复您。', at(2026, 2, 10, 11, 30)],
    ['zh', '三刻钟后我再联系您。', at(2026, 2, 10, 9, 45)],
    ['zh', '我們將於五日內寄出。', at(2026, 2, 15, 9)],
    ['zh', '我们会在25号前把发票寄给您。', at(2026, 2, 25, 17)],
    ['zh', '新卡3.6寄出。', at(2026, 3, 6, 17)],
    ['zh', '我们会在3月的第二个周五上门。', at(2026, 3, 13, 17)],
    ['zh', '我们会在本月最后一个周四结算。', at(2026, 2, 26, 17)],
    ['zh', '退款会在下个月的最后一天前完成。', at(2026, 3, 31, 17)],
    ['zh', '退款会在3月第一个工作日处理。', at(2026, 3, 2, 17)],
    ['zh', '下下周三我们再联系您。', at(2026, 2, 25, 17)],
    ['zh', '师傅这个周末上门。', at(2026, 2, 14, 17)],
    ['zh', '我们大后天寄出。', at(2026, 2, 13, 17)],
    ['zh', '系统会在午夜十二点完成退款。', at(2026, 2, 11, 0)],
    ['zh', '专员将于下午兩點半致电。', at(2026, 2, 10, 14, 30)],
    ['zh', '我们下午五点差一刻回复您。', at(2026, 2, 10, 16, 45)],
  ])('%s: %s', (lang, text, want) => expect(due(text, lang)).toBe(want));

  it("a zone named before the time moves it to the writer's", () => {
    const read = (text: string) => {
      const r = readDeadline(text, 'zh', REF, { offset: 0 });
      return typeof r === 'object' ? r.due : r;
    };
    expect(read('我们会在北京时间下午6点前回复。')).toBe(at(2026, 2, 10, 10));
    expect(read('维护会在UTC+1 11:00结束。')).toBe(at(2026, 2, 10, 10));
  });

  it('"本周一" said on a Tuesday and "今天凌晨" before the time it is said point back', () => {
    expect(due('我们会核实您本周一提交的申请。', 'zh')).toBe('past');
    const early = readDeadline('我会查一下今天凌晨两点那次登录。', 'zh', REF);
    expect(typeof early === 'object' ? early.due < REF : early).toBe(true);
  });
});

describe('Norwegian counts and halves, ISO weeks, the Nth weekday and the last day of a month, local zones', () => {
  // REF is Tuesday 10 February 2026, 09:00.
  it.each([
    ['no', 'Du får svar om førtifem minutter.', at(2026, 2, 10, 9, 45)],
    ['no', 'Teknikeren er hos deg om halvannen time.', at(2026, 2, 10, 10, 30)],
    ['no', 'Systemet er oppe igjen om to og en halv time.', at(2026, 2, 10, 11, 30)],
    ['no', 'Oppgraderingen er ferdig om 1,5 timer.', at(2026, 2, 10, 10, 30)],
    ['no', 'Vi svarer om tre kvarter.', at(2026, 2, 10, 9, 45)],
    ['no', 'Endringen er synlig om to døgn.', at(2026, 2, 12, 9)],
    ['no', 'Jeg ringer deg i ettermiddag ved firetiden.', at(2026, 2, 10, 16)],
    ['no', 'Vi oppdaterer ruteren natt til torsdag kl. 03.', at(2026, 2, 12, 3)],
    ['no', 'Leveransen er planlagt torsdag i uke 10.', at(2026, 3, 5, 17)],
    ['de', 'Die Lieferung kommt in KW 11.', at(2026, 3, 13, 17)],
    ['no', 'Møtet holdes den tredje onsdagen i mars.', at(2026, 3, 18, 17)],
    ['en', 'We will call you on the second Monday of March.', at(2026, 3, 9, 17)],
    ['en', 'The refund is paid on the last day of the month.', at(2026, 2, 28, 17)],
    ['no', 'Beløpet trekkes månedens siste dag.', at(2026, 2, 28, 17)],
    ['no', 'Bindingstiden går ut i mars 2027.', at(2027, 3, 31, 17)],
  ])('%s: %s', (lang, text, want) => expect(due(text, lang)).toBe(want));

  it("a country's own time after the clock moves it, an hour more in summer", () => {
    const read = (text: string, ref = REF) => {
      const r = readDeadline(text, 'no', ref, { offset: 0 });
      return typeof r === 'object' ? r.due : r;
    };
    expect(read('Jeg ringer deg kl. 15 norsk tid.')).toBe(at(2026, 2, 10, 14));
    const july = new Date(2026, 6, 7, 9).getTime();
    expect(read('Jeg ringer deg kl. 15 norsk tid.', july)).toBe(at(2026, 7, 7, 13));
  });

  it("a date a few days gone, without a year, points back; one months gone is next year's", () => {
    expect(due('Jeg sjekker hva som skjedde med betalingen den 1. februar.', 'no')).toBe('past');
    expect(due('Vi fornyer avtalen 2. januar.', 'no')).toBe(at(2027, 1, 2, 17));
  });
});

describe('an English time that dates something done is no deadline', () => {
  it.each([
    'I will check the payment you sent on 4 January.',
    'We will trace the parcel posted on March 2.',
    'I will answer the question we received in November.',
    'I will look at the screenshots from Monday morning that you uploaded.',
  ])('%s', (text) => expect(due(text, 'en')).toBe('past'));

  it.each([
    ['The parcel will be posted on March 2.', at(2026, 3, 2, 17)],
    ["I'll have it fixed on Friday.", at(2026, 2, 13, 17)],
    ['We will have your account updated on Thursday.', at(2026, 2, 12, 17)],
    ['I will check the payment you sent on 4 January and reply by Friday.', at(2026, 2, 13, 17)],
  ])('a future passive, a causative or another time still reads: %s', (text, want) => expect(due(text, 'en')).toBe(want));
});

describe('the nth weekday or working day of a month, in English', () => {
  it.each([
    ['We will send it on the third Thursday of April.', at(2026, 4, 16, 17)],
    ['Your refund will go out on the last Monday of the month.', at(2026, 2, 23, 17)],
    ['We will review it on the first Monday of the month.', at(2026, 3, 2, 17)],
    ['The invoice will be issued on the last business day of next month.', at(2026, 3, 31, 17)],
    ['Your card will be sent on the 2nd Friday of May.', at(2026, 5, 8, 17)],
  ])('%s', (text, want) => expect(due(text, 'en')).toBe(want));
});

describe('spans: larger counts in words, ranges to their end, halves, fortnights', () => {
  it.each([
    ['en', 'The new password will work in thirty-six hours.', at(2026, 2, 11, 21)],
    ['en', 'We will refund you within 7-10 days.', at(2026, 2, 20, 9)],
    ['en', 'We will confirm within two or three working days.', at(2026, 2, 13, 17)],
    ['en', 'You will hear from us in a week or two.', at(2026, 2, 24, 9)],
    ['en', 'The upload will finish in three and a half hours.', at(2026, 2, 10, 12, 30)],
    ['en', 'The account will unlock in a day and a half.', at(2026, 2, 11, 21)],
    ['en', 'The courier will collect it within a fortnight.', at(2026, 2, 24, 9)],
    ['en', 'A manager will call you within two (2) business days.', at(2026, 2, 12, 17)],
    ['de', 'Wir melden uns innerhalb von 2-3 Tagen.', at(2026, 2, 13, 9)],
  ])('%s: %s', (lang, text, want) => expect(due(text, lang)).toBe(want));

  it('half an hour stays half an hour', () => {
    expect(due('I will call you back in half an hour.', 'en')).toBe(at(2026, 2, 10, 9, 30));
  });
});

describe('English short forms and misspellings agents type', () => {
  it.each([
    ['I will call you on wensday.', at(2026, 2, 11, 17)],
    ['You will get it tommorow.', at(2026, 2, 11, 17)],
    ['I will follow up nxt week.', at(2026, 2, 20, 17)],
    ['We will ship it 2day.', at(2026, 2, 10, 17)],
    ['It will be with you day after tomorrow.', at(2026, 2, 12, 17)],
    ['I will email you by Weds 25th.', at(2026, 2, 25, 17)],
    ['We will deploy it early Thursday morning.', at(2026, 2, 12, 8)],
    ['We will finish by this coming Saturday.', at(2026, 2, 14, 17)],
  ])('%s', (text, want) => expect(due(text, 'en')).toBe(want));
});

describe('English spans from a day, not from now', () => {
  it.each([
    ['The parts will arrive Tuesday week.', at(2026, 2, 24, 17)],
    ['We will call you a week from Thursday.', at(2026, 2, 19, 17)],
    ['The engineer will come three days after tomorrow.', at(2026, 2, 14, 17)],
    ['The new stock will arrive the month after next.', at(2026, 4, 30, 17)],
    ['Your access will be back by this time tomorrow.', at(2026, 2, 11, 9)],
  ])('%s', (text, want) => expect(due(text, 'en')).toBe(want));
});

describe('clock times: more zones, North American zones by season, the 24-hour clock', () => {
  const read = (text: string) => {
    const r = readDeadline(text, 'en', REF, { offset: 0 });
    return typeof r === 'object' ? r.due : r;
  };
  it.each([
    ['I will call you at 10 am PT on Thursday.', at(2026, 2, 12, 18)],
    ['We will call you on 15 April at 9 am ET.', at(2026, 4, 15, 13)],
    ['Our Melbourne team will call at 8 am AEDT on Friday.', at(2026, 2, 12, 21)],
  ])('%s', (text, want) => expect(read(text)).toBe(want));

  it('an hour written with a leading zero is the 24-hour clock; without one, 1–7 is the afternoon', () => {
    expect(due('The backup will finish at 05:30.', 'en')).toBe(at(2026, 2, 11, 5, 30));
    expect(due('The backup will finish at 5:30.', 'en')).toBe(at(2026, 2, 10, 17, 30));
  });
});

describe('a span counted with a fraction, a decimal or a number word past twelve', () => {
  it.each([
    ['de', 'Der Kurier ist in anderthalb Stunden da.', at(2026, 2, 10, 10, 30)],
    ['de', 'Die Prüfung ist in zweieinhalb Stunden fertig.', at(2026, 2, 10, 11, 30)],
    ['de', 'Das Update läuft in eineinviertel Stunden durch.', at(2026, 2, 10, 10, 15)],
    ['de', 'Sie hören in einer Dreiviertelstunde von mir.', at(2026, 2, 10, 9, 45)],
    ['de', 'Der Rückruf kommt in 1,5 Std.', at(2026, 2, 10, 10, 30)],
    ['de', 'Wir antworten innert 2 Tagen.', at(2026, 2, 12, 9)],
    ['de', 'Ich melde mich in fünfzehn Minuten.', at(2026, 2, 10, 9, 15)],
    ['de', 'Wir prüfen den Vertrag in einem halben Jahr.', at(2026, 8, 10, 9)],
    ['en', 'I will call you back within twenty minutes.', at(2026, 2, 10, 9, 20)],
  ])('%s: %s', (lang, text, want) => expect(due(text, lang)).toBe(want));
});

describe('German clock, zone and day forms', () => {
  it.each([
    // A zone named by its place, with its summer time (REF is in winter; 15 July is in summer).
    ['de', 'Wir rufen Sie um 14 Uhr deutscher Zeit an.', at(2026, 2, 10, 14) + (-new Date(REF).getTimezoneOffset() - 60) * 60_000],
    ['de', 'Das Team meldet sich um 9 Uhr New Yorker Zeit.', at(2026, 2, 10, 9) + (-new Date(REF).getTimezoneOffset() + 300) * 60_000],
    // Minutes after "Uhr" at the end of a sentence; midnight as "24 Uhr".
    ['de', 'Der Link kommt um 18 Uhr 45.', at(2026, 2, 10, 18, 45)],
    ['de', 'Sie haben den Code bis 24 Uhr.', at(2026, 2, 11, 0)],
    // A weekday and its part as one word; "frueh" and "uebermorgen" written without umlauts.
    ['de', 'Die Umstellung erfolgt am Mittwochabend.', at(2026, 2, 11, 18)],
    ['de', 'Ich erledige das morgen frueh.', at(2026, 2, 11, 9)],
    ['de', 'Das Paket ist uebermorgen bei Ihnen.', at(2026, 2, 12, 17)],
    // Today and tomorrow as adjectives, and "im Laufe des Tages".
    ['de', 'Die Freischaltung erfolgt am heutigen Tag.', at(2026, 2, 10, 17)],
    ['de', 'Sie hören im Laufe des morgigen Nachmittags von uns.', at(2026, 2, 11, 16)],
    ['de', 'Wir schalten die Leitung im Laufe des Tages frei.', at(2026, 2, 10, 17)],
  ])('%s: %s', (lang, text, want) => expect(due(text, lang)).toBe(want));

  it('a zone named by its place keeps its summer time', () => {
    const july = new Date(2026, 6, 14, 9).getTime();
    const read = readDeadline('Wir rufen Sie um 14 Uhr Berliner Zeit an.', 'de', july);
    expect(typeof read === 'object' && read.due).toBe(
      new Date(2026, 6, 14, 14).getTime() + (-new Date(july).getTimezoneOffset() - 120) * 60_000,
    );
  });
});

describe('the nth or last weekday or working day of a month', () => {
  it.each([
    ['de', 'Der Termin ist am zweiten Donnerstag im März.', at(2026, 3, 12, 17)],
    ['de', 'Die Schulung läuft am 3. Freitag im April.', at(2026, 4, 17, 17)],
    ['de', 'Die Abrechnung kommt am letzten Donnerstag des Monats.', at(2026, 2, 26, 17)],
    ['de', 'Wir liefern am ersten Mittwoch des nächsten Monats.', at(2026, 3, 4, 17)],
    ['de', 'Die Gutschrift erfolgt am letzten Werktag des Monats.', at(2026, 2, 27, 17)],
    ['en', 'We will send it on the second Monday of March.', at(2026, 3, 9, 17)],
    // The first of the month as German writes it: a noun, or "zum N." with no month.
    ['de', 'Die Kündigung wird zum Ersten des nächsten Monats wirksam.', at(2026, 3, 1, 17)],
    ['de', 'Der Beitrag wird am Ersten abgebucht.', at(2026, 3, 1, 17)],
    ['de', 'Sie erhalten die Gutschrift bis zum 20.', at(2026, 2, 20, 17)],
  ])('%s: %s', (lang, text, want) => expect(due(text, lang)).toBe(want));

  it('"letzten Freitag" alone still points back, and "am ersten Termin" is no date', () => {
    expect(due('Wir haben das letzten Freitag verschickt.', 'de')).toBe('past');
    expect(due('Wir sprechen am ersten Termin darüber.', 'de')).toBeUndefined();
  });

  it('keeps "am 1. Montag im April" one sentence', () => {
    const sent = new Date(2026, 1, 10, 9).getTime();
    expect(findPromise('Wir schalten den Anschluss am 1. Montag im April frei.', sent, chronoDeadline, {}, 'de')?.due).toBe(
      at(2026, 4, 6, 17),
    );
  });
});

describe('German periods by name: the end of a month, quarter or year, a calendar week, the weekend, named days', () => {
  it.each([
    ['de', 'Die Rate wird per Ultimo eingezogen.', at(2026, 2, 27, 17)],
    ['de', 'Die Prämie wird bis Quartalsende ausgezahlt.', at(2026, 3, 31, 17)],
    ['de', 'Der Umbau ist bis zum Jahresende fertig.', at(2026, 12, 31, 17)],
    ['de', 'Die Ware kommt in KW 12.', at(2026, 3, 20, 17)],
    ['de', 'Sie erhalten den Bericht bis Ende Kalenderwoche 8.', at(2026, 2, 20, 17)],
    ['de', 'Ich kläre das nächste Wo.', at(2026, 2, 20, 17)],
    ['de', 'Der Umzug der Server erfolgt am Wochenende.', at(2026, 2, 14, 17)],
    ['de', 'Die Lieferung kommt zum Wochenende hin.', at(2026, 2, 13, 17)],
    ['de', 'Die Karte ist an Heiligabend bei Ihnen.', at(2026, 12, 24, 17)],
    ['de', 'Das Paket kommt am Valentinstag.', at(2026, 2, 14, 17)],
    // Easter Sunday 2026 is 5 April: "bis Ostern" is the last working day before it.
    ['de', 'Die Ware ist bis Ostern bei Ihnen.', at(2026, 4, 3, 17)],
    ['de', 'Wir liefern am Ostermontag.', at(2026, 4, 6, 17)],
    // A month with its year; a month named after "im Laufe des Monats".
    ['de', 'Der Austausch ist im Oktober 2027 geplant.', at(2027, 10, 29, 17)],
    ['de', 'Die Umstellung erfolgt im Laufe des Monats Juni.', at(2026, 6, 30, 17)],
  ])('%s: %s', (lang, text, want) => expect(due(text, lang)).toBe(want));
});

describe('a span counted from the day named before it', () => {
  it.each([
    ['de', 'Der Monteur kommt morgen in einer Woche.', at(2026, 2, 18, 9)],
    ['de', 'Die Möbel kommen übermorgen in zwei Wochen.', at(2026, 2, 26, 9)],
    // "heute in acht Tagen" is a week; "in acht Tagen" alone stays eight days.
    ['de', 'Die Möbel kommen heute in acht Tagen.', at(2026, 2, 17, 9)],
    ['de', 'Die Möbel kommen in acht Tagen.', at(2026, 2, 18, 9)],
  ])('%s: %s', (lang, text, want) => expect(due(text, lang)).toBe(want));

  it('takes a German statement opened by "der" for a promise', () => {
    const sent = new Date(2026, 1, 10, 9).getTime();
    expect(findPromise('Der Termin findet am Do., 12.3. statt.', sent, chronoDeadline, {}, 'de')?.due).toBe(at(2026, 3, 12, 17));
  });
});

describe('the week after next, and German "in der Woche" as during a week', () => {
  it.each([
    ['de', 'Die Montage ist übernächste Woche.', at(2026, 2, 27, 17)],
    ['de', 'Wir melden uns Anfang der übernächsten Woche.', at(2026, 2, 25, 17)],
    ['de', 'Die Umstellung erfolgt in der Woche ab dem 23. Februar.', at(2026, 2, 23, 17)],
    ['de', 'Sie hören innerhalb einer Woche von uns.', at(2026, 2, 17, 9)],
  ])('%s: %s', (lang, text, want) => expect(due(text, lang)).toBe(want));
});

describe('a month with its year, the end of a year or quarter, late in a week or month', () => {
  it.each([
    ['en', 'We will upgrade you in September 2027.', at(2027, 9, 30, 17)],
    ['de', 'Wir liefern im Juni 2027.', at(2027, 6, 30, 17)],
    ['en', 'The feature will ship by the end of the year.', at(2026, 12, 31, 17)],
    ['en', 'It will be ready by the end of Q3.', at(2026, 9, 30, 17)],
    ['en', 'We will migrate you by the end of next quarter.', at(2026, 6, 30, 17)],
    ['en', 'Your order will arrive in late April.', at(2026, 4, 30, 17)],
    ['en', 'We will call you late next week.', at(2026, 2, 20, 17)],
  ])('%s: %s', (lang, text, want) => expect(due(text, lang)).toBe(want));
});

describe('English: a day-first date where month first cannot be, N weekdays from now, fixed-day holidays', () => {
  it.each([
    ['I will reply by Friday 27/02.', at(2026, 2, 27, 17)],
    ['We will call you two Fridays from now.', at(2026, 2, 20, 17)],
    ["The voucher will stay valid until New Year's Eve.", at(2026, 12, 31, 17)],
    ['We will deliver it before Christmas.', at(2026, 12, 25, 17)],
  ])('%s', (text, want) => expect(due(text, 'en')).toBe(want));
});

describe('English: days counted from a month’s end, and the weekday closest to a date', () => {
  it.each([
    ['We will close the ticket on the second last Friday of March.', at(2026, 3, 20, 17)],
    ['The report will be out on the third last day of April.', at(2026, 4, 28, 17)],
    ['We will visit on the closest Saturday to 20 March.', at(2026, 3, 21, 17)],
    ['We will visit on the second nearest Saturday to 20 March.', at(2026, 3, 14, 17)],
  ])('%s', (text, want) => expect(due(text, 'en')).toBe(want));
});

describe('a contraction or a plan before a participle is no past', () => {
  it.each([
    ["It's updated at 3pm on Friday, and we will email you then.", at(2026, 2, 13, 15)],
    ['The engineer visit scheduled on Thursday will go ahead.', at(2026, 2, 12, 17)],
  ])('%s', (text, want) => expect(due(text, 'en')).toBe(want));
});

describe('Greek: a time in a relative clause with a past verb says when it happened', () => {
  it.each([
    'Θα ελέγξουμε το δέμα που στείλαμε την Πέμπτη.',
    'Θα σας επιστρέψουμε το ποσό της συναλλαγής που έγινε στις 3 Φεβρουαρίου.',
    'Θα δούμε την αίτηση που υποβλήθηκε τη Δευτέρα.',
    'Θα ελέγξω την πληρωμή που κάνατε πριν από λίγο.',
    'Θα σας καλέσω για τη βλάβη που είδατε σήμερα νωρίτερα στις 8.',
    'Θα εξετάσουμε το αίτημα της Τετάρτης που μας πέρασε.',
    // Not only after "που": a past verb right before the time, or a pluperfect.
    'Θα ελέγξουμε γιατί το δέμα δεν έφτασε τη Δευτέρα.',
    'Θα δούμε γιατί χρεωθήκατε στις 2 Φεβρουαρίου.',
    'Θα ελέγξουμε την αίτηση που είχατε στείλει την Κυριακή.',
  ])('%s', (text) => expect(readDeadline(text, 'el', REF)).toBe('past'));

  it('a future, a time adverb in -ε or a conditional after θα is no past', () => {
    expect(due('Η αναβάθμιση θα ξεκινήσει απόψε στις 10 και θα σας ενημερώσουμε.', 'el')).toBe(at(2026, 2, 10, 22));
    expect(due('Θα σας καλέσουμε όταν έρθει το δέμα, την Πέμπτη.', 'el')).toBe(at(2026, 2, 12, 17));
  });

  it('a present, a future or a clause closed by "και" keeps its deadline', () => {
    expect(due('Θα σας στείλουμε το δέμα που ζητάτε την Παρασκευή.', 'el')).toBe(at(2026, 2, 13, 17));
    expect(due('Θα σας στείλω το έγγραφο που θα υπογράψετε την Πέμπτη.', 'el')).toBe(at(2026, 2, 12, 17));
    expect(due('Θα ελέγξουμε την παραγγελία που κάνατε και θα σας απαντήσουμε την Παρασκευή.', 'el')).toBe(at(2026, 2, 13, 17));
    expect(due('Θα σας ενημερώσουμε νωρίτερα αν γίνεται, το αργότερο την Παρασκευή.', 'el')).toBe(at(2026, 2, 13, 17));
  });
});

describe('the nth weekday, and the first or last (working) day, of a month', () => {
  it.each([
    ['el', 'Η εγκατάσταση θα γίνει την τρίτη Τρίτη του Μαρτίου.', at(2026, 3, 17, 17)],
    ['el', 'Θα σας δούμε την πρώτη Δευτέρα του Απριλίου.', at(2026, 4, 6, 17)],
    ['en', 'We will run the upgrade on the second Monday of April.', at(2026, 4, 13, 17)],
    ['de', 'Wir schicken die Rechnung am letzten Arbeitstag des Monats.', at(2026, 2, 27, 17)],
    ['en', 'The plan will renew on the last day of the month.', at(2026, 2, 28, 17)],
    ['el', 'Η χρέωση θα γίνει την προτελευταία ημέρα του Μαρτίου.', at(2026, 3, 30, 17)],
    ['el', 'Το ποσό θα πιστωθεί την πρώτη εργάσιμη του επόμενου μήνα.', at(2026, 3, 2, 17)],
  ])('%s: %s', (lang, text, want) => expect(due(text, lang)).toBe(want));
});

describe('a day number of this or next month', () => {
  it.each([
    ['el', 'Το τιμολόγιο θα εκδοθεί στις 20 του μηνός.', at(2026, 2, 20, 17)],
    ['el', 'Θα σας καλέσουμε στις 5 του επόμενου μήνα.', at(2026, 3, 5, 17)],
    ['el', 'Η έκπτωση θα ισχύσει από την 3η του μήνα.', at(2026, 3, 3, 17)],
    ['en', 'We will bill you on the 5th of the month.', at(2026, 3, 5, 17)],
  ])('%s: %s', (lang, text, want) => expect(due(text, lang)).toBe(want));
});

describe('spans of time: counts in words past twelve, a count and a half, hours and minutes', () => {
  it.each([
    ['el', 'Θα σας στείλουμε την απάντηση σε τεσσερισήμισι ώρες.', at(2026, 2, 10, 13, 30)],
    ['el', 'Ο τεχνικός θα είναι εκεί σε δύο ώρες και δέκα λεπτά.', at(2026, 2, 10, 11, 10)],
    ['el', 'Η κάρτα θα φτάσει μετά από δεκαοχτώ μέρες.', at(2026, 2, 28, 9)],
    ['el', 'Θα σας καλέσω ύστερα από μισή ωρίτσα.', at(2026, 2, 10, 9, 30)],
    ['el', 'Η ανανέωση θα γίνει μέσα σε έναν μήνα.', at(2026, 3, 10, 9)],
    ['en', 'I will call you back in one hour and 15 minutes.', at(2026, 2, 10, 10, 15)],
  ])('%s: %s', (lang, text, want) => expect(due(text, lang)).toBe(want));

  it('a half hour in one word with no unit stays a clock time', () => {
    expect(due('Θα σας καλέσω στις δυόμισι.', 'el')).toBe(at(2026, 2, 10, 14, 30));
  });
});

describe('clock times: Greek noon hours, midnight at 12, number words with a medial sigma, a leading zero', () => {
  it.each([
    ['el', 'Θα σας καλέσουμε στις 3 το μεσημέρι.', at(2026, 2, 10, 15)],
    ['el', 'Θα σας καλέσουμε στις 12 το μεσημέρι.', at(2026, 2, 10, 12)],
    ['el', 'Η σύνδεση θα κοπεί στις 12 τα μεσάνυχτα.', at(2026, 2, 11, 0)],
    ['en', 'The line will be cut at 12 midnight.', at(2026, 2, 11, 0)],
    ['el', 'Θα σας πάρω τηλέφωνο στις τέσσερις και δέκα.', at(2026, 2, 10, 16, 10)],
    ['el', 'Η συντήρηση θα ξεκινήσει στις 05:30.', at(2026, 2, 11, 5, 30)],
    ['en', 'Maintenance will start at 04:15.', at(2026, 2, 11, 4, 15)],
  ])('%s: %s', (lang, text, want) => expect(due(text, lang)).toBe(want));

  it('an hour alone from 1 to 7 is still the afternoon', () => {
    expect(due('Θα σας καλέσουμε στις 5:30.', 'el')).toBe(at(2026, 2, 10, 17, 30));
  });
});

describe('Greek days, weeks and months in everyday words', () => {
  it.each([
    ['el', 'Θα σας στείλουμε το δέμα στις 7 Μάη.', at(2026, 5, 7, 17)],
    ['el', 'Η πληρωμή θα γίνει στις 3 Γενάρη.', at(2027, 1, 3, 17)],
    ['el', 'Θα σας απαντήσουμε στις δεκαοχτώ Μαρτίου.', at(2026, 3, 18, 17)],
    ['el', 'Η συσκευή θα είναι διαθέσιμη τον Ιούνιο του 2027.', at(2027, 6, 30, 17)],
    ['en', 'The new plan will launch in June 2027.', at(2027, 6, 30, 17)],
    ['el', 'Θα σας ενημερώσουμε μέσα στην αυριανή ημέρα.', at(2026, 2, 11, 17)],
    ['el', 'Θα λάβετε απάντηση μέσα στη μέρα.', at(2026, 2, 10, 17)],
    ['el', 'Θα σας τηλεφωνήσουμε μέσα στο πρωινό.', at(2026, 2, 10, 11)],
    ['el', 'Θα σας στείλουμε την προσφορά αυτή την εβδομάδα.', at(2026, 2, 13, 17)],
    ['el', 'Η παραγγελία θα φτάσει τη μεθεπόμενη εβδομάδα.', at(2026, 2, 27, 17)],
    ['el', 'Η πρώτη δόση θα χρεωθεί τον μεθεπόμενο μήνα.', at(2026, 4, 30, 17)],
    ['el', 'Θα σας στείλουμε τον κωδικό αύριο πριν τις 11.', at(2026, 2, 11, 11)],
    ['el', 'Θα σας καλέσουμε την ερχόμενη Πέμπτη.', at(2026, 2, 12, 17)],
  ])('%s: %s', (lang, text, want) => expect(due(text, lang)).toBe(want));

  it('"την επόμενη Πέμπτη" stays the Thursday of next week', () => {
    expect(due('Θα σας καλέσουμε την επόμενη Πέμπτη.', 'el')).toBe(at(2026, 2, 19, 17));
  });
});

describe('a clock time in a named place’s time, at that place’s offset on the day', () => {
  // The writer at UTC: the place's offset moves the clock.
  const utc = (text: string) => {
    const read = readDeadline(text, 'el', REF, { offset: 0 });
    return typeof read === 'object' ? read.due : read;
  };
  it.each([
    ['Θα σας καλέσουμε στις 3 μ.μ. ώρα Ελλάδας.', at(2026, 2, 10, 13)],
    ['Θα σας καλέσουμε στις 10 Ιουλίου στις 3 μ.μ. ώρα Ελλάδας.', at(2026, 7, 10, 12)],
    ['Ο συνεργάτης μας θα σας καλέσει στις 9 π.μ. ώρα Νέας Υόρκης.', at(2026, 2, 10, 14)],
    ['Θα σας ενημερώσουμε στις 18:30 ώρα Κύπρου.', at(2026, 2, 10, 16, 30)],
  ])('%s', (text, want) => expect(utc(text)).toBe(want));
});

describe('Greek "N και κάτι": some minutes past the hour is the hour', () => {
  it.each([
    ['Θα σας καλέσω στις 8 και κάτι μ.μ.', at(2026, 2, 10, 20)],
    ['Θα σας ενημερώσω 9 και κάτι μμ.', at(2026, 2, 10, 21)],
  ])('%s', (text, want) => expect(due(text, 'el')).toBe(want));
});

describe('Greek: a day in the genitive after a noun names the thing, not a deadline', () => {
  it.each([
    'Σας στέλνω συνημμένα την απόδειξη της Δευτέρας.',
    'Σας επισυνάπτω το τιμολόγιο της 5ης Μαρτίου.',
    'Θα σας προωθήσω το μήνυμα της Τετάρτης.',
  ])('%s', (text) => expect(due(text, 'el')).toBeUndefined());

  it('after a time of day, a bound or another day it is still the deadline', () => {
    expect(due('Θα σας ενημερώσουμε μέχρι το τέλος της Πέμπτης.', 'el')).toBe(at(2026, 2, 12, 17));
    expect(due('Θα σας καλέσουμε το απόγευμα της Παρασκευής.', 'el')).toBe(at(2026, 2, 13, 17));
    expect(due('Θα σας στείλουμε το τιμολόγιο της 5ης Μαρτίου την Πέμπτη.', 'el')).toBe(at(2026, 2, 12, 17));
  });
});

describe('an ordinal day of this or next month, and a half hour inside a longer word', () => {
  it.each([
    ['el', 'Θα σας στείλουμε τα έγγραφα την πρώτη του επόμενου μήνα.', at(2026, 3, 1, 17)],
    ['el', 'Η δόση θα χρεωθεί την εικοστή του μήνα.', at(2026, 2, 20, 17)],
    ['en', 'We will invoice you on the fifth of the month.', at(2026, 3, 5, 17)],
    ['el', 'Θα σας καλέσουμε σε μιάμιση ώρα.', at(2026, 2, 10, 10, 30)],
  ])('%s: %s', (lang, text, want) => expect(due(text, lang)).toBe(want));
});

describe('within this week or month, nth weekdays and weeks of this or a named month, ranges', () => {
  it.each([
    ['el', 'Θα σας στείλουμε το δέμα εντός της εβδομάδας.', at(2026, 2, 13, 17)],
    ['el', 'Θα σας απαντήσουμε εντός του μήνα.', at(2026, 2, 27, 17)],
    ['el', 'Η επισκευή θα γίνει την τελευταία Παρασκευή του μήνα.', at(2026, 2, 27, 17)],
    ['en', 'The audit will take place on the first Monday of next month.', at(2026, 3, 2, 17)],
    ['el', 'Θα σας στείλουμε το προϊόν τη δεύτερη εβδομάδα του Μαρτίου.', at(2026, 3, 13, 17)],
    ['el', 'Η επιστροφή θα γίνει εντός 5-7 εργάσιμων ημερών.', at(2026, 2, 19, 17)],
    ['en', 'You will get the refund within 3-5 business days.', at(2026, 2, 17, 17)],
    ['el', 'Θα σας καλέσουμε αύριο μεταξύ 10 και 12.', at(2026, 2, 11, 12)],
  ])('%s: %s', (lang, text, want) => expect(due(text, lang)).toBe(want));
});

describe('Greek abbreviated weekdays, "κατά τις", a month and a half', () => {
  it.each([
    ['Θα σας καλέσουμε την Τετ. στις 10.', at(2026, 2, 11, 10)],
    ['Ο τεχνικός θα έρθει τη Δευ. το πρωί.', at(2026, 2, 16, 11)],
    ['Θα σας καλέσουμε αύριο κατά τις 11.', at(2026, 2, 11, 11)],
    ['Η κάρτα θα εκδοθεί σε ενάμιση μήνα.', at(2026, 3, 25, 9)],
  ])('%s', (text, want) => expect(due(text, 'el')).toBe(want));
});

describe('a time with minutes in German, Norwegian and Slovak is the 24-hour clock', () => {
  it.each([
    ['de', 'Der Techniker kommt um 7:45 Uhr.', at(2026, 2, 11, 7, 45)],
    ['no', 'Teknikeren kommer kl. 6.30.', at(2026, 2, 11, 6, 30)],
    ['sk', 'Technik príde o 7:15.', at(2026, 2, 11, 7, 15)],
    ['en', 'The technician will come at 5:30.', at(2026, 2, 10, 17, 30)],
    ['de', 'Ich rufe Sie um 3 an.', at(2026, 2, 10, 15)],
  ])('%s: %s', (lang, text, want) => expect(due(text, lang)).toBe(want));
});

describe('English: a window is due at its end; British spans from a day', () => {
  it.each([
    ['The engineer will arrive between 8am and 11am tomorrow.', at(2026, 2, 11, 11)],
    ['We will call between 2 and 4pm.', at(2026, 2, 10, 16)],
    ['We will deliver between Wednesday and Friday.', at(2026, 2, 13, 17)],
    ['I will get back to you a week on Thursday.', at(2026, 2, 19, 17)],
    ['We will send it Monday fortnight.', at(2026, 3, 2, 17)],
  ])('%s', (text, want) => expect(due(text, 'en')).toBe(want));
});

describe('English: what was done and what the customer is to do first are not the deadline', () => {
  it.each([
    ['Your parcel was posted on Monday and will reach you by Thursday.', at(2026, 2, 12, 17)],
    ['If you upload the photos by Monday, we will decide by Wednesday.', at(2026, 2, 11, 17)],
  ])('%s', (text, want) => expect(due(text, 'en')).toBe(want));

  it('an irregular participle dates something done', () => {
    expect(due('We will refund the deposit taken on 3 February.', 'en')).toBe('past');
  });
});

describe('English: the start of business is the opening of the working day, as "first thing" is', () => {
  it.each([
    ['I will reply by start of business tomorrow.', at(2026, 2, 11, 9)],
    ['We will have it fixed by the start of the working day on Friday.', at(2026, 2, 13, 9)],
    ['We will call you at opening time on Thursday.', at(2026, 2, 12, 9)],
  ])('%s', (text, want) => expect(due(text, 'en')).toBe(want));
});

describe('English: military hours, week and month ends in short, the day after next', () => {
  it.each([
    ['We will deliver by 1600 hrs.', at(2026, 2, 10, 16)],
    ['We will call at 0645 hours tomorrow.', at(2026, 2, 11, 6, 45)],
    ['I will send it by month end.', at(2026, 2, 27, 17)],
    ['I will send the quote by EOW.', at(2026, 2, 13, 17)],
    ['We will look at it the day after next.', at(2026, 2, 12, 17)],
  ])('%s', (text, want) => expect(due(text, 'en')).toBe(want));
});

describe('English: an ordinal day alone is a date, an ordinal of a thing is not', () => {
  it.each([
    ['We will ship on the twenty-first.', at(2026, 2, 21, 17)],
    ['We will call on the 5th at 3pm.', at(2026, 3, 5, 15)],
    ["I'll send the first part tomorrow.", at(2026, 2, 11, 17)],
    ['We will send the 2nd batch on Friday.', at(2026, 2, 13, 17)],
  ])('%s', (text, want) => expect(due(text, 'en')).toBe(want));

  it('the first item is no date', () => expect(due('I will fix the first item.', 'en')).toBeUndefined());
});

describe('working days and the end of business in their short forms', () => {
  // Tuesday 10 February 2026, 09:00: two working days on is Thursday, four is Monday.
  it.each([
    ['en', 'The replacement will ship within 4 biz days.', at(2026, 2, 16, 17)],
    ['en', 'Your corrected invoice will follow within 2 BD.', at(2026, 2, 12, 17)],
    ['en', 'The engineer will report back within 2 b.d.', at(2026, 2, 12, 17)],
    ['en', 'Our billing desk will confirm the credit by C.O.B.', at(2026, 2, 10, 17)],
    ['en', 'The depot will confirm your slot by COP.', at(2026, 2, 10, 17)],
    ['de', 'Die Rückzahlung erfolgt binnen 4 Werkt. auf Ihr Konto.', at(2026, 2, 16, 17)],
    ['de', 'Der Techniker meldet sich innerhalb von 2 WT bei Ihnen.', at(2026, 2, 12, 17)],
    ['de', 'Der Vertrag wird innerhalb von 2 Arbeitst. geprüft.', at(2026, 2, 12, 17)],
    ['el', 'Θα σας στείλουμε το νέο συμβόλαιο εντός 4 εργ. ημερών.', at(2026, 2, 16, 17)],
    ['el', 'Η επιστροφή των χρημάτων θα γίνει σε 2 εργ. μέρες.', at(2026, 2, 12, 17)],
    ['el', 'Θα σας απαντήσει το λογιστήριο μέχρι το τέλος της εργάσιμης.', at(2026, 2, 10, 17)],
    ['el', 'Η βλάβη θα έχει αποκατασταθεί ως το τέλος της σημερινής εργάσιμης ημέρας.', at(2026, 2, 10, 17)],
    ['zh', '我們明天一早會第一時間致電給您。', at(2026, 2, 11, 9)],
  ])('%s: %s', (lang, text, want) => expect(due(text, lang)).toBe(want));

  it('the end of the working week is no end of the working day', () =>
    expect(due('Θα σας απαντήσουμε μέχρι το τέλος της εργάσιμης εβδομάδας.', 'el')).not.toBe(at(2026, 2, 10, 17)));
});

describe('promises: a subject that ends in a number, a renewal done, what usually happens and what the customer must do in Chinese', () => {
  const promised = (text: string) => {
    const found = findPromise(text, REF, chronoDeadline);
    return found ? found.due : null;
  };
  it.each([
    ['Your order 58213 will be shipped within 2 working days.', at(2026, 2, 12, 17)],
    ['Parcel #A7731 will be collected tomorrow.', at(2026, 2, 11, 17)],
    ['The renewal was reversed and you will get a confirmation by Friday.', at(2026, 2, 13, 17)],
  ])('%s', (text, want) => expect(promised(text)).toBe(want));

  it.each([
    '我們的電郵一般會在兩個工作天內回覆。',
    '退款一般在五个工作日内到账。',
    '請您在兩個工作天內上載發票，否則申請將會取消。',
    '麻烦您在明天中午前补充照片，逾期工单将会关闭。',
    'Your plan renews on 3 March and we will charge the card then.',
  ])('no promise: %s', (text) => expect(promised(text)).toBeNull());

  it('asking the customer for patience leaves the promise after it', () =>
    expect(promised('请您耐心等待，我们会在两个工作日内回复您。')).toBe(at(2026, 2, 12, 17)));
});

describe('Chinese: full-width digits, the Republic year, a day number before 前, a month alone, Cantonese words', () => {
  it.each([
    ['我们会在３月２０日前寄出。', at(2026, 3, 20, 17)],
    ['師傅會喺下晝４點前到。', at(2026, 2, 10, 16)],
    ['本公司將於115/04/30前完成退款。', at(2026, 4, 30, 17)],
    ['我們會在20日前完成審核。', at(2026, 2, 20, 17)],
    ['新版本会在4月份上线。', at(2026, 4, 30, 17)],
    ['新门店会在明年5月开业。', at(2027, 5, 31, 17)],
    ['技術員會喺聽晚上門。', at(2026, 2, 11, 20)],
    ['報告會喺星期五朝早寄畀你。', at(2026, 2, 13, 11)],
    ['我哋同事夜晚九點會打畀你。', at(2026, 2, 10, 21)],
    ['師傅後日朝早九點到。', at(2026, 2, 12, 9)],
    ['回贈會喺月尾前入賬。', at(2026, 2, 27, 17)],
    ['新貨會喺下個月頭到。', at(2026, 3, 10, 17)],
    ['款項會在年底前退回。', at(2026, 12, 31, 17)],
    ['我們會喺8pm前回覆你。', at(2026, 2, 10, 20)],
    ['外賣兩個鐘內送到。', at(2026, 2, 10, 11)],
    ['外賣個半鐘內送到。', at(2026, 2, 10, 10, 30)],
    ['我五個字內覆你。', at(2026, 2, 10, 9, 25)],
    ['系统在四分之一个小时后恢复。', at(2026, 2, 10, 9, 15)],
    ['司机二十分钟左右就到。', at(2026, 2, 10, 9, 20)],
    ['赔偿款半个月内到账。', at(2026, 2, 25, 9)],
    ['资料我们会发过去，明天给您确认。', at(2026, 2, 11, 17)],
    ['您的单已经在排队了，我们明天一早处理。', at(2026, 2, 11, 9)],
  ])('%s', (text, want) => expect(due(text, 'zh')).toBe(want));

  it('在 before a bare number is no clock, and N日前 alone still points back', () => {
    expect(due('我们会在3月份寄出。', 'zh')).not.toBe(at(2026, 2, 10, 15));
    expect(due('我们已于5日前寄出。', 'zh')).toBe('past');
  });
});

describe('Chinese promises: the clause that holds the time, a condition over the whole sentence, "give me N minutes"', () => {
  const promised = (text: string) => findPromise(text, REF, chronoDeadline)?.due ?? null;
  it.each([
    ['师傅周四上门，请您在家等候。', at(2026, 2, 12, 17)],
    ['新卡周五寄出，您的申请已经登记了。', at(2026, 2, 13, 17)],
    ['请给我五分钟，我核对后回复您。', at(2026, 2, 10, 9, 5)],
  ])('%s', (text, want) => expect(promised(text)).toBe(want));

  it.each(['如果厂家同意，大约三天左右可以完成。', '请您周五前上传照片，我们收到后处理。', '您的包裹已经在周一寄出，请您留意。'])(
    'no promise: %s',
    (text) => expect(promised(text)).toBeNull(),
  );
});

describe('Greek: compounds of a count and a unit, the weekend, quarter and year ends, opening time, diminutive parts', () => {
  it.each([
    ['Η αποκατάσταση θα ολοκληρωθεί σε ένα εξάωρο.', at(2026, 2, 10, 15)],
    ['Θα σας απαντήσουμε μέσα σε ένα 72ωρο.', at(2026, 2, 13, 9)],
    ['Η κάρτα θα σας σταλεί σε ένα δεκαήμερο.', at(2026, 2, 20, 9)],
    ['Η μετακόμιση του εξοπλισμού θα γίνει το πρώτο δεκαπενθήμερο του Μαΐου.', at(2026, 5, 15, 17)],
    ['Θα ενημερώσουμε το σύστημα μέσα στο Σαββατοκύριακο.', at(2026, 2, 14, 17)],
    ['Θα σας απαντήσουμε μέχρι το Σαββατοκύριακο.', at(2026, 2, 13, 17)],
    ['Οι πιστώσεις θα περαστούν μέχρι το τέλος του τριμήνου.', at(2026, 3, 31, 17)],
    ['Η εκκαθάριση θα γίνει ως το τέλος του έτους.', at(2026, 12, 31, 17)],
    ['Θα σας καλέσουμε πρώτη ώρα την Πέμπτη.', at(2026, 2, 12, 9)],
    ['Θα σας καλέσουμε με το άνοιγμα του καταστήματος.', at(2026, 2, 11, 9)],
    ['Θα σας στείλουμε την προσφορά το απογευματάκι.', at(2026, 2, 10, 17)],
    ['Θα σας τηλεφωνήσω αύριο το βραδάκι.', at(2026, 2, 11, 19)],
    ['Η αναβάθμιση θα γίνει απόψε στις 12.', at(2026, 2, 11, 0)],
    ['Το δέμα θα σταλεί αυθημερόν.', at(2026, 2, 10, 17)],
    ['Ο τεχνικός θα έρθει την Πέμπτη της άλλης εβδομάδας.', at(2026, 2, 19, 17)],
    ['Θα σας παραδώσουμε τον μπουφέ την Πέμπτη.', at(2026, 2, 12, 17)],
    ['Η συνάντηση κλείστηκε την Τετάρτη στις 11:00.', at(2026, 2, 11, 11)],
  ])('%s', (text, want) => expect(due(text, 'el')).toBe(want));

  it('a compound of days after "για" is how long, not when', () => expect(due('Θα κλείσουμε για ένα τριήμερο.', 'el')).toBeUndefined());

  it('before opening on a working day, "first thing" alone is today’s opening', () => {
    const early = new Date(2026, 1, 10, 6, 30).getTime();
    const read = readDeadline('Θα σας καλέσουμε με το άνοιγμα του γραφείου.', 'el', early);
    expect(typeof read === 'object' ? read.due : read).toBe(at(2026, 2, 10, 9));
  });

  it('a clock in a place’s time after "στις" is no count of hours', () => {
    const read = readDeadline('Θα σας καλέσουμε στις 12 ώρα Ελλάδας.', 'el', REF, { offset: 0 });
    expect(typeof read === 'object' ? read.due : read).toBe(at(2026, 2, 10, 10));
  });
});

describe('Greek promises: a label of what is scheduled, an appointment that is at a time, "κανονικά" as the manner', () => {
  const promised = (text: string) => findPromise(text, REF, chronoDeadline)?.due ?? null;
  it.each([
    ['Ημερομηνία εγκατάστασης: Πέμπτη 12 Φεβρουαρίου.', at(2026, 2, 12, 17)],
    ['Εκτιμώμενη αποστολή: Παρ. 13/2.', at(2026, 2, 13, 17)],
    ['Το ραντεβού σας με τον λογιστή είναι την Πέμπτη στις 10:30.', at(2026, 2, 12, 10, 30)],
    ['Η επίσκεψη του τεχνικού μετατίθεται για την Παρασκευή.', at(2026, 2, 13, 17)],
    ['Η εφαρμογή θα λειτουργεί αύριο κανονικά.', at(2026, 2, 11, 17)],
  ])('%s', (text, want) => expect(promised(text)).toBe(want));

  it('what usually happens is still no promise', () => expect(promised('Κανονικά η επιστροφή γίνεται σε 5 εργάσιμες.')).toBeNull());
});

describe('Greek typed in Latin letters (Greeklish)', () => {
  const promised = (text: string) => findPromise(text, REF, chronoDeadline)?.due ?? null;
  it.each([
    ['tha sas steiloume to timologio aurio to apogeuma', at(2026, 2, 11, 17)],
    ['o texnikos tha perasei tin Pempti to prwi', at(2026, 2, 12, 11)],
    ['tha sas enimerwsoume se 3 wres', at(2026, 2, 10, 12)],
    ['to paketo tha einai etoimo mexri tis 4', at(2026, 2, 10, 16)],
  ])('%s', (text, want) => expect(promised(text)).toBe(want));

  it('a Greeklish past is no promise, and English is not read as Greeklish', () => {
    expect(promised('tha sas steiloume to timologio pou zitisate xthes')).toBeNull();
    expect(promised('I will call you to confirm tomorrow.')).toBe(at(2026, 2, 11, 17));
  });
});

describe('a past time dates only its own clause (English), and a Norwegian time after a past verb says when it was done', () => {
  const promised = (text: string) => findPromise(text, REF, chronoDeadline)?.due ?? null;
  it.each([
    ['I spoke to the warehouse this morning and they will dispatch it on Thursday.', at(2026, 2, 12, 17)],
    ['Your card was charged twice last week, but the refund will reach you by Friday.', at(2026, 2, 13, 17)],
    ['The engineer visited yesterday; he will come back on Monday with the part.', at(2026, 2, 16, 17)],
    ['Vi refunderte det ene trekket i går og sender kvittering i morgen.', at(2026, 2, 11, 17)],
  ])('%s', (text, want) => expect(promised(text)).toBe(want));

  it.each([
    'I will look into the payment you made yesterday.',
    'We will check the delivery that was attempted last Friday and the one before it.',
    'Vi fikk klagen din på tirsdag.',
    'Jeg skal se på bestillingen du la inn i januar.',
    'Jeg skal sjekke pakken som ble sendt på mandag.',
  ])('no promise: %s', (text) => expect(promised(text)).toBeNull());
});

describe('a span of days "from now" names the moment', () => {
  // Sent at 09:40: "in 2 days" is that day at the hour it was said; "2 days from now" to the minute.
  const SENT_AT = new Date(2026, 1, 10, 9, 40).getTime();
  const dueFrom = (text: string, lang: string) => {
    const read = readDeadline(text, lang, SENT_AT);
    return typeof read === 'object' ? read.due : read;
  };
  it.each([
    ['en', 'The courier will collect it three days from now.', at(2026, 2, 13, 9, 40)],
    ['el', 'Ο τεχνικός θα σας καλέσει σε δύο μέρες από τώρα.', at(2026, 2, 12, 9, 40)],
    ['no', 'Du får pengene tilbake om fire dager fra nå.', at(2026, 2, 14, 9, 40)],
    ['de', 'Die Gutschrift kommt 5 Tage ab jetzt.', at(2026, 2, 15, 9, 40)],
    ['en', 'The courier will collect it in three days.', at(2026, 2, 13, 9)],
  ])('%s: %s', (lang, text, want) => expect(dueFrom(text, lang)).toBe(want));
});

describe('Norwegian as it is spoken and written in replies (round 5)', () => {
  it.each([
    // weekdays in -dan, "helga", "overimorgen", "ettermidda'", "lunsjtid"
    ['Montøren kommer på torsdan.', at(2026, 2, 12, 17)],
    ['Vi ringer deg tilbake på mandan.', at(2026, 2, 16, 17)],
    ['Vi sender varene før helga.', at(2026, 2, 13, 17)],
    ['Vi ser på saken over helgen.', at(2026, 2, 16, 17)],
    ['Hentebilen kommer overimorgen.', at(2026, 2, 12, 17)],
    ["Jeg tar en titt på det i ettermidda'.", at(2026, 2, 10, 16)],
    ['Vi møtes ved lunsjtid.', at(2026, 2, 10, 12)],
    // "i 13-tida": about that hour; 1–7 the afternoon's
    ['Elektrikeren er på plass i 13-tida.', at(2026, 2, 10, 13)],
    ['Elektrikeren er på plass i 2-tiden.', at(2026, 2, 10, 14)],
    // a weekday "om N uker": that weekday, N weeks on
    ['Vi leverer sofaen tirsdag om to uker.', at(2026, 3, 3, 17)],
    ['Vi ringer deg torsdag om en uke.', at(2026, 2, 19, 17)],
    // førstkommende: the next to come
    ['Kortet aktiveres førstkommende virkedag.', at(2026, 2, 11, 17)],
    ['Vi åpner saken igjen førstkommende mandag.', at(2026, 2, 16, 17)],
    // a week by its number after "innen" / "i løpet av" is no span of a week
    ['Vi ferdigstiller dette innen uke 14.', at(2026, 4, 3, 17)],
    ['Oppgraderingen skjer i løpet av uke 9.', at(2026, 2, 27, 17)],
    // the end of a month, quarter or year: its last working day
    ['Vi sender fakturaen sist i måneden.', at(2026, 2, 27, 17)],
    ['Kortet blir sendt ved månedsskiftet.', at(2026, 2, 27, 17)],
    ['Vi betaler ut bonusen innen utgangen av kvartalet.', at(2026, 3, 31, 17)],
    ['Vi fullfører migreringen før årsskiftet.', at(2026, 12, 31, 17)],
    // named days
    ['Gavekortet kommer på julaften.', at(2026, 12, 24, 17)],
    ['Butikken sender varen skjærtorsdag.', at(2026, 4, 2, 17)],
    // business time
    ['Du får svar før arbeidsdagen er over.', at(2026, 2, 10, 17)],
    ['Vi ringer deg først i morgen.', at(2026, 2, 11, 9)],
    // what was booked or set up is when it will be
    ['Vi har booket montøren i overmorgen.', at(2026, 2, 12, 17)],
    ['Vi har satt opp en ny avtale den 20.', at(2026, 2, 20, 17)],
    // guards: an "og" ends the past clause; neste/første are no past verbs
    ['Vi fikk beskjed og sender den på fredag.', at(2026, 2, 13, 17)],
    ['Vi gir svar innen første mandag i mars.', at(2026, 3, 2, 17)],
    ['Du får svar innen neste fredag.', at(2026, 2, 20, 17)],
  ])('%s', (text, want) => expect(due(text, 'no')).toBe(want));

  it.each(['Takk for bildet du sendte torsdag.', 'Strømmen gikk kl. 03.40 i natt.', 'Vi fikk betalingen julaften.'])('past: %s', (text) =>
    expect(due(text, 'no')).toBe('past'),
  );

  it('a past clause of a long reply is read in bounded time', () => {
    const long = `${'alarmen gikk i '.repeat(8000)}natt.`;
    const t0 = performance.now();
    due(long, 'no');
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});
