import { between, mentionsOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';

/** «поручил им …», «поставил перед ними задачи …», «поручил назначенным руководителям …». */
const THEM =
  /^\s*(?:перед\s+)?(?:им|ними|(?:вновь\s+)?(?:назначенн|нов)\p{L}*\s+(?:руководител|начальник)\p{L}*)(?![\p{L}])/iu;

/**
 * «Поздравляя назначенных руководителей, Бекзат Тлеубердин поручил им …»: «им» are the people the release
 * appointed before — each holds a post now from a date it states or the order's (a `validFrom`) — so the
 * instruction goes to each of the posts they took (inferred: the text names neither the people nor the
 * posts). Not the one who instructs.
 */
export function appointedAddressees(
  ctx: DocumentContext,
  sc: SentenceContext,
  directive: Mention,
  verb: { start: number; end: number },
): { ref: string; evidence: { start: number; end: number } }[] {
  const them = THEM.exec(between(ctx, verb.end, sc.sentence.end));
  if (!them || verb.end <= verb.start) return [];
  const issuers = new Set(mentionsOf(sc, 'Person').map((p) => p.ref));
  const people = new Set(
    ctx.sentences
      .slice(0, sc.index + 1)
      .flatMap((s) => mentionsOf(s, 'Person'))
      .filter((p) => p.end <= verb.start && !issuers.has(p.ref))
      .map((p) => p.ref),
  );
  const now = (ref: string) =>
    ctx.builder.relationshipsFrom('HOLDS', ref).filter((r) => r.properties.current === true);
  // «Его предшественник … переведён на должность …»: one replaced in the release is no new head.
  const taken = new Set([...people].flatMap((ref) => now(ref).map((r) => r.to)));
  const replaced = (ref: string) =>
    ctx.builder
      .relationshipsFrom('HOLDS', ref)
      .some((r) => r.properties.current === false && taken.has(r.to) && !now(ref).some((n) => n.to === r.to));
  const posts = [...people]
    .filter((ref) => !replaced(ref))
    .flatMap((ref) =>
      ctx.builder
        .relationshipsFrom('HOLDS', ref)
        .filter(
          (r) => r.properties.current === true && r.properties.validFrom !== undefined && r.end <= verb.start,
        ),
    );
  // One appointed person is «ему», not «им»: the plural needs two at least.
  if (posts.length < 2) return [];
  const evidence = { start: sc.sentence.start, end: verb.end + them[0].length };
  return posts.map((held) => {
    ctx.builder.relate({
      type: 'ASSIGNED_TO',
      from: directive.ref,
      to: held.to,
      evidence,
      basis: 'Addressed to the people the release appointed; each took this post.',
      basisRu: 'Поручение адресовано назначенным в релизе людям; каждый из них занял эту должность.',
      confidence: 0.55,
    });
    return { ref: held.to, evidence };
  });
}
