import type { DocumentContext, Mention } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import type { Span } from '../text/segment.ts';
import { impliedAgent } from './measure-agent.ts';
import { linkMeasure } from './measure-links.ts';
import { proposeMeasure } from './propose-measure.ts';

/**
 * «мы запустили проект «Таза болашақ»», «стартовал месячник профилактики наркомании «Таза мектеп»»: a
 * preventive project or campaign named in quotes; inside a quoted speech the name takes straight or low
 * quotes («… запускаем проект "Чистое поколение"»). Group 1 is the head and its words, group 2 the name.
 */
const CAMPAIGN =
  /(?<![\p{L}])((?:проект|месячник|декадник|марафон)\p{L}*(?:\s+[^\s«»"„“.,;:]+){0,4}?)\s+(«[^«»]{2,60}»|"[^"«»]{2,60}"|„[^„“«»]{2,60}“)/giu;
/** «мы запустили …»: the speaker's own body did it, with the partners the sentence names. */
const WE = /(?:^|[\s—–-])мы\s/iu;

/**
 * Named projects and campaigns (Measure): one per quoted name, named by its first mention in the nominative,
 * its other mentions added. Who ran it and who announced it as for other measures (`measure-links.ts`): a
 * body «вместе с» or «С управлением образования … мы запустили», and the speaker's own body for «мы»
 * (inferred). An instruction to hold one is a directive's business, not a measure taken.
 */
export function findCampaigns(ctx: DocumentContext, directives: readonly Span[]): Mention[] {
  const out: Mention[] = [];
  const named = new Map<string, string>();
  for (const sc of ctx.sentences) {
    for (const m of sc.sentence.text.matchAll(CAMPAIGN)) {
      const start = sc.sentence.start + m.index;
      const end = start + m[0].length;
      if (directives.some((d) => d.start <= start && end <= d.end)) continue;
      // «провести в школах месячник …»: one asked for, not one held.
      if (asked(ctx, ctx.text.slice(sc.sentence.start, start))) continue;
      const quoted = m[2]!.toLowerCase();
      const name =
        named.get(quoted) ??
        `${nominativePhrase(ctx.morph, m[1]!.split(/\s+/u)).replace(/^./u, (c) => c.toUpperCase())} ${m[2]}`;
      named.set(quoted, name);
      const span = { start, end };
      const ref = proposeMeasure(ctx, name, span, { kind: 'campaign' });
      // Its clause: back to the last comma, colon or semicolon before it.
      const back = Math.max(...[',', ':', ';'].map((c) => ctx.text.lastIndexOf(c, start - 1)));
      const clause = { start: Math.max(sc.sentence.start, back + 1), end };
      const measure = { ...span, ref, verbAt: start, verbEnd: start, clause, prosecutorial: false };
      linkMeasure(ctx, sc, measure);
      const lead = ctx.text.slice(clause.start, start);
      const own = WE.test(lead) ? impliedAgent(ctx, sc, measure) : undefined;
      if (own)
        ctx.builder.relate({
          type: 'CARRIED_OUT_BY',
          from: ref,
          to: own.ref,
          evidence: { start: clause.start + lead.search(WE), end },
          basis: own.basis[0],
          basisRu: own.basis[1],
          confidence: own.confidence,
        });
      // «… проект «Таза болашақ»: инспекторы … провели …» — what follows the colon tells the campaign.
      const told = /^\s*:/u.test(ctx.text.slice(end, end + 3)) ? sc.sentence.end : end;
      out.push({ start, end: told, label: 'Measure', ref, name, existingId: null, from: 0, to: 0 });
    }
  }
  return out;
}

function asked(ctx: DocumentContext, before: string): boolean {
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(':')) + 1);
  return clause
    .split(/[^\p{L}-]+/u)
    .some(
      (w) =>
        /(?:ть|ти)$/u.test(w) &&
        ctx.morph(w.toLowerCase()).some((p) => p.tag.POS === 'INFN' && p.score > 0.5),
    );
}
