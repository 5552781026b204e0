import type { Core } from 'cytoscape';
import { project } from '../geo/projection.ts';
import { unitCaption } from '../geo/unit-captions.ts';
import type { GeoData } from '../geo/units.ts';
import { toGraphML } from '../graph/export-graphml.ts';
import { projectedBounds } from '../graph/geo-positions.ts';
import type { Lang, NodeData } from '../graph/graph-types.ts';
import { labelStyle } from '../graph/label-styles.ts';
import type { ViewState } from '../graph/url-state.ts';
import { translate, type StringKey } from '../i18n/strings.ts';
import { labelName } from '../i18n/vocabulary.ts';
import { download } from '../ui/download.ts';
import { EDGE_STYLES } from '../ui/edge-legend.ts';
import { composePng } from '../ui/png-export.ts';

export type ExportFormat = 'png' | 'json' | 'graphml';

/** What an export reads from the workspace. */
export interface ExportHost {
  readonly cy: Core;
  readonly state: ViewState;
  readonly lang: Lang;
  readonly geo: { readonly data: GeoData | null };
}

/** The PNG's title, legend and map, from what is visible. */
function pngParts(ws: ExportHost) {
  const { cy, lang, state } = ws;
  const visible = cy.elements(':visible');
  const focus = state.focus ? (cy.$id(state.focus).data('caption') as string | undefined) : undefined;
  const labels = [...new Set(visible.nodes().map((n) => (n.data() as NodeData).label))].sort();
  const kinds = new Set<string>(
    visible
      .edges()
      .map((e) =>
        e.hasClass('flow')
          ? 'flow'
          : e.hasClass('path')
            ? 'path'
            : e.data('inferred')
              ? 'inferred'
              : 'stated',
      ),
  );
  const geo = state.layout === 'geo' ? ws.geo.data : null;
  const active = new Set(visible.nodes('[label = "Region"]').map((n) => String(n.data('props')?.iso ?? '')));
  return {
    title: `OpsGraph — ${translate(lang, `viewName.${state.view}` as StringKey)}${focus ? `: ${focus}` : ''}`,
    subtitle: `${new Date().toISOString().slice(0, 10)} · ${visible.nodes().length} / ${visible.edges().length}`,
    nodes: labels.map((label) => ({ name: labelName(label, lang), ...labelStyle(label) })),
    edges: EDGE_STYLES.filter((s) => kinds.has(s.kind)).map((s) => ({
      name: translate(lang, s.key),
      color: s.color,
      width: s.width,
      dash: s.dash?.split(' ').map(Number),
    })),
    map: geo
      ? {
          units: geo.units.map((u) => ({ rings: u.polygons.flat(), active: active.has(u.iso) })),
          // As on screen: every unit named, but those whose region marker (with its caption) is drawn.
          captions: geo.units
            .filter((u) => !active.has(u.iso))
            .map((u) => ({ at: project(u.label[1], u.label[0]), lines: unitCaption(u, lang) })),
          outline: geo.outline,
          bounds: projectedBounds(geo.outline),
          attribution: 'Boundaries: geokz (A. Rodionov), CC BY 4.0, after OCHA COD-AB Kazakhstan 2024',
        }
      : null,
  };
}

/**
 * Exports what is on screen (hidden and filtered elements left out) in one of three formats. Loaded only
 * when an export is asked for, so none of it weighs on the main bundle.
 */
export async function exportView(ws: ExportHost, format: ExportFormat, name: string): Promise<void> {
  const visible = ws.cy.elements(':visible').not('.flow');
  if (format === 'png') {
    download(await composePng(ws.cy, pngParts(ws)), `${name}.png`);
  } else if (format === 'json') {
    // Cytoscape JSON: loadable with cytoscape({ elements }) or Cytoscape desktop's import.
    const json = { format_version: '1.0', generated_by: 'opsgraph', elements: visible.jsons() };
    download(new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' }), `${name}.cyjs`);
  } else {
    const elements = visible.map((e) => ({ group: e.group(), data: e.data() as Record<string, unknown> }));
    download(new Blob([toGraphML(elements)], { type: 'application/graphml+xml' }), `${name}.graphml`);
  }
}
