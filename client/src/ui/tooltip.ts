import type { Core, EdgeSingular, EventObject, NodeSingular } from 'cytoscape';
import type { EdgeData, Lang, NodeData } from '../graph/graph-types.ts';
import { labelName, relCaption } from '../i18n/vocabulary.ts';
import { translate } from '../i18n/strings.ts';
import { fill, h } from './dom.ts';

/** The tooltip's text for a node: its full name, and its type in the interface's language. */
export function nodeTip(node: Pick<NodeData, 'caption' | 'name' | 'label'>, lang: Lang): [string, string] {
  return [node.caption || node.name, labelName(node.label, lang)];
}

/** Where the tooltip's top-left corner goes, in canvas pixels. */
export interface TipPlace {
  left: number;
  top: number;
}

const GAP = 6;

/**
 * Above the element (a node's caption is drawn under it, so a tooltip below would cover the very name it
 * completes), or under its caption when there is no room above; always inside the canvas, so a tooltip at
 * the canvas's edge is never cut off.
 */
export function tipPlacement(
  target: { x: number; top: number; bottom: number },
  tip: { width: number; height: number },
  canvas: { width: number; height: number },
): TipPlace {
  const above = target.top - GAP - tip.height;
  const top = above >= 0 ? above : Math.min(target.bottom + GAP, canvas.height - tip.height);
  const left = Math.min(Math.max(0, target.x - tip.width / 2), Math.max(0, canvas.width - tip.width));
  return { left, top: Math.max(0, top) };
}

/**
 * Shows the full name and type of the node (or the relationship) under the pointer, or of the node just
 * selected from the keyboard or search. The canvas draws names cut to two lines; this is where the rest is.
 * A DOM element over the canvas: no extension (cytoscape-popper would add Popper for one box).
 */
export function installTooltip(cy: Core, tip: HTMLElement, lang: () => Lang): void {
  const show = (target: NodeSingular | EdgeSingular) => {
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
    tip.dataset.id = target.id();
    tip.hidden = false;
    const place = tipPlacement(
      target.isNode()
        ? {
            x: target.renderedPosition().x,
            top: target.renderedBoundingBox({ includeLabels: false }).y1,
            bottom: target.renderedBoundingBox({ includeLabels: true }).y2,
          }
        : {
            x: target.renderedMidpoint().x,
            top: target.renderedMidpoint().y,
            bottom: target.renderedMidpoint().y,
          },
      { width: tip.offsetWidth, height: tip.offsetHeight },
      { width: cy.width(), height: cy.height() },
    );
    tip.style.left = `${Math.round(place.left)}px`;
    tip.style.top = `${Math.round(place.top)}px`;
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
