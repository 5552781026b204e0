import type { Core } from 'cytoscape';
import type { Lang } from '../graph/graph-types.ts';
import type * as TimeBar from '../ui/time-bar.ts';
import {
  formatRange,
  histogram,
  overlaps,
  parseRange,
  spanOf,
  type Dated,
  type Span,
} from '../graph/time-range.ts';

let timeBar: Promise<typeof TimeBar> | null = null;

/**
 * Fades what lies outside the range (class `out-of-time`) and draws the time bar for the visible dated
 * elements; the bar's code (d3) is fetched the first time a view has dates. `onRange` gets the new range as
 * the link writes it, or null.
 */
export function applyTimeRange(
  cy: Core,
  host: HTMLElement,
  rangeText: string | null | undefined,
  lang: Lang,
  onRange: (range: string | null) => void,
): void {
  const range = parseRange(rangeText ?? null);
  const spans: Span[] = [];
  cy.batch(() => {
    cy.elements().forEach((element) => {
      const span = spanOf(element.data() as Dated);
      if (span && element.visible()) spans.push(span);
      element.toggleClass('out-of-time', Boolean(range && span && !overlaps(span, range)));
    });
  });
  const bins = histogram(spans);
  if (bins.length === 0 && !range) {
    host.hidden = true;
    return;
  }
  timeBar ??= import('../ui/time-bar.ts');
  void timeBar.then((module) =>
    module.drawTimeBar(host, bins, range, lang, (next) => onRange(next ? formatRange(next) : null)),
  );
}
