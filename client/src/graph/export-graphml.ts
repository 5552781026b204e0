interface ElementLike {
  group: 'nodes' | 'edges';
  data: Record<string, unknown>;
}

/** Display-only data (glyphs, wrapped captions) and the ends, which GraphML writes as attributes. */
const SKIP = new Set(['id', 'source', 'target', 'glyph', 'caption', 'short']);

function escapeXml(value: string): string {
  return value.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

function graphmlType(value: unknown): string {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  return 'string';
}

function valueText(value: unknown): string {
  // An edge's evidence list is objects: written as JSON, which GraphML readers keep as one string.
  if (Array.isArray(value))
    return value.some((v) => typeof v === 'object') ? JSON.stringify(value) : value.join('; ');
  return String(value);
}

/**
 * One element's properties as GraphML can hold them: nested objects (a node's `props`: a seizure's
 * amountKg, an indicator's value…) become properties of their own, named as in the data contract, or
 * `props.name` when that name is already taken. Nothing is written as "[object Object]".
 */
export function flatProperties(data: Record<string, unknown>): [string, unknown][] {
  const flat: [string, unknown][] = [];
  const taken = new Set(Object.keys(data));
  for (const [name, value] of Object.entries(data)) {
    if (SKIP.has(name) || value === null || value === undefined) continue;
    if (typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, v] of Object.entries(value as Record<string, unknown>)) {
        if (v === null || v === undefined || (typeof v === 'object' && !Array.isArray(v))) continue;
        flat.push([taken.has(inner) ? `${name}.${inner}` : inner, v]);
      }
    } else flat.push([name, value]);
  }
  return flat;
}

/**
 * The current view as GraphML (for yEd, Gephi, Neo4j's apoc.import.graphml). Keys are declared from the
 * data present; null values are omitted; arrays become `; `-joined strings, since GraphML has no list type.
 */
export function toGraphML(elements: readonly ElementLike[]): string {
  const keys = new Map<string, { for: 'node' | 'edge'; name: string; type: string }>();
  for (const { group, data } of elements) {
    const kind = group === 'nodes' ? 'node' : 'edge';
    for (const [name, value] of flatProperties(data)) {
      const id = `${kind}_${name}`;
      if (!keys.has(id)) keys.set(id, { for: kind, name, type: graphmlType(value) });
    }
  }
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...[...keys].map(
      ([id, k]) =>
        `  <key id="${id}" for="${k.for}" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`,
    ),
    '  <graph id="opsgraph" edgedefault="directed">',
  ];
  for (const { group, data } of elements) {
    const kind = group === 'nodes' ? 'node' : 'edge';
    const ends =
      kind === 'edge'
        ? ` source="${escapeXml(String(data.source))}" target="${escapeXml(String(data.target))}"`
        : '';
    lines.push(`    <${kind} id="${escapeXml(String(data.id))}"${ends}>`);
    for (const [name, value] of flatProperties(data)) {
      lines.push(`      <data key="${kind}_${name}">${escapeXml(valueText(value))}</data>`);
    }
    lines.push(`    </${kind}>`);
  }
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n');
}
