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
  type TimeRange,
} from '../graph/time-range.ts';

let timeBar: Promise<typeof TimeBar> | null = null;

/** Where the bar lives: under the canvas, inside the canvas's frame. */
export interface TimeBarHost {
  canvasWrap: HTMLElement;
  timebar: HTMLElement;
}

/** Fades what lies outside the range (class `out-of-time`); returns the histogram of the visible dated elements. */
function fadeOutOfRange(cy: Core, range: TimeRange | null): { year: number; count: number }[] {
  const spans: Span[] = [];
  cy.batch(() => {
    cy.elements().forEach((element) => {
      const span = spanOf(element.data() as Dated);
      if (span && element.visible()) spans.push(span);
      element.toggleClass('out-of-time', Boolean(range && span && !overlaps(span, range)));
    });
  });
  return histogram(spans);
}

/**
 * Shows or hides the bar's strip. The canvas ends where the strip begins (class `with-timebar`), so no node is
 * ever drawn under the bar; the canvas is resized, not refitted, so pan and zoom stay as they were.
 */
function reserveStrip(cy: Core, host: TimeBarHost, shown: boolean): void {
  host.timebar.hidden = !shown;
  if (host.canvasWrap.classList.contains('with-timebar') === shown) return;
  host.canvasWrap.classList.toggle('with-timebar', shown);
  cy.resize();
}

/**
 * Fades out-of-range elements and gives the bar its strip under the canvas, synchronously, so a fit that
 * follows fits into the canvas above the bar. Returns the bins to draw (empty when the bar is hidden).
 */
export function reserveTimeBar(
  cy: Core,
  host: TimeBarHost,
  rangeText: string | null | undefined,
): { year: number; count: number }[] {
  const range = parseRange(rangeText ?? null);
  const bins = fadeOutOfRange(cy, range);
  reserveStrip(cy, host, bins.length > 0);
  return bins;
}

/**
 * Fades what lies outside the range and draws the time bar for the visible dated elements; the bar's code
 * (d3) is fetched the first time a view has dates. `onRange` gets the new range as the link writes it, or null.
 */
export function applyTimeRange(
  cy: Core,
  host: TimeBarHost,
  rangeText: string | null | undefined,
  lang: Lang,
  onRange: (range: string | null) => void,
): void {
  const range = parseRange(rangeText ?? null);
  const bins = reserveTimeBar(cy, host, rangeText);
  if (host.timebar.hidden) return;
  timeBar ??= import('../ui/time-bar.ts');
  void timeBar.then((module) =>
    module.drawTimeBar(host.timebar, bins, range, lang, (next) => onRange(next ? formatRange(next) : null)),
  );
}
