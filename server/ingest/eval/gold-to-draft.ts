import type { Draft } from '../draft.ts';
import type { GoldCase } from './gold-case.ts';

/**
 * The draft a perfect extractor would produce for a gold document. The scorer's own check: it must score
 * 1.0 everywhere (test/unit/ingest-eval-score.test.ts), and a test can break one thing in it at a time.
 */
export function goldToDraft({ gold, document }: GoldCase): Draft {
  return {
    source: {
      title: document.title,
      language: document.language,
      publishedAt: document.publishedAt,
      sha256: document.sha256,
      text: document.text,
      publisher: document.publisher,
      url: document.url,
    },
    entities: gold.entities.map((e) => ({
      ref: e.ref,
      label: e.label,
      name: e.name,
      existingId: e.existingId,
      mentions: e.mentions.map(({ start, end, text }) => ({ start, end, text })),
      properties: structuredClone(e.properties),
      confidence: 1,
    })),
    relationships: gold.relationships.map((r) => ({
      type: r.type,
      from: r.from,
      to: r.to,
      quote: r.quote,
      start: r.start,
      end: r.end,
      inferred: r.inferred,
      basis: r.basis,
      confidence: 1,
      properties: structuredClone(r.properties),
    })),
    extractor: { name: 'gold', version: '1' },
  };
}
