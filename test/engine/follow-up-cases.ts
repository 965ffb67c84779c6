/**
 * Promise cases per language, written as agents write: what must be read as a promise and by
 * when (local time, the message sent on Thursday 3 December 2026 at 09:00), and what must not
 * (no commitment, a negation, a question, a past date, quoted customer text). The unit test
 * asserts each; `npm run follow-ups` prints precision and recall per language from them.
 */
export const SENT = new Date(2026, 11, 3, 9, 0).getTime();

/** A deadline as the cases write it: 'YYYY-MM-DD HH:MM', local time. */
export function localTime(at: number): string {
  const d = new Date(at);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export interface PromiseCase {
  text: string;
  /** 'YYYY-MM-DD HH:MM' local, or null: not a promise. */
  due: string | null;
}

export const CASES: Record<string, PromiseCase[]> = {
  en: [
    { text: "I'll update you by tomorrow at 10.", due: '2026-12-04 10:00' },
    { text: 'We will get back to you within 24 hours.', due: '2026-12-04 09:00' },
    { text: "I'll get back to you by end of day.", due: '2026-12-03 17:00' },
    { text: "I'll call you tomorrow morning with the result.", due: '2026-12-04 11:00' },
    { text: 'You will hear from me by Friday.', due: '2026-12-04 17:00' },
    { text: "I'm going to check with our warehouse and email you by 3pm today.", due: '2026-12-03 15:00' },
    { text: "Thanks for waiting. I'll send you the tracking number in 2 hours.", due: '2026-12-03 11:00' },
    { text: 'We will refund the order and confirm by Monday.', due: '2026-12-07 17:00' },
    { text: "I'll have an answer for you by noon.", due: '2026-12-03 12:00' },
    { text: 'Expect an update from me within 2 business days.', due: '2026-12-07 17:00' },
    { text: "I'll follow up on December 10.", due: '2026-12-10 17:00' },
    { text: "I can't promise anything by Friday, sorry.", due: null },
    { text: 'Can I call you tomorrow at 10?', due: null },
    { text: 'Our office is open tomorrow from 9 to 5.', due: null },
    { text: 'The parcel was delivered yesterday at 10.', due: null },
    { text: "> I'll wait until Friday for your answer.", due: null },
    { text: "Thanks for your patience.\n\nOn Tue, 1 Dec 2026, Jane wrote:\n> I'll be home tomorrow at 10.", due: null },
    { text: "I'll look into this for you.", due: null },
  ],
  de: [
    { text: 'Ich melde mich bis morgen Mittag.', due: '2026-12-04 12:00' },
    { text: 'Sie hören innerhalb von 24 Stunden von uns.', due: '2026-12-04 09:00' },
    { text: 'Ich melde mich bis Freitag bei Ihnen.', due: '2026-12-04 17:00' },
    { text: 'Ich rufe Sie morgen um 10 Uhr an.', due: '2026-12-04 10:00' },
    { text: 'Wir werden Ihnen heute um 15 Uhr die Sendungsnummer schicken.', due: '2026-12-03 15:00' },
    { text: 'Sie erhalten bis Montag eine Antwort von mir.', due: '2026-12-07 17:00' },
    { text: 'Ich schicke Ihnen in 2 Stunden die Bestätigung.', due: '2026-12-03 11:00' },
    { text: 'Ich kümmere mich darum und melde mich übermorgen.', due: '2026-12-05 17:00' },
    { text: 'Wir melden uns bis heute Abend.', due: '2026-12-03 18:00' },
    { text: 'Ich gebe Ihnen bis Feierabend Bescheid.', due: '2026-12-03 17:00' },
    { text: 'Ich werde Sie innerhalb von zwei Tagen informieren.', due: '2026-12-05 09:00' },
    { text: 'Ich kann Ihnen leider nicht versprechen, dass es bis Freitag klappt.', due: null },
    { text: 'Darf ich Sie morgen um 10 Uhr anrufen?', due: null },
    { text: 'Unser Büro ist morgen ab 9 Uhr geöffnet.', due: null },
    { text: 'Das Paket wurde gestern um 10 Uhr zugestellt.', due: null },
    { text: 'Vielen Dank.\n\nAm 1. Dezember 2026 schrieb Anna Müller:\n> Ich werde morgen um 10 Uhr zu Hause sein.', due: null },
    { text: 'Ich werde mir das ansehen.', due: null },
  ],
  el: [
    { text: 'Θα σας ενημερώσω έως αύριο το μεσημέρι.', due: '2026-12-04 12:00' },
    { text: 'Θα επικοινωνήσω μαζί σας εντός 24 ωρών.', due: '2026-12-04 09:00' },
    { text: 'Θα σας απαντήσω μέχρι την Παρασκευή.', due: '2026-12-04 17:00' },
    { text: 'Θα σας τηλεφωνήσω αύριο στις 10.', due: '2026-12-04 10:00' },
    { text: 'Θα λάβετε τον αριθμό αποστολής σήμερα στις 3 μ.μ.', due: '2026-12-03 15:00' },
    { text: 'Θα σας στείλω την επιβεβαίωση σε 2 ώρες.', due: '2026-12-03 11:00' },
    { text: 'Θα σας ενημερώσω τη Δευτέρα.', due: '2026-12-07 17:00' },
    { text: 'Θα έχετε νέα μου μεθαύριο.', due: '2026-12-05 17:00' },
    { text: 'Θα σας ενημερώσουμε μέχρι το τέλος της ημέρας.', due: '2026-12-03 17:00' },
    { text: 'Θα σας καλέσω αύριο το πρωί.', due: '2026-12-04 11:00' },
    { text: 'Υπόσχομαι να σας απαντήσω εντός δύο ημερών.', due: '2026-12-05 09:00' },
    { text: 'Δεν μπορώ να υποσχεθώ ότι θα σας απαντήσω αύριο.', due: null },
    { text: 'Μπορώ να σας καλέσω αύριο στις 10;', due: null },
    { text: 'Το κατάστημα είναι ανοιχτό αύριο από τις 9.', due: null },
    { text: 'Το δέμα παραδόθηκε χθες στις 10.', due: null },
    { text: 'Ευχαριστώ.\n\nΣτις 1 Δεκ 2026, η Μαρία έγραψε:\n> Θα είμαι σπίτι αύριο στις 10.', due: null },
    { text: 'Θα το ελέγξω αμέσως.', due: null },
  ],
  sk: [
    { text: 'Ozvem sa vám do piatku.', due: '2026-12-04 17:00' },
    { text: 'Zavolám vám zajtra o 10:00.', due: '2026-12-04 10:00' },
    { text: 'Ozveme sa vám do 24 hodín.', due: '2026-12-04 09:00' },
    { text: 'Dám vám vedieť zajtra do obeda.', due: '2026-12-04 12:00' },
    { text: 'Pošlem vám číslo zásielky dnes o 15:00.', due: '2026-12-03 15:00' },
    { text: 'Napíšem vám za 2 hodiny.', due: '2026-12-03 11:00' },
    { text: 'Odpoveď dostanete v pondelok.', due: '2026-12-07 17:00' },
    { text: 'Ozvem sa pozajtra.', due: '2026-12-05 17:00' },
    { text: 'Dáme vám vedieť do konca dňa.', due: '2026-12-03 17:00' },
    { text: 'Zavolám vám zajtra ráno.', due: '2026-12-04 11:00' },
    { text: 'Sľubujem, že sa vám ozvem do dvoch dní.', due: '2026-12-05 09:00' },
    { text: 'Nemôžem sľúbiť, že to bude do piatku.', due: null },
    { text: 'Môžem vám zavolať zajtra o 10?', due: null },
    { text: 'Predajňa je zajtra otvorená od 9:00.', due: null },
    { text: 'Balík bol doručený včera o 10:00.', due: null },
    { text: 'Ďakujem.\n\nDňa 1. 12. 2026 Ján napísal:\n> Zavolám vám zajtra o 10.', due: null },
    { text: 'Pozriem sa na to.', due: null },
  ],
  no: [
    { text: 'Jeg gir deg svar innen fredag.', due: '2026-12-04 17:00' },
    { text: 'Vi sender deg en oppdatering i morgen kl. 14.', due: '2026-12-04 14:00' },
    { text: 'Du hører fra oss innen 24 timer.', due: '2026-12-04 09:00' },
    { text: 'Jeg ringer deg i morgen klokka 10.', due: '2026-12-04 10:00' },
    { text: 'Jeg skal sende deg sporingsnummeret i dag kl. 15.', due: '2026-12-03 15:00' },
    { text: 'Du får bekreftelsen om 2 timer.', due: '2026-12-03 11:00' },
    { text: 'Jeg kommer til å svare deg på mandag.', due: '2026-12-07 17:00' },
    { text: 'Vi tar kontakt i overmorgen.', due: '2026-12-05 17:00' },
    { text: 'Jeg gir deg beskjed innen slutten av dagen.', due: '2026-12-03 17:00' },
    { text: 'Jeg ringer deg i morgen tidlig.', due: '2026-12-04 09:00' },
    { text: 'Jeg lover å svare innen to dager.', due: '2026-12-05 09:00' },
    { text: 'Jeg kan ikke love at det ordner seg innen fredag.', due: null },
    { text: 'Kan jeg ringe deg i morgen kl. 10?', due: null },
    { text: 'Butikken er åpen i morgen fra kl. 9.', due: null },
    { text: 'Pakken ble levert i går kl. 10.', due: null },
    { text: 'Takk.\n\nDen 1. des. 2026 skrev Kari:\n> Jeg er hjemme i morgen kl. 10.', due: null },
    { text: 'Jeg skal se på det.', due: null },
  ],
  zh: [
    { text: '我们会在明天中午前给您答复。', due: '2026-12-04 12:00' },
    { text: '我会在24小时内回复您。', due: '2026-12-04 09:00' },
    { text: '我会在周五前联系您。', due: '2026-12-04 17:00' },
    { text: '我明天上午10点给您回电。', due: '2026-12-04 10:00' },
    { text: '我们将在今天下午3点前通知您物流单号。', due: '2026-12-03 15:00' },
    { text: '我会在2小时内给您回复。', due: '2026-12-03 11:00' },
    { text: '我们会在下周一给您答复。', due: '2026-12-07 17:00' },
    { text: '我会在后天联系您。', due: '2026-12-05 17:00' },
    { text: '我们会在今天下班前为您处理。', due: '2026-12-03 17:00' },
    { text: '我会在明天晚上联系您。', due: '2026-12-04 20:00' },
    { text: '我保证两天内给您答复。', due: '2026-12-05 09:00' },
    { text: '我们无法保证周五前能发货。', due: null },
    { text: '我可以明天10点给您打电话吗？', due: null },
    { text: '我们的门店明天9点开门。', due: null },
    { text: '包裹昨天10点已经送达。', due: null },
    { text: '谢谢。\n\n在2026年12月1日，王先生写道：\n> 我明天10点在家。', due: null },
    { text: '我会帮您查一下。', due: null },
  ],
};
