import type { Lang } from '../graph/graph-types.ts';
import { LABEL_STYLES } from '../graph/label-styles.ts';
import { translate } from '../i18n/strings.ts';
import { labelName } from '../i18n/vocabulary.ts';
import { h } from './dom.ts';

/** CSS clip-paths approximating Cytoscape's node shapes, so the legend looks like the canvas. */
const CLIP: Record<string, string> = {
  ellipse: 'circle(50%)',
  hexagon: 'polygon(25% 0, 75% 0, 100% 50%, 75% 100%, 25% 100%, 0 50%)',
  diamond: 'polygon(50% 0, 100% 50%, 50% 100%, 0 50%)',
  vee: 'polygon(0 0, 50% 40%, 100% 0, 50% 100%)',
  star: 'polygon(50% 0, 61% 35%, 98% 35%, 68% 57%, 79% 91%, 50% 70%, 21% 91%, 32% 57%, 2% 35%, 39% 35%)',
  tag: 'polygon(0 0, 75% 0, 100% 50%, 75% 100%, 0 100%)',
  octagon: 'polygon(30% 0, 70% 0, 100% 30%, 100% 70%, 70% 100%, 30% 100%, 0 70%, 0 30%)',
  triangle: 'polygon(50% 0, 100% 100%, 0 100%)',
  pentagon: 'polygon(50% 0, 100% 38%, 82% 100%, 18% 100%, 0 38%)',
};

/** The legend: one swatch per label present on the canvas (all labels when it is empty). */
export function legend(lang: Lang, present: ReadonlySet<string>): HTMLElement {
  const shown = LABEL_STYLES.filter((s) => present.size === 0 || present.has(s.label));
  return h(
    'section',
    { class: 'legend', test: 'legend' },
    h('h3', {}, translate(lang, 'legend')),
    ...shown.map((s) =>
      h(
        'div',
        { class: 'legend-item', test: `legend-${s.label}` },
        h(
          'span',
          { class: 'swatch', style: `background:${s.color};clip-path:${CLIP[s.shape] ?? 'none'}` },
          s.glyph,
        ),
        labelName(s.label, lang),
      ),
    ),
  );
}
