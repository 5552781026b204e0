import type { GraphApi, SourceDoc } from '../api/index.ts';
import { locatePassage } from '../graph/evidence.ts';
import { basisIn, groupEvidence, type EvidenceEntry } from '../graph/evidence-items.ts';
import { tenure } from '../graph/fact-time.ts';
import type { EdgeData, Lang } from '../graph/graph-types.ts';
import { formatPartialDate } from '../graph/partial-date.ts';
import { translate } from '../i18n/strings.ts';
import { fill, h } from './dom.ts';

/** Why an item is inferred, in the interface's language (marked `lang="en"` when only English exists). */
function basisLine(item: EvidenceEntry, lang: Lang): HTMLElement | null {
  if (!item.inferred) return null;
  const basis = basisIn(item, lang);
  return h(
    'p',
    { class: 'inferred', test: 'evidence-basis' },
    `${translate(lang, 'inferredBasis')}: `,
    basis ? h('span', { lang: basis.lang }, basis.text) : '—',
  );
}

/** The source's title, publisher, date and address, each said to be missing when the source has none. */
export function sourceMeta(source: SourceDoc, lang: Lang): HTMLElement {
  const missing = (key: 'noPublisher' | 'noDate') => h('span', { class: 'muted' }, translate(lang, key));
  return h(
    'div',
    { class: 'source-meta', test: 'source-meta' },
    h('div', { class: 'source-title', test: 'source-title' }, source.title ?? source.id),
    h(
      'div',
      {},
      source.publisher ? h('span', { test: 'source-publisher' }, source.publisher) : missing('noPublisher'),
      ' · ',
      source.publishedAt
        ? h('span', { test: 'source-date' }, formatPartialDate(source.publishedAt, lang))
        : missing('noDate'),
    ),
    source.url
      ? h(
          'a',
          { href: source.url, target: '_blank', rel: 'noopener noreferrer', test: 'source-url' },
          source.url,
        )
      : null,
  );
}

/** The document reader: the source's details, then its full text with the item's quote highlighted. */
function readItem(
  api: GraphApi,
  item: EvidenceEntry,
  reader: HTMLElement,
  lang: Lang,
  onError: (e: unknown) => void,
) {
  const text = h('div', { class: 'source-text', test: 'source-text' }, translate(lang, 'loading'));
  fill(reader, h('blockquote', { test: 'evidence-quote' }, item.quote), text);
  api.source(item.sourceId).then(
    (source) => {
      const passage = locatePassage(source.text ?? '', item.quote!, item.start, item.end);
      const mark = h('mark', { test: 'evidence-highlight' }, passage.quote);
      reader.insertBefore(sourceMeta(source, lang), reader.firstChild);
      fill(
        text,
        passage.before,
        passage.quote ? mark : h('p', { class: 'error' }, translate(lang, 'quoteNotFound')),
        passage.after,
      );
      mark.scrollIntoView({ block: 'center' });
    },
    (error: unknown) => {
      text.textContent = '';
      onError(error);
    },
  );
}

/** A reference Source as one citation: its title, publisher and date when it has them, and its address. */
export function citationLine(source: SourceDoc, lang: Lang): (HTMLElement | string)[] {
  const title = source.title ?? source.id;
  const link = (text: string) =>
    h('a', { href: source.url!, target: '_blank', rel: 'noopener noreferrer' }, text);
  // A citation that is its own address ("tass.com/world/1509513") becomes the link, not written twice.
  const titleIsAddress = Boolean(source.url) && title.startsWith(source.url!.replace(/^https?:\/\//, ''));
  const parts: (HTMLElement | string)[] = [titleIsAddress ? link(title) : title];
  if (source.publisher) parts.push(' · ', source.publisher);
  if (source.publishedAt) parts.push(' · ', formatPartialDate(source.publishedAt, lang));
  if (source.url && !titleIsAddress) parts.push(' · ', link(source.url));
  return parts;
}

/** A reference cited without a quote: its citation (the Source's title) and address, fetched once. */
function citation(api: GraphApi, item: EvidenceEntry, lang: Lang): HTMLElement {
  const line = h('li', { test: 'evidence-citation', 'data-source': item.sourceId }, item.sourceId);
  api.source(item.sourceId).then(
    (source) => fill(line, ...citationLine(source, lang), basisLine(item, lang)),
    () => line.append(basisLine(item, lang) ?? ''),
  );
  return line;
}

/** The items of an edge: the quotes, the chosen one read in its document, then the references cited. */
function itemsView(
  api: GraphApi,
  items: readonly EvidenceEntry[],
  lang: Lang,
  onError: (e: unknown) => void,
) {
  const { quoted, cited } = groupEvidence(items);
  const parts: HTMLElement[] = [];
  if (quoted.length === 0) parts.push(h('p', { class: 'muted' }, translate(lang, 'noQuote')));
  if (quoted.length > 0) {
    const reader = h('div', { class: 'reader', test: 'reader' });
    const list = h('ol', { class: 'evidence-items' });
    quoted.forEach((item, i) => {
      const open = h(
        'button',
        { class: 'link', test: 'evidence-open', 'data-source': item.sourceId },
        `«${item.quote}»`,
      );
      open.addEventListener('click', () => {
        list.querySelectorAll('li').forEach((li) => li.classList.remove('active'));
        open.parentElement?.classList.add('active');
        readItem(api, item, reader, lang, onError);
      });
      list.append(
        h('li', { test: 'evidence-item', class: i === 0 ? 'active' : '' }, open, basisLine(item, lang)),
      );
    });
    parts.push(h('h4', {}, translate(lang, 'evidenceQuotes', { n: quoted.length })), list, reader);
    readItem(api, quoted[0]!, reader, lang, onError);
  }
  if (cited.length > 0) {
    parts.push(
      h('h4', {}, translate(lang, 'evidenceCitations', { n: cited.length })),
      h(
        'ul',
        { class: 'citations', test: 'evidence-citations' },
        ...cited.map((item) => citation(api, item, lang)),
      ),
    );
  }
  return parts;
}

/**
 * An edge's evidence: when it held (a former post with its dates), every quote from every source — the
 * chosen one read inside its document with the passage highlighted, so the claim is seen in context — and
 * the references it cites. The items are asked for when the edge is opened (the views leave them out).
 */
export function evidenceView(
  api: GraphApi,
  edge: EdgeData,
  lang: Lang,
  onError: (e: unknown) => void,
): HTMLElement {
  const box = h('div', { class: 'evidence', test: 'evidence' });
  const time = tenure(edge, lang);
  if (time.text)
    box.append(h('p', { class: time.former ? 'former' : 'tenure', test: 'evidence-tenure' }, time.text));
  // Until the list arrives (or if it cannot), the primary item the view returned stands for it.
  const primary: EvidenceEntry[] = [
    {
      sourceId: edge.sourceId ?? '',
      quote: edge.quote,
      start: edge.start,
      end: edge.end,
      inferred: edge.inferred,
      basis: edge.basis,
      basisRu: null,
    },
  ];
  const body = h('div', { class: 'evidence-body' }, translate(lang, 'loading'));
  box.append(body);
  const known = edge.evidence?.length ? Promise.resolve(edge.evidence) : null;
  (known ?? api.edgeEvidence([edge.source, edge.target]).then((found) => found.get(edge.id) ?? primary)).then(
    (items) => fill(body, ...itemsView(api, items, lang, onError)),
    (error: unknown) => {
      fill(body, ...itemsView(api, primary, lang, onError));
      onError(error);
    },
  );
  return box;
}
