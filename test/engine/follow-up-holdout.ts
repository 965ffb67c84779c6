/**
 * Cases written after the parser's rules were fixed and never used to change them: what the
 * parser gets right on phrasing it was not built from. `npm run follow-ups` reports both sets.
 * Sent Thursday 3 December 2026 09:00 local, as in follow-up-cases.ts.
 */
import type { PromiseCase } from './follow-up-cases';

export const HOLDOUT: Record<string, PromiseCase[]> = {
  en: [
    { text: "I'll ring you back this afternoon.", due: '2026-12-03 17:00' },
    { text: 'We will have the replacement out to you by Tuesday.', due: '2026-12-08 17:00' },
    { text: "I'm going to escalate this and get back to you within 48 hours.", due: '2026-12-05 09:00' },
    { text: "You'll receive the refund confirmation by email tomorrow.", due: '2026-12-04 17:00' },
    { text: "I'll chase the courier first thing tomorrow and let you know by 11am.", due: '2026-12-04 11:00' },
    { text: "I'd be happy to call you tomorrow if that suits.", due: null },
    { text: 'Refunds usually take 5 to 7 business days to appear.', due: null },
    { text: 'Would Friday work for a call?', due: null },
    { text: 'I will not be in the office tomorrow.', due: null },
  ],
  de: [
    { text: 'Ich melde mich heute Nachmittag noch einmal bei Ihnen.', due: '2026-12-03 16:00' },
    { text: 'Wir schicken Ihnen das Ersatzgerät bis Dienstag.', due: '2026-12-08 17:00' },
    { text: 'Sie erhalten innerhalb von 48 Stunden eine Rückmeldung.', due: '2026-12-05 09:00' },
    { text: 'Ich rufe Sie morgen früh zurück.', due: '2026-12-04 09:00' },
    { text: 'Die Erstattung dauert in der Regel 5 bis 7 Werktage.', due: null },
    { text: 'Passt Ihnen Freitag für einen Rückruf?', due: null },
    { text: 'Ich bin morgen nicht im Büro.', due: null },
    { text: 'Gerne rufe ich Sie morgen an, wenn Ihnen das passt.', due: null },
  ],
  el: [
    { text: 'Θα σας καλέσω ξανά σήμερα το απόγευμα.', due: '2026-12-03 17:00' },
    { text: 'Θα σας στείλουμε το ανταλλακτικό έως την Τρίτη.', due: '2026-12-08 17:00' },
    { text: 'Θα λάβετε απάντηση εντός 48 ωρών.', due: '2026-12-05 09:00' },
    { text: 'Θα σας ενημερώσω αύριο.', due: '2026-12-04 17:00' },
    { text: 'Η επιστροφή χρημάτων διαρκεί συνήθως 5 έως 7 εργάσιμες.', due: null },
    { text: 'Σας βολεύει η Παρασκευή για ένα τηλεφώνημα;', due: null },
    { text: 'Αύριο δεν θα είμαι στο γραφείο.', due: null },
    { text: 'Ευχαρίστως να σας καλέσω αύριο αν σας βολεύει.', due: null },
  ],
  sk: [
    { text: 'Zavolám vám ešte dnes poobede.', due: '2026-12-03 16:00' },
    { text: 'Náhradný diel vám pošleme do utorka.', due: '2026-12-08 17:00' },
    { text: 'Odpoveď dostanete do 48 hodín.', due: '2026-12-05 09:00' },
    { text: 'Ozvem sa vám zajtra.', due: '2026-12-04 17:00' },
    { text: 'Vrátenie peňazí zvyčajne trvá 5 až 7 pracovných dní.', due: null },
    { text: 'Vyhovoval by vám piatok na telefonát?', due: null },
    { text: 'Zajtra nebudem v kancelárii.', due: null },
    { text: 'Rád vám zajtra zavolám, ak vám to vyhovuje.', due: null },
  ],
  no: [
    { text: 'Jeg ringer deg tilbake i ettermiddag.', due: '2026-12-03 16:00' },
    { text: 'Vi sender deg reservedelen innen tirsdag.', due: '2026-12-08 17:00' },
    { text: 'Du får svar innen 48 timer.', due: '2026-12-05 09:00' },
    { text: 'Jeg gir deg beskjed i morgen.', due: '2026-12-04 17:00' },
    { text: 'Refusjonen tar vanligvis 5 til 7 virkedager.', due: null },
    { text: 'Passer det med en telefon på fredag?', due: null },
    { text: 'Jeg er ikke på kontoret i morgen.', due: null },
    { text: 'Jeg ringer deg gjerne i morgen hvis det passer.', due: null },
  ],
  zh: [
    { text: '我今天下午会再给您打电话。', due: '2026-12-03 17:00' },
    { text: '我们会在周二前把配件寄给您。', due: '2026-12-08 17:00' },
    { text: '您将在48小时内收到答复。', due: '2026-12-05 09:00' },
    { text: '我明天会通知您处理结果。', due: '2026-12-04 17:00' },
    { text: '退款通常需要5到7个工作日到账。', due: null },
    { text: '周五方便给您打电话吗？', due: null },
    { text: '我明天不在办公室。', due: null },
    { text: '如果您方便，我明天可以给您打电话。', due: null },
  ],
};
