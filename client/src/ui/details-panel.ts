import type { EdgeSingular, NodeSingular } from 'cytoscape';
import type { GraphApi } from '../api/index.ts';
import type { EdgeData, Lang, NodeData } from '../graph/graph-types.ts';
import { labelStyle } from '../graph/label-styles.ts';
import { tenure } from '../graph/fact-time.ts';
import { propertyRows } from '../graph/property-rows.ts';
import { referenceCitations, valueDisplay } from '../graph/reference-citations.ts';
import { translate } from '../i18n/strings.ts';
import { labelName, relCaption } from '../i18n/vocabulary.ts';
import { fill, h } from './dom.ts';
import { citationLine, evidenceView } from './evidence-view.ts';

/**
 * A value cell: long values clipped with the whole text as a tooltip, other-language text folded away, an
 * enumeration's word with the stored value (`raw`) as its tooltip.
 */
function valueCell(text: string, valueLang: Lang | undefined, lang: Lang, raw?: string): HTMLElement {
  const display = valueDisplay(text, valueLang, lang);
  const attrs = valueLang ? { lang: valueLang } : {};
  if (display.folded)
    return h(
      'td',
      {},
      h(
        'details',
        { class: 'other-lang', test: 'other-lang' },
        h('summary', {}, translate(lang, 'otherLangNote')),
        h('span', attrs, text),
      ),
    );
  if (display.clipped)
    return h(
      'td',
      { ...attrs, class: 'clipped', title: text, test: 'clipped' },
      h('span', { class: 'value' }, text),
    );
  const rawAttrs = raw === undefined ? {} : { title: raw, 'data-raw': raw };
  return h('td', { ...attrs, ...rawAttrs }, h('span', { class: 'value' }, text));
}

function row(name: string, value: unknown, lang: Lang, valueLang?: Lang, raw?: string): HTMLElement | null {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
    return null;
  const text = Array.isArray(value) ? value.join(', ') : String(value);
  return h('tr', {}, h('th', {}, name), valueCell(text, valueLang, lang, raw));
}

/** The node's references as citations: the number, then the reference Source's title, publisher and URL. */
function referencesRow(name: string, values: readonly string[], api: GraphApi, lang: Lang): HTMLElement {
  const list = h('ul', { class: 'citations', test: 'node-citations' });
  for (const ref of referenceCitations(values)) {
    // Until (or unless) its Source arrives, the citation the node itself carries stands for it.
    const line = h(
      'li',
      { test: 'node-citation', 'data-source': ref.sourceId },
      ref.label,
      ' ',
      ref.citation,
    );
    list.append(line);
    if (ref.sourceId)
      api.source(ref.sourceId).then(
        (source) => fill(line, ref.label, ' ', ...citationLine(source, lang)),
        () => undefined,
      );
  }
  return h('tr', {}, h('th', {}, name), h('td', {}, list));
}

/** Properties of a node in both languages, and its edges on the canvas, each opening its evidence. */
function nodeDetails(
  node: NodeSingular,
  api: GraphApi,
  lang: Lang,
  onEdge: (edge: EdgeSingular) => void,
): HTMLElement {
  const d = node.data() as NodeData;
  const style = labelStyle(d.label);
  const edges = node.connectedEdges(':visible');
  return h(
    'div',
    { test: 'details-node', 'data-id': d.id },
    h(
      'h2',
      {},
      h('span', { class: 'glyph', style: `background:${style.color}` }, style.glyph),
      ' ',
      d.caption,
    ),
    h(
      'table',
      { class: 'props' },
      row('id', d.id, lang),
      row(lang === 'ru' ? 'тип' : 'type', labelName(d.label, lang), lang),
      row(lang === 'ru' ? 'название (RU)' : 'name (RU)', d.name, lang),
      row(lang === 'ru' ? 'название (EN)' : 'name (EN)', d.nameEn, lang),
      row(lang === 'ru' ? 'другие названия' : 'aliases', d.aliases, lang),
      row(lang === 'ru' ? 'год' : 'year', d.year, lang),
      row(
        lang === 'ru' ? 'координаты' : 'lat/lon',
        d.lat !== null && d.lon !== null ? `${d.lat}, ${d.lon}` : null,
        lang,
      ),
      // Every other property, with units, dates and the interface's language (a seizure's kg, an indicator's
      // value and change, a measure's period…); references as the citations of their Sources.
      ...propertyRows(d.props ?? {}, lang).map((p) =>
        p.key === 'references' && Array.isArray(d.props?.references)
          ? referencesRow(p.label, d.props.references.map(String), api, lang)
          : row(p.label, p.value, lang, p.lang, p.raw),
      ),
    ),
    h('h3', {}, translate(lang, 'evidence')),
    h(
      'ul',
      { class: 'edge-list' },
      ...edges.map((edge) => {
        const e = edge.data() as EdgeData;
        const other = (e.source === d.id ? edge.target() : edge.source()).data('caption') as string;
        const time = tenure(e, lang);
        return h(
          'li',
          { class: time.former ? 'former' : '' },
          h(
            'button',
            { class: 'link', test: 'details-edge', 'data-id': e.id, onclick: () => onEdge(edge) },
            `${e.source === d.id ? '→' : '←'} ${relCaption(e.type, lang)} · ${other}`,
          ),
          time.text ? h('span', { class: 'badge', test: 'edge-tenure' }, time.text) : null,
          e.quote ? h('q', {}, e.quote) : null,
        );
      }),
    ),
  );
}

/** The details panel: what is selected, its properties, and the evidence of edges. */
export class DetailsPanel {
  readonly element = h('section', { class: 'details', test: 'details' });

  constructor(
    private readonly api: GraphApi,
    private readonly onError: (error: unknown) => void,
  ) {}

  showNothing(lang: Lang): void {
    fill(
      this.element,
      h('h2', {}, translate(lang, 'details')),
      h('p', { class: 'muted' }, translate(lang, 'nothingSelected')),
    );
  }

  showNode(node: NodeSingular, lang: Lang, onEdge: (edge: EdgeSingular) => void): void {
    fill(this.element, nodeDetails(node, this.api, lang, onEdge));
  }

  showEdge(edge: EdgeSingular, lang: Lang): void {
    if (edge.hasClass('flow')) return this.showFlow(edge, lang);
    const e = edge.data() as EdgeData;
    fill(
      this.element,
      h(
        'div',
        { test: 'details-edge-view', 'data-id': e.id },
        h(
          'h2',
          {},
          `${edge.source().data('caption')} → ${relCaption(e.type, lang)} → ${edge.target().data('caption')}`,
        ),
        evidenceView(this.api, e, lang, this.onError),
      ),
    );
  }

  /** A supply flow of the map: its count, and the channels behind it, each a link to select it. */
  private showFlow(edge: EdgeSingular, lang: Lang): void {
    const channels = (edge.data('channels') as string[]).map((id) => edge.cy().$id(id));
    fill(
      this.element,
      h(
        'div',
        { test: 'details-flow', 'data-id': edge.id() },
        h('h2', {}, `${edge.source().data('caption')} → ${edge.target().data('caption')}`),
        h('p', {}, `${edge.data('caption')} · ${translate(lang, 'edgeFlow')}`),
        h(
          'ul',
          { class: 'edge-list' },
          ...channels.map((channel) =>
            h(
              'li',
              {},
              h(
                'button',
                {
                  class: 'link',
                  onclick: () => {
                    edge.cy().elements().unselect();
                    channel.select();
                  },
                },
                String(channel.data('caption') ?? channel.id()),
              ),
            ),
          ),
        ),
      ),
    );
  }

  /** Extra content under the details (the responsibility chain's hop list). */
  append(element: HTMLElement): void {
    this.element.append(element);
  }
}
