import { ApiError } from '../api/api-error.ts';
import type { Lang } from '../i18n/lang.ts';
import { fill, h } from '../ui/dom.ts';
import { documentsView } from './documents-view.ts';
import { createIngestApi } from './ingest-api.ts';
import { rt } from './review-strings.ts';
import { reviewScreen } from './review-screen.ts';
import type { CommitResult } from './review-types.ts';
import './review.css';

export interface ReviewPageOptions {
  lang: Lang;
  getToken: () => string | null;
  /** The token was refused (expired, revoked): back to the sign-in form. */
  onUnauthenticated: () => void;
}

/**
 * The intake page of the workspace (`/review`, loaded only when opened): the documents list, and the review
 * screen of one draft (`/review?draft=<id>`). The browser's back button moves between them.
 */
export function mountReviewPage(root: HTMLElement, options: ReviewPageOptions): void {
  const { lang } = options;
  const api = createIngestApi(options.getToken);
  const error = h('div', { test: 'review-error', class: 'error', role: 'alert' });
  const result = h('div', { test: 'review-result', class: 'review-result' });
  const main = h('main', { class: 'review-main' });
  let dispose = () => {};
  const fail = (problem: unknown) => {
    if (problem instanceof ApiError && problem.code === 'UNAUTHENTICATED') return options.onUnauthenticated();
    error.textContent = problem instanceof ApiError ? `${problem.code}: ${problem.message}` : String(problem);
  };
  fill(
    root,
    h(
      'div',
      { test: 'review-page', class: 'review-page' },
      h(
        'header',
        { class: 'review-top' },
        h('a', { test: 'review-to-workspace', href: '/' }, rt(lang, 'toWorkspace')),
        h('h1', {}, rt(lang, 'title')),
      ),
      error,
      result,
      main,
    ),
  );

  const committed = (outcome: CommitResult) => {
    const person = outcome.nodesCreated.find((id) => id.startsWith('person:')) ?? outcome.nodesCreated[0];
    fill(
      result,
      rt(lang, 'committed', {
        nodes: outcome.nodesCreated.length,
        facts: outcome.factsCreated.length,
        evidence: outcome.factsExtended.length,
      }),
      ' ',
      person &&
        h(
          'a',
          { test: 'review-open-graph', href: `/?focus=${encodeURIComponent(person)}` },
          rt(lang, 'open'),
        ),
    );
  };

  function route() {
    dispose();
    dispose = () => {};
    error.textContent = '';
    const id = new URLSearchParams(location.search).get('draft');
    if (!id) return fill(main, documentsView(lang, api, go, fail));
    fill(main, h('p', { class: 'muted', test: 'review-loading' }, '…'));
    api.draft(id).then(({ draft, conflicts }) => {
      const screen = reviewScreen(
        lang,
        api,
        draft,
        conflicts,
        (outcome) => {
          if (outcome === 'discarded') {
            const title = draft.draft.source.title ?? draft.fileName ?? draft.id;
            fill(result, h('span', { test: 'review-discarded' }, rt(lang, 'discarded', { title })));
          } else if (outcome) committed(outcome);
          go(null);
        },
        fail,
      );
      dispose = screen.dispose;
      fill(main, screen.element);
    }, fail);
  }
  function go(id: string | null) {
    const query = new URLSearchParams(location.search);
    if (id) query.set('draft', id);
    else query.delete('draft');
    history.pushState(null, '', `/review${query.size ? `?${query}` : ''}`);
    route();
  }
  window.onpopstate = route;
  route();
}
