// The time bar draws with d3-scale and d3-brush (with d3-selection, which the brush needs): a brush that
// handles mouse, touch and keyboard-free dragging correctly is more than a page of code to hand-write, and
// the three together are 22 KB gzipped, loaded only when a view has dated elements (lazy chunk).
import { brushX, type D3BrushEvent } from 'd3-brush';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import type { Lang } from '../graph/graph-types.ts';
import { formatRange, type TimeRange } from '../graph/time-range.ts';
import { translate } from '../i18n/strings.ts';
import { fill, h } from './dom.ts';

const HEIGHT = 46;
const PAD = 14;

/** A fractional year (2024.75) as the padded first or last day of its month. */
function monthDay(t: number, end: boolean): string {
  const year = Math.floor(t);
  const month = Math.min(12, Math.max(1, Math.floor((t - year) * 12) + 1));
  return `${year}-${String(month).padStart(2, '0')}-${end ? '99' : '00'}`;
}

/** A padded day as a fractional year, for placing the brush. */
function yearOf(day: string, end: boolean): number {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  if (month < 1 || month > 12) return year + (end ? 1 : 0);
  return year + (month - (end ? 0 : 1)) / 12;
}

/**
 * Draws the histogram of the dated facts and events in view, one bar per year, with a brush: dragging sets a
 * range (to the month), a click outside the brush clears it. `onRange` gets the new range or null.
 */
export function drawTimeBar(
  host: HTMLElement,
  bins: readonly { year: number; count: number }[],
  range: TimeRange | null,
  lang: Lang,
  onRange: (range: TimeRange | null) => void,
): void {
  if (bins.length === 0) {
    host.hidden = true;
    return;
  }
  host.hidden = false;
  const width = Math.max(240, host.clientWidth || 600);
  const first = bins[0]!.year;
  const last = bins[bins.length - 1]!.year + 1;
  const x = scaleLinear()
    .domain([first, last])
    .range([PAD, width - PAD]);
  const top = Math.max(...bins.map((b) => b.count));
  const y = scaleLinear()
    .domain([0, top])
    .range([HEIGHT - 14, 4]);
  const svg = select(document.createElementNS('http://www.w3.org/2000/svg', 'svg'))
    .attr('width', width)
    .attr('height', HEIGHT)
    .attr('data-test', 'timebar-svg');
  for (const bin of bins) {
    svg
      .append('rect')
      .attr('class', 'timebar-bin')
      .attr('data-year', bin.year)
      .attr('data-count', bin.count)
      .attr('x', x(bin.year) + 1)
      .attr('width', Math.max(1, x(bin.year + 1) - x(bin.year) - 2))
      .attr('y', y(bin.count))
      .attr('height', HEIGHT - 14 - y(bin.count));
    svg
      .append('text')
      .attr('x', (x(bin.year) + x(bin.year + 1)) / 2)
      .attr('y', HEIGHT - 2)
      .attr('text-anchor', 'middle')
      .text(String(bin.year));
  }
  const brush = brushX<unknown>()
    .extent([
      [PAD, 0],
      [width - PAD, HEIGHT - 12],
    ])
    .on('end', (event: D3BrushEvent<unknown>) => {
      if (!event.sourceEvent) return; // moved by code, not by the reader
      const sel = event.selection as [number, number] | null;
      onRange(
        sel ? { from: monthDay(x.invert(sel[0]), false), to: monthDay(x.invert(sel[1] - 0.5), true) } : null,
      );
    });
  const g = svg.append('g').attr('class', 'brush').call(brush);
  if (range) {
    const from = Math.max(first, yearOf(range.from, false));
    const to = Math.min(last, yearOf(range.to, true));
    if (to > from) g.call(brush.move, [x(from), x(to)]);
  }
  const label = range ? formatRange(range) : translate(lang, 'timeAll');
  fill(
    host,
    h(
      'div',
      { class: 'timebar-head' },
      h('span', {}, translate(lang, 'timeBar')),
      h('span', { test: 'timebar-range' }, label),
      range
        ? h(
            'button',
            { class: 'link', test: 'timebar-clear', onclick: () => onRange(null) },
            translate(lang, 'timeClear'),
          )
        : null,
    ),
    svg.node(),
  );
}
