// npm run screenshots — the README's pictures, from the built extension on the demo ticket:
// light (fresh ticket), dark (with a draft under check) and collapsed.
import { Sidebar, launch } from '../test/e2e/chromium';

const DRAFT = 'As I said, you should have updated the firmware. We can’t refund the router. I will look into it.';

for (const colorScheme of ['light', 'dark'] as const) {
  const session = await launch({ colorScheme });
  const page = await session.context.newPage();
  await page.goto(session.demoUrl);
  const sidebar = await Sidebar.find(page);
  await sidebar.waitForText('Dana Whitfield');
  if (colorScheme === 'light') {
    await page.screenshot({ path: 'docs/screenshot.png' });
    await sidebar.click('Collapse the Composure sidebar');
    await page.waitForTimeout(300);
    await page.screenshot({ path: 'docs/screenshot-collapsed.png' });
    await sidebar.click('Expand the Composure sidebar');
  } else {
    await page.fill('[data-demo="reply"]', DRAFT);
    await sidebar.waitForText('sounds defensive');
    await sidebar.eval("function () { this.querySelector('#composure-draft').scrollIntoView(); }");
    await page.screenshot({ path: 'docs/screenshot-dark.png' });
  }
  await session.close();
}
console.log('docs/screenshot.png, docs/screenshot-dark.png, docs/screenshot-collapsed.png');
