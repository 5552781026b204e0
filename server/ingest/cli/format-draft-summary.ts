import type { Draft } from '../draft.ts';

const LABEL_ORDER = [
  'Person',
  'Position',
  'Agency',
  'Region',
  'City',
  'Operation',
  'Meeting',
  'Directive',
  'Measure',
  'Indicator',
  'Seizure',
  'SupplyChannel',
];

/** The draft as a reader scans it: the document, entities by label (linked or new), then facts with quotes. */
export function formatDraftSummary(draft: Draft): string {
  const { source } = draft;
  const lines = [
    `${source.title ?? '(untitled)'} — ${source.publishedAt ?? 'date unknown'}, ${source.language}, ${source.text.length} characters, sha256 ${source.sha256.slice(0, 12)}…`,
    `extractor ${draft.extractor.name} ${draft.extractor.version}`,
    '',
  ];
  const names = new Map(draft.entities.map((e) => [e.ref, e.name]));
  const labels = [...new Set([...LABEL_ORDER, ...draft.entities.map((e) => e.label)])];
  for (const label of labels) {
    const entities = draft.entities.filter((e) => e.label === label);
    if (entities.length === 0) continue;
    lines.push(`${label} (${entities.length})`);
    for (const e of entities) {
      const link = e.existingId ? `→ ${e.existingId}` : 'new';
      const props = Object.entries(e.properties)
        .filter(([k]) => !['text', 'yearBasis'].includes(k))
        .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('/') : String(v)}`)
        .join(', ');
      lines.push(
        `  ${e.ref.padEnd(4)} ${e.name}  [${link}; ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}]${props ? `  ${props}` : ''}`,
      );
    }
  }
  lines.push(
    '',
    `Relationships (${draft.relationships.length}; ${draft.relationships.filter((r) => r.inferred).length} inferred)`,
  );
  for (const r of draft.relationships) {
    const props = Object.entries(r.properties)
      .filter(([k]) => !k.endsWith('Basis'))
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(', ');
    const quote = r.quote.length > 90 ? `${r.quote.slice(0, 87)}…` : r.quote;
    lines.push(
      `  ${r.type} ${names.get(r.from)} → ${names.get(r.to)}${r.inferred ? ' (inferred)' : ''}${props ? ` {${props}}` : ''}`,
    );
    lines.push(`      «${quote}» [${r.start}–${r.end}]`);
  }
  return lines.join('\n');
}
