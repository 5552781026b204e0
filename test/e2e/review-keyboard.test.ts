import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openDriver } from '../../server/neo4j/neo4j-connection.ts';
import { screenshot, useBrowser } from './browser.ts';
import { ReviewPage } from './review-page.ts';

// The review without a mouse: spans chosen with the keyboard caret, and a draft discarded after a
// confirmation, from the review screen's keys and from the documents list. The fixture release (invented
// people) gets a line of its own per test, so its text is new to the run's database.

const browser = useBrowser();
const database = inject('e2eDatabase');
const driver = openDriver(database, { maxPoolSize: 2 });
afterAll(async () => {
  await driver.close();
});
const RELEASE = fs.readFileSync(
  path.join(import.meta.dirname, '..', 'fixtures', 'ingest-pipeline', 'appointment-rudny.txt'),
  'utf8',
);
const release = (mark: string) => `${RELEASE.trimEnd()}\nМетка теста клавиатуры: ${mark}.\n`;

async function signedIn(): Promise<ReviewPage> {
  const editor = inject('e2eEditor');
  const review = new ReviewPage(await browser.page(), browser.baseUrl);
  await review.open();
  await review.signIn(editor.username, editor.password);
  return review;
}

/** The draft's status and the audit records of its discard. */
async function discardRecord(id: string) {
  const { records } = await driver.executeQuery(
    `MATCH (d:IngestDraft {id: $id})
     OPTIONAL MATCH (a:AuditEvent {operationName: 'ingest.discard'}) WHERE $id IN a.updatedIds
     RETURN d.status AS status, collect(a.actor) AS actors`,
    { id },
    { database: database.database },
  );
  return { status: records[0]?.get('status') as string, actors: records[0]?.get('actors') as string[] };
}

describe('review without a mouse', () => {
  it('edits a quote and adds a mention with the keyboard caret alone', async () => {
    const review = await signedIn();
    await review.paste(release('spans'), '2025-04-10');
    const keys = await review.el('review-keys').locator('kbd').allTextContents();
    expect(keys).toEqual(expect.arrayContaining(['← →', 'Shift+← →', 'd']));

    // The appointment's quote: the caret starts at the quote, goes two words left, and Shift+→ selects
    // five words from there; `s` makes them the quote.
    const appointed = review.proposal({ label: 'HOLDS', name: /Управления полиции города Рудного$/ });
    await review.goTo(appointed);
    const before = await review.quote(appointed);
    expect(before).toMatch(/^Айдос Карибжанов назначен/);
    await review.page.keyboard.press('ArrowLeft');
    expect(await review.afterCaret(5)).toBe('Айдос');
    await review.caretTo('подполковник', 'ArrowLeft');
    for (let i = 0; i < 5; i++) await review.page.keyboard.press('Shift+ArrowRight');
    expect(await review.picked()).toBe('подполковник полиции Айдос Карибжанов назначен');
    expect(await review.el('review-text').locator('.picked').count()).toBeGreaterThan(0);
    await screenshot(review.page, 'review-keyboard-caret');
    await review.page.keyboard.press('s');
    await expect.poll(() => review.quote(appointed)).toBe('подполковник полиции Айдос Карибжанов назначен');
    expect(await appointed.getAttribute('data-edited')).toBe('true');
    // The selection is used up: no caret is left in the text.
    expect(await review.el('review-caret').count()).toBe(0);

    // The city police's body gets the headline's «городской полиции» as one more mention, with `+`.
    // Shift+= sends «+» in both layouts.
    const body = review.proposal({ label: 'Agency', name: 'Управление полиции города Рудного' });
    await review.goTo(body);
    // «mention i of n» on the current row: n before the edit.
    const mentionCount = async () =>
      Number(/(\d+)\D*:/.exec((await body.locator('[data-test="proposal-mention"]').textContent())!)![1]);
    const mentions = await mentionCount();
    await review.page.keyboard.press('ArrowRight');
    await review.caretTo('городской', 'ArrowLeft');
    await review.page.keyboard.press('Shift+ArrowRight');
    await review.page.keyboard.press('Shift+ArrowRight');
    expect(await review.picked()).toBe('городской полиции');
    await review.page.keyboard.press('+');
    await expect.poll(() => review.mention()).toBe('городской полиции');
    expect(await body.getAttribute('data-edited')).toBe('true');
    expect(await mentionCount()).toBe(mentions + 1);
    // Esc drops a caret without touching the decisions.
    await review.page.keyboard.press('ArrowLeft');
    expect(await review.el('review-caret').count()).toBe(1);
    await review.page.keyboard.press('Escape');
    expect(await review.el('review-caret').count()).toBe(0);
    await review.saved();

    // Both edits were saved on the server: the draft read again shows them.
    await review.page.reload();
    await review.el('review-screen').waitFor();
    await expect
      .poll(() =>
        review.quote(review.proposal({ label: 'HOLDS', name: /Управления полиции города Рудного$/ })),
      )
      .toBe('подполковник полиции Айдос Карибжанов назначен');
  });

  it('discards a draft from the review screen with `d`, after a confirmation, audited', async () => {
    const review = await signedIn();
    await review.paste(release('discard-key'), '2025-04-10');
    const id = (await review.el('review-screen').getAttribute('data-draft'))!;
    // `d` asks; `n` (here «т», the Russian layout's key in its place) keeps the draft.
    await review.page.keyboard.press('d');
    await review.el('review-discard-confirm').waitFor();
    await review.page.keyboard.press('a'); // ignored while asking
    expect(await review.count('accepted')).toBe('0');
    await review.pressInRussianLayout('т', 'KeyN');
    await expect.poll(() => review.el('review-discard-confirm').isVisible()).toBe(false);
    expect((await discardRecord(id)).status).toBe('pending');
    // `d` again, then `y` (the Russian «в» and «н»): the draft is discarded and the list says so.
    await review.pressInRussianLayout('в', 'KeyD');
    await review.el('review-discard-confirm').waitFor();
    await screenshot(review.page, 'review-discard-confirm');
    await review.pressInRussianLayout('н', 'KeyY');
    await review.el('ingest-documents-view').waitFor();
    expect(await review.el('review-discarded').textContent()).toMatch(/отброшен|discarded/);
    await expect
      .poll(() => review.page.locator(`[data-test="ingest-draft"][data-id="${id}"]`).count())
      .toBe(0);
    const record = await discardRecord(id);
    expect(record.status).toBe('discarded');
    expect(record.actors).toEqual([inject('e2eEditor').username]);
  });

  it('discards a draft from the documents list after a confirmation', async () => {
    const review = await signedIn();
    await review.paste(release('discard-list'), '2025-04-10');
    const id = (await review.el('review-screen').getAttribute('data-draft'))!;
    await review.el('review-back').click();
    const row = review.page.locator(`[data-test="ingest-draft"][data-id="${id}"]`);
    await row.locator('[data-test="ingest-draft-discard"]').click();
    const confirm = row.locator('[data-test="ingest-draft-discard-confirm"]');
    await confirm.waitFor();
    // The safe answer has the focus: Enter keeps the draft.
    await review.page.keyboard.press('Enter');
    await expect.poll(() => confirm.isVisible()).toBe(false);
    expect((await discardRecord(id)).status).toBe('pending');
    await row.locator('[data-test="ingest-draft-discard"]').click();
    await row.locator('[data-test="ingest-draft-discard-confirm-yes"]').click();
    await expect.poll(() => row.getAttribute('data-status')).toBe('discarded');
    expect(await discardRecord(id)).toEqual({ status: 'discarded', actors: [inject('e2eEditor').username] });
  });
});
