import { mentionsOf, type DocumentContext } from '../context.ts';

const THANKED =
  /(?<![\p{L}])(?:поблагодарил[аи]?|выразил[аи]? благодарность|объявил[аи]? благодарность)\s+(их|его|её|ее)?/iu;

/**
 * "Бауыржан Аленов поблагодарил их за наставнический труд": THANKED from the person to the body thanked —
 * named after the verb, or for "их" the group the sentence is about ("встретившись с ветеранами …"), with
 * what for (`for`).
 */
export function findThanks(ctx: DocumentContext): void {
  for (const sc of ctx.sentences) {
    const m = THANKED.exec(sc.sentence.text);
    if (!m) continue;
    const verbStart = sc.sentence.start + m.index;
    const person =
      mentionsOf(sc, 'Person')
        .filter((p) => p.end <= verbStart)
        .at(-1) ?? sc.speaker;
    if (!person) continue;
    const after = mentionsOf(sc, 'Agency').find(
      (a) => a.start >= verbStart + m[0].length && a.start - (verbStart + m[0].length) < 4,
    );
    const group =
      after ??
      (m[1]
        ? mentionsOf(sc, 'Agency')
            .filter((a) => a.end <= verbStart)
            .at(-1)
        : undefined);
    if (!group) continue;
    const reason = /^\s*за\s+([^.,;]+?)(?=\s+и\s+(?:отметил|подчеркнул|призвал)|[.,;]|$)/iu.exec(
      ctx.text.slice(verbStart + m[0].length, sc.sentence.end),
    );
    const end = reason ? verbStart + m[0].length + reason[0].length : verbStart + m[0].length;
    ctx.builder.relate({
      type: 'THANKED',
      from: person.ref,
      to: group.ref,
      evidence: { start: verbStart, end: Math.max(end, after ? after.end : end) },
      confidence: after ? 0.8 : 0.7,
      properties: { for: reason?.[1]?.trim() },
    });
  }
}
