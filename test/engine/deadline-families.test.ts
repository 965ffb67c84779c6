import { describe, expect, it } from 'vitest';
import { readDeadline } from '../../src/engine/deadline';

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
