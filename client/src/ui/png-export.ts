import type { Core } from 'cytoscape';
import type { Ring } from '../geo/polygon.ts';
import { project, type Point } from '../geo/projection.ts';
import { placeCaptions } from '../geo/unit-captions.ts';
import type { Bounds } from '../graph/geo-positions.ts';

/** What the PNG shows besides the graph: a title, a legend, and (in the geo view) the map behind it. */
export interface PngParts {
  title: string;
  subtitle: string;
  nodes: { name: string; color: string; glyph: string }[];
  edges: { name: string; color: string; width: number; dash?: number[] }[];
  map: {
    units: { rings: Ring[]; active: boolean }[];
    /** The units' names at their label points (model coordinates), in lines. */
    captions: { at: Point; lines: string[] }[];
    outline: Ring[];
    bounds: Bounds;
    attribution: string;
  } | null;
}

const PAD = 24;
const TITLE = 64;
const LEGEND = 300;
const MAX_WIDTH = 4200;

function trace(
  ctx: CanvasRenderingContext2D,
  rings: readonly Ring[],
  toPx: (x: number, y: number) => [number, number],
) {
  ctx.beginPath();
  for (const ring of rings) {
    ring.forEach(([lon, lat], i) => {
      const p = project(lat, lon);
      const [x, y] = toPx(p.x, p.y);
      if (i === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    });
    ctx.closePath();
  }
}

/**
 * The canvas as a PNG fit for a report: title band, the graph (with the map under it in the geo view, in
 * the same projection), and a legend of node types and edge styles on the right. Drawn at twice the screen
 * scale, narrower for very large graphs.
 */
export async function composePng(cy: Core, parts: PngParts): Promise<Blob> {
  const graph = cy.elements().boundingBox();
  const content = parts.map
    ? {
        x1: Math.min(graph.x1, parts.map.bounds.x1),
        y1: Math.min(graph.y1, parts.map.bounds.y1),
        x2: Math.max(graph.x2, parts.map.bounds.x2),
        y2: Math.max(graph.y2, parts.map.bounds.y2),
      }
    : graph;
  const s = Math.min(2, MAX_WIDTH / Math.max(1, content.x2 - content.x1));
  const k = 2;
  const graphImage = await cy.png({ output: 'blob-promise', full: true, scale: s, bg: 'rgba(0,0,0,0)' });
  const bitmap = await createImageBitmap(graphImage);
  const width = Math.ceil((content.x2 - content.x1) * s) + 2 * PAD * k + LEGEND * k;
  const height = Math.max(
    Math.ceil((content.y2 - content.y1) * s) + 2 * PAD * k + TITLE * k,
    TITLE * k + (parts.nodes.length + parts.edges.length + 3) * 22 * k,
  );
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  const left = PAD * k;
  const top = TITLE * k + PAD * k;
  const toPx = (x: number, y: number): [number, number] => [
    left + (x - content.x1) * s,
    top + (y - content.y1) * s,
  ];
  if (parts.map) {
    ctx.lineWidth = 1 * k;
    for (const unit of parts.map.units) {
      trace(ctx, unit.rings, toPx);
      ctx.fillStyle = unit.active ? 'rgba(63,155,110,0.18)' : '#eef3ee';
      ctx.fill('evenodd');
      ctx.strokeStyle = '#b7c7b7';
      ctx.stroke();
    }
    trace(ctx, parts.map.outline, toPx);
    ctx.strokeStyle = '#5f7f5f';
    ctx.lineWidth = 1.5 * k;
    ctx.stroke();
    ctx.font = `${10 * k}px sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    const boxes = parts.map.captions.map((caption) => {
      const [x, y] = toPx(caption.at.x, caption.at.y);
      const widest = Math.max(...caption.lines.map((line) => ctx.measureText(line).width));
      return { at: { x, y }, width: widest + 6 * k, height: caption.lines.length * 11 * k + 2 * k };
    });
    // As on screen, the names give way to the nodes drawn over the map and to the flows' counts.
    const drawn = [
      ...cy
        .nodes(':visible')
        .slice(0, 500)
        .map((node) => node.boundingBox({ includeLabels: true })),
      ...cy
        .edges('.flow:visible')
        .map((flow) => flow.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }))
        .filter((b) => Number.isFinite(b.w) && b.w > 0),
    ];
    const obstacles = drawn.map((b) => {
      const [x, y] = toPx((b.x1 + b.x2) / 2, (b.y1 + b.y2) / 2);
      return { at: { x, y }, width: b.w * s, height: b.h * s, firm: true };
    });
    const offsets = placeCaptions([...obstacles, ...boxes]).slice(obstacles.length);
    parts.map.captions.forEach((caption, c) => {
      const cx = boxes[c]!.at.x + offsets[c]!.x;
      const cy0 = boxes[c]!.at.y + offsets[c]!.y;
      caption.lines.forEach((line, i) => {
        const y = cy0 + (i - (caption.lines.length - 1) / 2) * 11 * k;
        ctx.strokeStyle = '#f8faf6';
        ctx.lineWidth = 3 * k;
        ctx.strokeText(line, cx, y);
        ctx.fillStyle = '#52684f';
        ctx.fillText(line, cx, y);
      });
    });
    ctx.textAlign = 'start';
    ctx.textBaseline = 'alphabetic';
    ctx.fillStyle = '#6c757d';
    ctx.fillText(parts.map.attribution, left, height - 8 * k);
  }
  const [gx, gy] = toPx(graph.x1, graph.y1);
  ctx.drawImage(bitmap, gx, gy, (graph.x2 - graph.x1) * s, (graph.y2 - graph.y1) * s);
  ctx.fillStyle = '#212529';
  ctx.font = `bold ${20 * k}px sans-serif`;
  ctx.fillText(parts.title, left, 30 * k);
  ctx.font = `${12 * k}px sans-serif`;
  ctx.fillStyle = '#495057';
  ctx.fillText(parts.subtitle, left, 52 * k);
  let y = top;
  const x = width - LEGEND * k + 8 * k;
  ctx.font = `${12 * k}px sans-serif`;
  for (const node of parts.nodes) {
    ctx.fillStyle = node.color;
    ctx.beginPath();
    ctx.arc(x + 8 * k, y - 4 * k, 7 * k, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = '#212529';
    ctx.fillText(node.name, x + 22 * k, y);
    y += 22 * k;
  }
  y += 8 * k;
  for (const edge of parts.edges) {
    ctx.strokeStyle = edge.color;
    ctx.lineWidth = edge.width * k;
    ctx.setLineDash((edge.dash ?? []).map((d) => d * k));
    ctx.beginPath();
    ctx.moveTo(x, y - 4 * k);
    ctx.lineTo(x + 16 * k, y - 4 * k);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = '#212529';
    ctx.fillText(edge.name, x + 22 * k, y);
    y += 22 * k;
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
