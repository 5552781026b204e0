import type { Core, EdgeSingular, EventObject, NodeSingular } from 'cytoscape';
import type { EdgeData, Lang, NodeData } from '../graph/graph-types.ts';
import { labelName, relCaption } from '../i18n/vocabulary.ts';
import { translate } from '../i18n/strings.ts';
import { fill, h } from './dom.ts';

/** The tooltip's text for a node: its full name, and its type in the interface's language. */
export function nodeTip(node: Pick<NodeData, 'caption' | 'name' | 'label'>, lang: Lang): [string, string] {
  return [node.caption || node.name, labelName(node.label, lang)];
}

/**
 * Shows the full name and type of the node (or the relationship) under the pointer, or of the node just
 * selected from the keyboard or search. The canvas draws names cut to two lines; this is where the rest is.
 * A DOM element over the canvas: no extension (cytoscape-popper would add Popper for one box).
 */
export function installTooltip(cy: Core, tip: HTMLElement, lang: () => Lang): void {
  const show = (target: NodeSingular | EdgeSingular) => {
    const at = target.isNode() ? target.renderedPosition() : target.renderedMidpoint();
    const below = target.isNode() ? target.renderedOuterHeight() / 2 + 6 : 8;
    if (target.isNode()) {
      const [name, type] = nodeTip(target.data() as NodeData, lang());
      fill(tip, h('strong', {}, name), h('span', { class: 'muted' }, type));
    } else if (target.hasClass('flow')) {
      fill(
        tip,
        h('strong', {}, String(target.data('caption'))),
        h('span', { class: 'muted' }, translate(lang(), 'edgeFlow')),
      );
    } else {
      const e = target.data() as EdgeData;
      fill(
        tip,
        h(
          'strong',
          {},
          `${target.source().data('caption')} → ${relCaption(e.type, lang())} → ${target.target().data('caption')}`,
        ),
        h('span', { class: 'muted' }, translate(lang(), e.inferred ? 'edgeInferred' : 'edgeStated')),
      );
    }
    tip.style.left = `${Math.round(at.x)}px`;
    tip.style.top = `${Math.round(at.y + below)}px`;
    tip.dataset.id = target.id();
    tip.hidden = false;
  };
  const hide = () => {
    tip.hidden = true;
    delete tip.dataset.id;
  };
  cy.on('mouseover', 'node, edge', (event: EventObject) => show(event.target as NodeSingular));
  cy.on('mouseout', 'node, edge', hide);
  cy.on('select', 'node', (event: EventObject) => show(event.target as NodeSingular));
  cy.on('unselect remove viewport', hide);
}
