import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { screenshot, useBrowser } from './browser.ts';
import { ReviewPage } from './review-page.ts';
import { WorkspacePage } from './workspace-page.ts';

const browser = useBrowser();
const RELEASE = fs.readFileSync(
  path.join(import.meta.dirname, '..', 'fixtures', 'ingest-pipeline', 'appointment-rudny.txt'),
  'utf8',
);

describe('document intake', () => {
  it('pastes a release, reviews it from the keyboard, commits it, and finds the person by another case of the name', async () => {
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
    await expect
      .poll(() => ws.el('evidence-quote').textContent())
      .toBe('Айдос Карибжанов назначен на должность начальника Управления полиции города Рудного');
    await expect.poll(() => ws.el('evidence-highlight').textContent()).toContain('Айдос Карибжанов назначен');
    await screenshot(ws.page, 'review-committed-evidence');
  });
});
