import type { DocumentContext } from '../context.ts';
import { byWhom } from './by-whom.ts';
import { yearOf } from './event-year.ts';
import { addSeizure } from './seizure-entity.ts';

/**
 * A table line that gives the period's seized mass with its unit in the label, one column per year:
 * «Изъято наркотиков, кг — 212,6 — 301,4 — −29,5 %», «Изъято наркотических средств, кг — 214,6 — 96,2 — рост в
 * 2,2 раза», «Изъято синтетики, г | 840 | 510 | +64,7 %». The number carries no unit of its own, so no sentence
 * rule reads it as a mass; the label's verb and unit make it the period's Seizure, its amount the first column.
 */

/** The label: the verb of seizing, the drug's words, then the unit after a comma. */
const LABEL =
  /^\s*(?:[-–—•*]\s*)?(?:изъято|изъятие)\s+([\p{L}\s-]{3,60}?),\s*(кг|г|гр|т|тонн\p{L}*|граммов)\s*$/iu;
const TO_KG: Record<string, number> = { кг: 1, г: 0.001, гр: 0.001, граммов: 0.001, т: 1000 };

/** The Seizure a table line's label and first column tell, unless a rule has already proposed one there. */
export function tableSeizure(
  ctx: DocumentContext,
  line: { start: number; end: number; label: string; level: number },
): Record<string, unknown> | undefined {
  const m = LABEL.exec(line.label);
  if (!m) return undefined;
  const taken = ctx.builder
    .entitiesSoFar()
    .find(
      (e) => e.label === 'Seizure' && e.mentions.some((x) => x.start >= line.start && x.start < line.end),
    );
  if (taken) return taken.properties;
  const sc = ctx.sentences.find((s) => s.sentence.start <= line.start && line.start < s.sentence.end);
  if (!sc) return undefined;
  const unit = m[2]!.toLowerCase();
  const amountKg = Math.round(line.level * (TO_KG[unit] ?? 1000) * 1e6) / 1e6;
  const drug = m[1]!.trim().replace(/\s+/gu, ' ').toLowerCase();
  const name = `Изъятие ${String(amountKg).replace('.', ',')} кг ${drug}`;
  const span = { start: line.start + /^\s*(?:[-–—•*]\s*)?/u.exec(line.label)![0].length, end: line.end };
  const properties: Record<string, unknown> = {
    amountKg,
    amountQualifier: 'exactly',
    substance: drug,
    ...yearOf(ctx, sc),
  };
  const mention = addSeizure(ctx, name, span, properties, 0.7);
  byWhom(ctx, sc, 'SEIZED', mention);
  return ctx.builder.entityByRef(mention.ref)?.properties;
}
