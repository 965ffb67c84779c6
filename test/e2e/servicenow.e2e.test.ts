import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sidebar, type Session, launch } from './chromium';
import { routeFixture } from './fixtures';

const ORIGIN = 'https://acme.service-now.com';
const TOP = '/now/nav/ui/classic/params/target/incident.do%3Fsys_id%3D9d385017c611228701d22104cc95c371';
let session: Session;
beforeAll(async () => {
  session = await launch();
  await routeFixture(session.context, ORIGIN, 'test/fixtures/servicenow');
});
afterAll(() => session?.close());

describe('ServiceNow classic (form in iframe#gsft_main, textarea journal)', () => {
  it('reads the incident in its frame: oldest first, work notes internal, the caller is the customer', async () => {
    const page = await session.context.newPage();
    await page.goto(`${ORIGIN}${TOP}`);
    const sidebar = await Sidebar.find(page);
    const text = await sidebar.waitForText('Abel Tuter');
    expect(text).toContain('#INC0010042');
    expect(text).toContain('4 messages read');
    expect(text).toMatch(/Repeat contact[\s\S]*third time/);
    expect(text).toMatch(/Urgent/);
    // "furious" and "manager" are in a work note.
    expect(text).not.toMatch(/Angry|Wants a manager/);
    // The earlier customer-visible reply ("sorry") counts for the method.
    expect(text).toMatch(/Empathize and apologise\s*· in an earlier reply/);
    await page.close();
  });

  it('inserts into the customer-visible comments exactly once at the cursor; undo removes it', async () => {
    const page = await session.context.newPage();
    await page.goto(`${ORIGIN}${TOP}`);
    const frame = page.frame({ name: 'gsft_main' });
    const sidebar = await Sidebar.find(page);
    await sidebar.waitForText('Abel Tuter');
    await frame?.click('#activity-stream-comments-textarea');
    await page.keyboard.type('Hi Abel,');
    // A cursor move ends the browser's typing group; without one, a textarea's undo (like
    // Slate's) takes back the insertion together with the typing it continued.
    await page.keyboard.press('End');
    const first = await sidebar.eval<string>("function () { return this.querySelector('.suggestion p').textContent; }");
    await sidebar.click('Insert: ');
    await expect.poll(() => frame?.inputValue('#activity-stream-comments-textarea')).toBe(`Hi Abel, ${first}`);
    expect(await frame?.inputValue('#activity-stream-work_notes-textarea')).toBe('');
    await frame?.focus('#activity-stream-comments-textarea');
    await page.keyboard.press('Control+z');
    await expect.poll(() => frame?.inputValue('#activity-stream-comments-textarea')).toBe('Hi Abel,');
    await page.close();
  });
});
