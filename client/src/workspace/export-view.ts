import type { Core } from 'cytoscape';
import { toGraphML } from '../graph/export-graphml.ts';
import { download } from '../ui/download.ts';

export type ExportFormat = 'png' | 'json' | 'graphml';

/** Exports what is on screen (hidden and filtered elements left out) in one of three formats. */
export async function exportView(cy: Core, format: ExportFormat, name: string): Promise<void> {
  const visible = cy.elements(':visible');
  if (format === 'png') {
    const blob = await cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
    download(blob, `${name}.png`);
  } else if (format === 'json') {
    // Cytoscape JSON: loadable with cytoscape({ elements }) or Cytoscape desktop's import.
    const json = { format_version: '1.0', generated_by: 'opsgraph', elements: visible.jsons() };
    download(new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' }), `${name}.cyjs`);
  } else {
    const elements = visible.map((e) => ({ group: e.group(), data: e.data() as Record<string, unknown> }));
    download(new Blob([toGraphML(elements)], { type: 'application/graphml+xml' }), `${name}.graphml`);
  }
}
