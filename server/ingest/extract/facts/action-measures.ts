import { headlineOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import type { Span } from '../text/segment.ts';
import { agentOf, linkMeasure } from './measure-links.ts';
import { proposeMeasure } from './propose-measure.ts';
import { checks, representations } from './check-phrases.ts';
import { futureActs } from './future-phrases.ts';
import type { MeasurePhrase } from './phrase-span.ts';
import { pastActs } from './past-acts.ts';
import { sentOn } from './sent-phrases.ts';
import { numberWord } from '../text/number-words.ts';

/** «Проверкой охвачены 42 аптеки», «проверкой выявлены нарушения»: what the check already told found. */
const CHECK_RESULT = /(?<!\p{L})проверкой\s+(?:был\p{L}*\s+)?(?:выявлен|охвачен|установлен)\p{L}*/iu;

/**
 * Measures told by construction: a check done, a representation made, material sent on, and (in reported
 * speech) what a body will do. Each is one Measure named by a nominal phrase («Проверка работы отдела полиции …», «Представление
 * об устранении нарушений закона»), with who took it, what it concerns and who announced it
 * (`measure-links.ts`). A phrase another rule already made a measure of, and the headline (it restates the
 * lead), are left alone. Returns the measures, so later rules add their facts to them.
 */
export function findActionMeasures(ctx: DocumentContext, taken: readonly Span[]): Mention[] {
  const out: Mention[] = [];
  const headline = headlineOf(ctx);
  let lastCheck: Mention | undefined;
  for (const sc of ctx.sentences) {
    if (sc === headline) continue;
    for (const p of phrasesOf(ctx, sc)) {
      if ([...taken, ...out].some((t) => t.start < p.end && t.end > p.start)) continue;
      // «будут открыты два новых участковых пункта»: how many, as a response measure keeps it.
      const count =
        sc.figures.find((f) => f.unit === 'count' && f.start >= p.start && f.end <= p.end)?.value ??
        (p.kind === 'future' ? countWord(ctx.text.slice(p.verbEnd, p.end)) : undefined);
      const ref = proposeMeasure(ctx, p.name, p, {
        text: ctx.text.slice(p.clause.start, p.clause.end),
        kind: p.kind,
        ...(count ? { count } : {}),
      });
      const measure: Mention = {
        ...p,
        label: 'Measure',
        ref,
        name: p.name,
        existingId: null,
        from: 0,
        to: 0,
      };
      out.push(measure);
      const checkedBy = p.kind !== 'check' && lastCheck ? agentOf(ctx, lastCheck.ref) : undefined;
      linkMeasure(ctx, sc, { ...p, ref, prosecutorial: p.kind !== 'future' && p.kind !== 'done', checkedBy });
      if (p.kind === 'check') lastCheck = measure;
      sharedSubject(ctx, out.at(-2), measure, p);
    }
    // «Как сообщил заместитель прокурора, проверкой охвачены 42 аптеки»: he announces the check told before.
    const result = CHECK_RESULT.exec(ctx.folded.slice(sc.sentence.start, sc.sentence.end));
    if (result && lastCheck && sc.speaker && !sc.speakerInferred) {
      const at = sc.sentence.start + result.index;
      ctx.builder.relate({
        type: 'ANNOUNCED',
        from: sc.speaker.ref,
        to: lastCheck.ref,
        evidence: { start: sc.sentence.start, end: at + result[0].length },
        confidence: 0.6,
      });
    }
  }
  return out;
}

/**
 * «ДП г. Астаны продолжит рейды … и усилит работу …»: the act joined by «и» to the one before shares its
 * subject, so it is carried out by the same body (stated: the sentence names it once for both).
 */
function sharedSubject(
  ctx: DocumentContext,
  before: Mention | undefined,
  m: Mention,
  p: MeasurePhrase,
): void {
  if (!before || p.kind !== 'future' || ctx.builder.relationshipsFrom('CARRIED_OUT_BY', m.ref).length) return;
  if (!/^\s+и\s+$/u.test(ctx.text.slice(before.end, p.verbAt))) return;
  for (const r of ctx.builder.relationshipsFrom('CARRIED_OUT_BY', before.ref))
    if (!r.inferred)
      ctx.builder.relate({
        type: 'CARRIED_OUT_BY',
        from: m.ref,
        to: r.to,
        evidence: { start: Math.min(r.start, p.clause.start), end: p.end },
        confidence: 0.65,
      });
}

function phrasesOf(ctx: DocumentContext, sc: SentenceContext): MeasurePhrase[] {
  return [
    ...checks(ctx, sc),
    ...representations(ctx, sc),
    ...sentOn(ctx, sc),
    ...futureActs(ctx, sc),
    ...pastActs(ctx, sc),
  ];
}

/** «будут открыты два новых участковых пункта»: a number word right after the verb counts what is done. */
function countWord(after: string): number | undefined {
  for (const word of after
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .slice(0, 2)) {
    const value = numberWord(word);
    if (value !== undefined) return value;
  }
  return undefined;
}
