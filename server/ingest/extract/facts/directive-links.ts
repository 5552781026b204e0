import { appointedAddressees } from './plural-addressees.ts';
import { PARTNERS } from './partner-words.ts';
import { between, mentionsOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';

const COOPERATION = new RegExp(`${PARTNERS}\\s+`, 'iu');

/** Addressees between the verb and the instruction get ASSIGNED_TO; bodies after "совместно с" COOPERATES_WITH. */
export function assign(
  ctx: DocumentContext,
  sc: SentenceContext,
  directive: Mention,
  verb: { start: number; end: number },
  instructionAt: number,
  own?: { start: number; end: number; addressee?: { start: number; end: number } },
) {
  const addressees: { ref: string; evidence: { start: number; end: number } }[] = [];
  const outer = outerBodies(sc);
  // «Департаменту экономических расследований … поручено …»: the addressee before a passive verb.
  const passive =
    /^(?:поручено|поручается|предписано|рекомендовано|даны|поставлен[аы]?|предложено|предлагается|внесен[оы]?)/iu.test(
      between(ctx, verb.start, verb.end),
    );
  const coopSpan = cooperationSpan(ctx, sc, own);
  const addressMatch = /(?:^|\s)в адрес\s/iu.exec(between(ctx, sc.sentence.start, verb.start));
  const addressAt = addressMatch ? sc.sentence.start + addressMatch.index : -1;
  for (const m of outer) {
    // «ДП совместно с органами КНБ и прокуратуры поручено»: the partners are not the addressees.
    if (coopSpan && m.start >= coopSpan.start && m.end <= coopSpan.end) continue;
    // «Начальникам … поручено», «Перед службами … поставлены задачи»: the addressee right before the verb,
    // or before the partners that come between («Департаменту полиции совместно с … поручено»).
    const gap = between(ctx, m.end, verb.start);
    const partnersBetween =
      coopSpan !== undefined &&
      m.end <= coopSpan.start &&
      /^\s*$/.test(between(ctx, m.end, coopSpan.start)) &&
      /^\s*$/.test(between(ctx, coopSpan.end, verb.start));
    // «начальнику УП города Актобе Нурлану Сапарову поручено»: the holder's name may follow the post.
    const holderBetween = sc.mentions.some(
      (p) =>
        p.label === 'Person' &&
        p.start >= m.end &&
        /^\s*$/.test(between(ctx, m.end, p.start)) &&
        /^\s*$/.test(between(ctx, p.end, verb.start)),
    );
    const before =
      passive &&
      m.end <= verb.start &&
      (/^\s*(?:(?:были|был[аи]?)\s+)?$/.test(gap) || partnersBetween || holderBetween);
    // «в адрес начальника ДП ЗКО … внесено представление»: the first post or body after «в адрес».
    const addressed =
      addressAt >= 0 &&
      m.start > addressAt &&
      m.end <= verb.start &&
      !outer.some((o) => o !== m && o.start > addressAt && o.start < m.start);
    // «внёс начальнику ДП … представление»: the addressee stands inside the verb's words.
    const within = m.start > verb.start && m.end < verb.end;
    // «…, а Департаменту полиции … взять на контроль …»: a later instruction with an addressee of its own.
    const ownAddressee = own?.addressee;
    const mine = ownAddressee
      ? m.start === ownAddressee.start && m.end <= ownAddressee.end
      : before ||
        addressed ||
        within ||
        (verb.end > verb.start && m.start >= verb.end && m.end <= instructionAt);
    if (mine) {
      const evidence = ownAddressee
        ? { start: m.start, end: own!.end }
        : { start: Math.min(verb.start, m.start), end: Math.max(verb.end, m.end) };
      // «Руководству ДП ЗКО предписано»: the leadership stands for the body.
      const to = m.label === 'Position' && /^руководств/iu.test(m.name) && m.agencyRef ? m.agencyRef : m.ref;
      ctx.builder.relate({ type: 'ASSIGNED_TO', from: directive.ref, to, evidence, confidence: 0.8 });
      addressees.push({ ref: to, evidence });
    }
  }
  if (!addressees.length && !own?.addressee) {
    addressees.push(...pronounAddressee(ctx, sc, directive, verb));
    if (!addressees.length) addressees.push(...personAddressee(ctx, sc, directive, verb, instructionAt));
    if (!addressees.length) addressees.push(...appointedAddressees(ctx, sc, directive, verb));
  }
  cooperation(ctx, sc, directive, own);
  return addressees;
}

/** Posts and bodies of a sentence not inside a longer one («КНБ» inside «Департамент КНБ по …»). */
export function outerBodies(sc: SentenceContext): Mention[] {
  return sc.mentions.filter(
    (m) =>
      (m.label === 'Position' || m.label === 'Agency') &&
      !sc.mentions.some(
        (o) =>
          o !== m &&
          (o.label === 'Position' || o.label === 'Agency') &&
          o.start <= m.start &&
          o.end >= m.end &&
          // «… и УП города Атырау» after «начальникам»: the post named by the body's words stands for it.
          (o.end - o.start > m.end - m.start || (o.label === 'Position' && m.label === 'Agency')),
      ),
  );
}

/** «совместно с органами КНБ и прокуратуры»; within `own`, when the sentence gives more than one instruction. */
function cooperationSpan(
  ctx: DocumentContext,
  sc: SentenceContext,
  own?: { start: number; end: number },
): { start: number; end: number } | undefined {
  const coopAt = COOPERATION.exec(sc.sentence.text);
  if (!coopAt) return undefined;
  const start = sc.sentence.start + coopAt.index;
  const span = { start, end: endOfCooperation(ctx, sc, start + coopAt[0].length) };
  if (own && (span.end <= own.start || span.start >= own.end)) return undefined;
  return span;
}

/** COOPERATES_WITH the bodies after «совместно с»; returns that span, if any. */
export function cooperation(
  ctx: DocumentContext,
  sc: SentenceContext,
  directive: Mention,
  own?: { start: number; end: number },
): { start: number; end: number } | undefined {
  const coopSpan = cooperationSpan(ctx, sc, own);
  if (!coopSpan) return undefined;
  for (const m of outerBodies(sc)) {
    if (m.label === 'Agency' && m.start >= coopSpan.start && m.end <= coopSpan.end)
      ctx.builder.relate({
        type: 'COOPERATES_WITH',
        from: directive.ref,
        to: m.ref,
        evidence: { start: coopSpan.start, end: m.end },
        basis: m.inferredBasis ?? null,
        confidence: m.inferredBasis ? 0.6 : 0.8,
      });
  }
  return coopSpan;
}

/** The list after "совместно с" ends at the first infinitive or finite verb. */
function endOfCooperation(ctx: DocumentContext, sc: SentenceContext, from: number): number {
  const verb = /\s(?:\p{L}+(?:ать|ять|ить|еть|уть|ут|ют|ет|ит)(?:ся)?|провести|принять)(?![\p{L}\d])/iu.exec(
    ctx.text.slice(from, sc.sentence.end),
  );
  return verb ? from + verb.index : sc.sentence.end;
}

/**
 * «поручил ему …», «поставил перед ней задачу …»: the person the release is about — the first one named (not
 * the one who instructs) who holds a post now, through that post; the pronoun states the addressee, as a name
 * would. In an appointment release that is the new head, even when his predecessor is named in between.
 */
function pronounAddressee(
  ctx: DocumentContext,
  sc: SentenceContext,
  directive: Mention,
  verb: { start: number; end: number },
): { ref: string; evidence: { start: number; end: number } }[] {
  // «поручил новому руководителю»: the newly appointed head, as a pronoun would be (inferred: no post named).
  const pronoun =
    /^\s*(?:перед\s+)?(ему|ей|ним|ней|нов(?:ому|ым) (?:руководител|начальник)(?:ю|у|ем|ом))(?![\p{L}])/iu.exec(
      between(ctx, verb.end, sc.sentence.end),
    );
  if (!pronoun || verb.end <= verb.start) return [];
  const issuers = new Set(mentionsOf(sc, 'Person').map((p) => p.ref));
  for (const earlier of ctx.sentences.slice(0, sc.index + 1)) {
    for (const person of mentionsOf(earlier, 'Person')) {
      if (issuers.has(person.ref) || person.start >= verb.start) continue;
      const post = ctx.builder
        .relationshipsFrom('HOLDS', person.ref)
        .find((r) => r.properties.current === true);
      if (!post) continue;
      const evidence = { start: verb.start, end: verb.end + pronoun[0].length };
      const described = /^нов/iu.test(pronoun[1]!);
      ctx.builder.relate({
        type: 'ASSIGNED_TO',
        from: directive.ref,
        to: post.to,
        evidence,
        basis: described
          ? 'Addressed to the new head the release is about, by description; that is the post he took.'
          : null,
        basisRu: 'Поручение адресовано «новому руководителю», о котором релиз; это занятая им должность.',
        confidence: described ? 0.6 : 0.7,
      });
      return [{ ref: post.to, evidence }];
    }
  }
  return [];
}

/**
 * «поручил Берику Жаныбекову … обеспечить …»: a person in the dative right after the verb; the instruction is
 * addressed to the post he holds now (inferred: the text names the person, not the post).
 */
function personAddressee(
  ctx: DocumentContext,
  sc: SentenceContext,
  directive: Mention,
  verb: { start: number; end: number },
  instructionAt: number,
): { ref: string; evidence: { start: number; end: number } }[] {
  if (verb.end <= verb.start) return [];
  const person = mentionsOf(sc, 'Person').find((p) => p.start >= verb.end && p.end <= instructionAt);
  if (!person || !/^\s*$/.test(between(ctx, verb.end, person.start))) return [];
  const held = ctx.builder
    .relationshipsFrom('HOLDS', person.ref)
    .filter((r) => r.properties.current === true);
  if (held.length !== 1) return [];
  const evidence = { start: verb.start, end: person.end };
  ctx.builder.relate({
    type: 'ASSIGNED_TO',
    from: directive.ref,
    to: held[0]!.to,
    evidence,
    basis: 'Addressed to this person by name; the instruction goes to the post the person holds now.',
    basisRu: 'Поручение адресовано этому человеку по имени; оно относится к должности, которую он занимает.',
    confidence: 0.6,
  });
  return [{ ref: held[0]!.to, evidence }];
}
