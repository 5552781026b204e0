import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { screenshot, useBrowser } from './browser.ts';
import { ReviewPage } from './review-page.ts';
import { WorkspacePage } from './workspace-page.ts';

const browser = useBrowser();
const fixture = (...parts: string[]) =>
  fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', ...parts), 'utf8');
const RELEASE = fixture('ingest-pipeline', 'appointment-rudny.txt');
/** A results release of some 35–40 proposals: the size the review screen is built for. */
const LONG_RELEASE = fixture('ingest', 'kokknar-kyzylorda.txt');

describe('document intake', () => {
  it('pastes a release, reviews it from the keyboard (spans too), commits it, and finds the person by another case of the name', async () => {
    const editor = inject('e2eEditor');
    const review = new ReviewPage(await browser.page(), browser.baseUrl);
    await review.open();
    await review.signIn(editor.username, editor.password);
    await review.paste(RELEASE, '2025-04-10');
    expect(Number(await review.undecided())).toBeGreaterThan(5);
    // Every mention is highlighted in the text.
    expect(await review.el('review-mention').count()).toBeGreaterThan(5);

    // Accept one, edit the person's name, reject a vague body, then accept the rest and commit.
    await review.keysOn(review.proposal({ label: 'City', name: 'Рудный' }), 'a');
    await expect
      .poll(() => review.proposal({ label: 'City', name: 'Рудный' }).getAttribute('data-verdict'))
      .toBe('accepted');
    await review.keysOn(review.proposal({ label: 'Person', name: 'Айдос Карибжанов' }), 'e');
    await review.el('edit-name').fill('Айдос Серикович Карибжанов');
    await review.page.keyboard.press('Enter');
    const person = review.proposal({ label: 'Person', name: 'Айдос Серикович Карибжанов' });
    await expect.poll(() => person.getAttribute('data-verdict')).toBe('accepted');
    const vague = review.proposal({ label: 'Position', name: 'Начальник городской полиции' });
    await review.keysOn(vague, 'r');
    await expect.poll(() => vague.getAttribute('data-verdict')).toBe('rejected');
    // The post's POSITION_IN has lost an end: it shows as dropped, is not counted as accepted or undecided,
    // and comes back (undecided again) when the post is accepted, then drops again with the post.
    const vaguePost = review.proposal({ label: 'POSITION_IN', name: /^Начальник городской полиции →/ });
    await review.keysOn(vaguePost, 'a');
    await expect.poll(() => review.status(vaguePost)).toBe('dropped');
    expect(await vaguePost.locator('[data-test="proposal-status"]').textContent()).toMatch(
      /отпадёт: конец отклонён|dropped/,
    );
    expect(await review.count('dropped')).toBe('1');
    const accepted = Number(await review.count('accepted'));
    await review.keysOn(vague, 'a');
    await expect.poll(() => review.status(vaguePost)).toBe('accepted');
    expect(Number(await review.count('accepted'))).toBe(accepted + 2);
    await review.keysOn(vague, 'r');
    await expect.poll(() => review.status(vaguePost)).toBe('dropped');

    // Span edits from the keyboard: the fact's quote grows by two words at its start, loses and regains its
    // last word; the former post's mention is set from a selection in the text.
    const appointed = review.proposal({ label: 'HOLDS', name: /Управления полиции города Рудного$/ });
    await review.keysOn(appointed, '{', '{', '[');
    await expect
      .poll(() => review.quote(appointed))
      .toBe(
        'подполковник полиции Айдос Карибжанов назначен на должность начальника Управления полиции города',
      );
    await review.page.keyboard.press(']');
    await expect
      .poll(() => review.quote(appointed))
      .toBe(
        'подполковник полиции Айдос Карибжанов назначен на должность начальника Управления полиции города Рудного',
      );
    expect(await appointed.getAttribute('data-edited')).toBe('true');
    const former = review.proposal({ label: 'Position', name: /Денисовского района/ });
    await former.click();
    await review.selectText('отдел полиции Денисовского района');
    await review.page.keyboard.press('s');
    await expect.poll(() => review.mention()).toBe('отдел полиции Денисовского района');
    expect(await former.getAttribute('data-edited')).toBe('true');
    expect(Number(await review.count('edited'))).toBeGreaterThanOrEqual(3);
    await screenshot(review.page, 'review-span-edit');
    await review.page.keyboard.press('?');
    expect(await review.el('review-help').isVisible()).toBe(true);
    await review.page.keyboard.press('Escape');
    await review.page.keyboard.press('Shift+A');
    await expect.poll(() => review.undecided()).toBe('0');
    await screenshot(review.page, 'review-draft');
    await review.saved();
    await review.page.keyboard.press('c');
    await review.el('review-open-graph').waitFor();
    expect(await review.el('review-result').textContent()).toMatch(/Зафиксировано|Committed/);
    const href = (await review.el('review-open-graph').getAttribute('href'))!;
    const personId = decodeURIComponent(href.split('focus=')[1]!);
    expect(personId).toMatch(/^person:[a-z]+-serikovich-karibzhanov-/);

    // In the workspace: the dative "Карибжанову" (not in the text) finds him; his post's quote is evidence.
    const ws = new WorkspacePage(review.page, browser.baseUrl);
    await ws.open();
    await ws.el('workspace').waitFor();
    await ws.pick('Карибжанову', personId);
    await ws.expand(personId);
    await ws.select([personId]);
    const holds = ws.page.locator('[data-test="details-edge"]', { hasText: /Рудного/ }).first();
    await holds.click();
    // The quote as the review edited it, found at its offsets in the stored text.
    await expect
      .poll(() => ws.el('evidence-quote').textContent())
      .toBe(
        'подполковник полиции Айдос Карибжанов назначен на должность начальника Управления полиции города Рудного',
      );
    await expect
      .poll(() => ws.el('evidence-highlight').textContent())
      .toContain('подполковник полиции Айдос Карибжанов назначен');
    await screenshot(ws.page, 'review-committed-evidence');
  });

  it('decides a release of some forty proposals with the keyboard alone, the keys listed on the screen', async () => {
    const editor = inject('e2eEditor');
    const review = new ReviewPage(await browser.page(), browser.baseUrl);
    await review.open();
    await review.signIn(editor.username, editor.password);
    await review.paste(LONG_RELEASE, '2025-04-10');
    const total = Number(await review.undecided());
    expect(total).toBeGreaterThan(20);
    const hints = await review.el('review-keys').locator('kbd').allTextContents();
    expect(hints).toEqual(expect.arrayContaining(['a', 'r', 'n', 's', '[ ]', '{ }', 'Shift+A', 'c', '?']));
    expect(await review.el('review-keys').isVisible()).toBe(true);

    // Reject the first entity, then accept every undecided one: `n` goes to the next undecided, `a` accepts.
    const first = review.el('review-proposal').first();
    const rejectedName = (await first.locator('[data-test="proposal-name"]').textContent())!;
    await review.page.keyboard.press('r');
    for (let presses = 0; presses < 2 * total && (await review.undecided()) !== '0'; presses++) {
      await review.page.keyboard.press('n');
      await review.page.keyboard.press('a');
    }
    expect(await review.undecided()).toBe('0');
    await review.page.keyboard.press('n');
    expect(await review.el('review-notice').textContent()).toMatch(/Всё решено|All decided/);
    // The facts of the rejected entity are dropped, and only they; the counts add up to every proposal.
    const dropped = review.page.locator('[data-test="review-proposal"][data-status="dropped"]');
    expect(String(await dropped.count())).toBe(await review.count('dropped'));
    for (const name of await dropped.locator('[data-test="proposal-name"]').allTextContents())
      expect(name.split(' → ')).toContain(rejectedName);
    const counts = await Promise.all(
      (['accepted', 'rejected', 'dropped'] as const).map(async (n) => Number(await review.count(n))),
    );
    expect(counts.reduce((a, b) => a + b)).toBe(await review.el('review-proposal').count());
    expect(counts[1]).toBe(1);
    await review.keysOn(first);
    await screenshot(review.page, 'review-forty');
    await review.saved();
  });
});
