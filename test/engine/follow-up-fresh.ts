/**
 * A third set, written after the held-out set's fixes and read once for the note
 * (docs/follow-ups.md): nothing was changed because of it. Sent Thursday 3 December 2026 09:00.
 */
import type { PromiseCase } from './follow-up-cases';

export const FRESH: Record<string, PromiseCase[]> = {
  en: [
    { text: "We'll email you the return label by 5pm today.", due: '2026-12-03 17:00' },
    { text: "I'll check in with you again on Monday morning.", due: '2026-12-07 11:00' },
    { text: 'The technician is usually there by noon.', due: null },
    { text: 'Did you receive our email from Friday?', due: null },
  ],
  de: [
    { text: 'Wir melden uns spätestens morgen um 12 Uhr.', due: '2026-12-04 12:00' },
    { text: 'Ich schicke Ihnen den Rücksendeschein heute noch.', due: '2026-12-03 17:00' },
    { text: 'Der Techniker kommt normalerweise bis Mittag.', due: null },
    { text: 'Haben Sie unsere E-Mail vom Freitag erhalten?', due: null },
  ],
  el: [
    { text: 'Θα σας στείλω την ετικέτα επιστροφής σήμερα έως τις 5 μ.μ.', due: '2026-12-03 17:00' },
    { text: 'Θα επικοινωνήσουμε μαζί σας τη Δευτέρα το πρωί.', due: '2026-12-07 11:00' },
    { text: 'Ο τεχνικός συνήθως έρχεται έως το μεσημέρι.', due: null },
    { text: 'Λάβατε το email μας από την Παρασκευή;', due: null },
  ],
  sk: [
    { text: 'Štítok na vrátenie vám pošlem dnes do 17:00.', due: '2026-12-03 17:00' },
    { text: 'Ozveme sa vám v pondelok ráno.', due: '2026-12-07 11:00' },
    { text: 'Technik zvyčajne príde do obeda.', due: null },
    { text: 'Dostali ste náš e-mail z piatku?', due: null },
  ],
  no: [
    { text: 'Vi sender deg returlappen i dag innen kl. 17.', due: '2026-12-03 17:00' },
    { text: 'Jeg tar kontakt med deg igjen mandag formiddag.', due: '2026-12-07 11:00' },
    { text: 'Teknikeren kommer vanligvis innen lunsj.', due: null },
    { text: 'Fikk du e-posten vår fra fredag?', due: null },
  ],
  zh: [
    { text: '我们会在今天下午5点前把退货标签发给您。', due: '2026-12-03 17:00' },
    { text: '我周一上午会再联系您。', due: '2026-12-07 11:00' },
    { text: '技术人员通常中午前到。', due: null },
    { text: '您收到我们周五的邮件了吗？', due: null },
  ],
};
