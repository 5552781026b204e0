import type { Core } from 'cytoscape';
import type { GraphApi } from '../api/index.ts';
import { buildBrief, type Brief } from '../graph/brief.ts';
import { briefMarkdown, type SourceRef } from '../graph/brief-markdown.ts';
import type { Lang, SliceInput } from '../graph/graph-types.ts';
import { briefGraph } from '../ui/brief-graph.ts';
import { briefView } from '../ui/brief-view.ts';
import { download } from '../ui/download.ts';

/** The sources a brief cites, by id: title and address (a source that fails to load keeps its id). */
async function briefSources(api: GraphApi, brief: Brief): Promise<Map<string, SourceRef>> {
  const ids = new Set<string>();
  for (const section of brief.sections)
    for (const line of section.lines) for (const item of line.evidence) ids.add(item.sourceId);
  const found = await Promise.allSettled([...ids].map((id) => api.source(id)));
  const refs = new Map<string, SourceRef>();
  for (const result of found)
    if (result.status === 'fulfilled')
      refs.set(result.value.id, {
        title: result.value.title ?? result.value.id,
        url: result.value.url ?? null,
      });
  return refs;
}

/**
 * Opens the brief over the workspace (the canvas stays as it is behind it): the chain drawn as an image,
 * the roles and their evidence, print (one page, by the print stylesheet) and Markdown export. Closing it
 * returns to the canvas untouched.
 */
export async function openBrief(
  cy: Core,
  api: GraphApi,
  slice: SliceInput,
  directiveId: string,
  lang: Lang,
): Promise<HTMLElement> {
  document.querySelector('.brief-overlay')?.remove();
  // Every item of every edge of the chain, asked once: the view itself returns only the primary ones.
  const evidence = await api.edgeEvidence(slice.nodes.map((node) => node.id));
  const edges = slice.edges.map((edge) => ({ ...edge, evidence: evidence.get(edge.id) ?? edge.evidence }));
  const brief = buildBrief({ nodes: slice.nodes, edges }, directiveId, lang);
  const sources = await briefSources(api, brief);
  const graph = briefGraph(cy);
  const overlay = document.createElement('div');
  overlay.className = 'brief-overlay';
  const close = () => {
    overlay.remove();
    document.body.classList.remove('brief-open');
  };
  overlay.append(
    briefView(brief, lang, graph, sources, {
      onPrint: () => window.print(),
      onMarkdown: () =>
        download(
          new Blob([briefMarkdown(brief, sources, lang)], { type: 'text/markdown;charset=utf-8' }),
          `brief-${brief.directive.id.replace(/[^a-z0-9-]+/gi, '-')}.md`,
        ),
      onClose: close,
    }),
  );
  overlay.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  document.body.append(overlay);
  document.body.classList.add('brief-open');
  return overlay;
}
