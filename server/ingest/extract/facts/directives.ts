import { foldName } from '../../gazetteer/fold-name.ts';
import { controlTaken, CONTROL_TAKEN } from './control-taken.ts';
import { CONTROL_ON, controlOfAll } from './control-of-all.ts';
import { attachControl, attachGivenControl, CONTROL } from './directive-control.ts';
import { assign } from './directive-links.ts';
import { instructionStart, splitInstructions, summary, type InstructionPart } from './directive-text.ts';
import { withoutAppealed } from './directive-text.ts';
import { holderOfBareTitle, holderOfSubjectPost, pronounSubject } from './post-holder.ts';
import { proposeDirective } from './propose-directive.ts';
import { directiveTarget } from './directive-target.ts';
import { taskDeadline } from './joined-tasks.ts';
import { quotedInstruction } from './quoted-instruction.ts';
import {
  headlineOf,
  mentionsOf,
  type DocumentContext,
  type Mention,
  type SentenceContext,
} from '../context.ts';
import { contentAfter } from './directive-content-after.ts';

const ISSUING =
  /(?<![\p{L}])(поручил[аи]?|поручив|поручено|поручаю|поручается|предписано|рекомендовано|даны (?:конкретные |соответствующие |все )?(?:поручения|указания)|поставлены (?:конкретные )?задачи|вн[её]с(?:ено|ен|ен[аы]|л[аи]?)?\s+(?:акт прокурорского надзора — |[^.;:]{0,120}?\s)?представлени\p{L}*|предложено|предлагается|внесен[оы]? предложени\p{L}*|дал[аи]? (?:ряд )?(?:конкретн\p{L}+ |соответствующ\p{L}+ |следующ\p{L}+ |ряд )*поручени\p{L}+|обязал[аи]?|потребовал[аи]?|указал[аи]? на необходимость|отметил[аи]? необходимость|(?:поставил|обозначил|определил)[аи]? (?:перед (?:\p{L}+ ){1,3})?(?:ряд )?(?:конкретн\p{L}+ |основн\p{L}+ |приоритетн\p{L}+ |следующ\p{L}+ )*задач\p{L}*|поставлена задача|рекомендовал[аи]?|призвал[аи]?|призвав|призыва(?:ет|ют|ем)|обратил(?:ся|ась|ись) к [^.;]{3,80}? с (?:просьбой|призывом))/iu;
const PASSIVE =
  /^(?:поручено|поручается|предложено|предлагается|внесен[оы]? предложени|поставлена задача|предписано|рекомендовано|даны|поставлены)/iu;
/** «внесено представление акиму города об устранении нарушений»: a prosecutor's representation. */
const REPRESENTATION = /представлени/iu;
/**
 * «Ольге Мироненко внесено представление», «Берику Жаныбекову поручено»: a person in the dative before a
 * passive verb receives the instruction; the one who gives it is in the instrumental («Прокурором …»).
 */
function addresseeBeforePassive(ctx: DocumentContext, person: Mention, verb: string): boolean {
  if (!/^(?:поручено|поручается|предписано|рекомендовано|внесен|предложено|предлагается)/iu.test(verb))
    return false;
  const words = ctx.text.slice(person.start, person.end).split(/\s+/u);
  const cases = (w: string) =>
    ctx
      .morph(w.toLowerCase())
      .filter((p) => p.score > 0.1)
      .map((p) => p.tag.CAse);
  return words.some((w) => cases(w).includes('datv')) && !words.some((w) => cases(w).includes('ablt'));
}

/**
 * Directives: a sentence that instructs ("поручил руководству департамента …", "Поручаю это …", "дал ряд
 * поручений службам …", "отметил необходимость …") or, inside a speaker's quoted block, an infinitive-led
 * instruction ("Активизировать работу по блокировке наркосайтов"). ISSUED by the speaker or the sentence's
 * person; ASSIGNED_TO the posts and bodies it is addressed to; COOPERATES_WITH the bodies after "совместно с";
 * UNDER_CONTROL_OF the posts after "на контроле у"; a deadline ("в срок до …") as a property.
 */
export function findDirectives(ctx: DocumentContext): Mention[] {
  const out: Mention[] = [];
  let set:
    | {
        directive: Mention;
        issuer?: Mention;
        addressees: { ref: string; evidence: { start: number; end: number } }[];
      }
    | undefined;
  let pendingControl: SentenceContext[] = [];
  let lastIssuer: Mention | undefined;
  for (const sc of ctx.sentences) {
    const text = sc.sentence.text;
    const issuing = ISSUING.exec(text);
    const imperative = quotedInstruction(ctx, sc);
    const last = out.at(-1);
    if (!issuing && !imperative) {
      if (CONTROL_ON.test(text)) controlOfAll(ctx, sc, out);
      else if (CONTROL_TAKEN.test(text)) controlTaken(ctx, sc, out);
      else if (CONTROL.test(text)) {
        if (last && ctx.sentences[last.from]?.sentence.paragraph === sc.sentence.paragraph)
          attachControl(ctx, sc, last);
        else pendingControl.push(sc);
      }
      continue;
    }
    const verbStart = issuing ? sc.sentence.start + issuing.index : sc.sentence.start;
    const verbEnd = issuing ? verbStart + issuing[0].length : sc.sentence.start;
    // «Прокурором … Ахметжановым в адрес начальника ДП … Гончаренко внесено представление»: who is named
    // after «в адрес» receives it; the issuer is named before.
    const addressedAt = /(?:^|\s)в адрес\s/iu.exec(ctx.folded.slice(sc.sentence.start, verbStart));
    const issuerBefore = addressedAt ? sc.sentence.start + addressedAt.index : verbStart;
    const addressee = (p: Mention) => Boolean(issuing && addresseeBeforePassive(ctx, p, issuing[0]));
    const named =
      mentionsOf(sc, 'Person')
        .filter((p) => p.end <= issuerBefore && !addressee(p))
        .at(-1) ?? (sc.speaker && !addressee(sc.speaker) ? sc.speaker : undefined);
    // «Заместитель акима поручил …»: the post's holder, named before.
    // «Он поручил …»: the pronoun states the subject, as a name would.
    const byPronoun = named || !issuing ? undefined : pronounSubject(ctx, sc, verbStart);
    const byPost =
      named || byPronoun || !issuing
        ? undefined
        : (holderOfSubjectPost(ctx, sc, verbStart) ?? holderOfBareTitle(ctx, sc, verbStart));
    // «Департаменту … поручено …» right after someone's instructions: hers too, probably.
    const passive =
      issuing && PASSIVE.test(issuing[0]) && !named && !byPronoun && !byPost ? lastIssuer : undefined;
    const issuer = named ?? byPronoun ?? byPost ?? passive;
    const bodyStart = issuing ? instructionStart(ctx, sc, verbEnd) : sc.sentence.start;
    let instruction = ctx.text
      .slice(bodyStart, sc.sentence.end)
      .replace(/[»"“]\s*,?\s*[—–-]\s*\p{Ll}[^]*$/u, '') // «…», — сообщил X: the words, not who said them
      // «…, сообщил прокурор области Серик Абенов»: who reported it is no part of the instruction.
      .replace(
        /,\s+(?:как\s+)?(?:сообщил|отметил|пояснил|рассказал|подчеркнул|заявил|доложил)[аи]?\s[^,]*$/u,
        '',
      )
      .replace(/^[\s:,—–«"„-]+|[\s.!;]+$/gu, '');
    let mention = issuing
      ? {
          start:
            issuer && issuer.start >= sc.sentence.start && issuer.start < verbStart
              ? issuer.start
              : verbStart,
          end: sc.sentence.end,
        }
      : { start: sc.sentence.start, end: sc.sentence.end };
    let kind = /необходимост/i.test(issuing?.[0] ?? '')
      ? 'appeal'
      : REPRESENTATION.test(issuing?.[0] ?? '')
        ? 'representation'
        : 'instruction';
    // «поставил задачи перед городской полицией»: to whom, not what; a headline saying only that restates the lead.
    if (/^перед\s[^,.;]+$/iu.test(instruction) && sc === headlineOf(ctx)) continue;
    const after = instruction ? undefined : contentAfter(ctx, sc);
    if (!instruction || /^это$/i.test(instruction)) {
      // "Поручаю это …": "это" is the topic stated just before, in the same paragraph ("Борьба с наркобизнесом.").
      const topic = ctx.sentences.find(
        (o) => o.sentence.paragraph === sc.sentence.paragraph && o.index < sc.index,
      );
      if (topic && /(?:^|\s)это(?:\s|$)/i.test(ctx.text.slice(verbStart, bodyStart + 6))) {
        instruction = ctx.text
          .slice(topic.sentence.start, topic.sentence.end)
          .replace(/^[-–—•]\s*/, '')
          .replace(/[.!]+$/, '');
        mention = {
          start: topic.sentence.start + (/^[-–—•]\s*/.exec(topic.sentence.text)?.[0].length ?? 0),
          end: sc.sentence.end,
        };
      } else if (after) {
        // «… внесено представление. Нарушения должны быть устранены в срок до 1 сентября»: its content.
        instruction = after.text;
        mention = { start: mention.start, end: after.end };
      } else {
        instruction = `Поручения ${ctx.text.slice(verbEnd, sc.sentence.end).replace(/^[\s,]+|[\s.!;]+$/g, '')}`;
        kind = 'set';
      }
    }
    const emit = (
      instruction: string,
      mention: { start: number; end: number },
      kind: string,
      own: InstructionPart | { start: number; end: number } = mention,
    ): void => {
      const told = summary(ctx, withoutAppealed(ctx, issuing?.[0] ?? '', instruction));
      // «внесено представление … об устранении нарушений»: named as the representation it is.
      const name =
        kind === 'representation' && /^О(?:б)?\s/u.test(told)
          ? `Представление ${told.charAt(0).toLowerCase()}${told.slice(1)}`
          : told;
      if (name.length < 3) return;
      // A deadline said within this instruction, else the sentence's.
      const deadline = taskDeadline([...sc.times, ...(after?.times ?? [])], own, parts);
      const directive = proposeDirective(ctx, sc, {
        key: `Directive|${foldName(name)}`,
        name,
        mention,
        properties: {
          text: ctx.text.slice(mention.start, mention.end),
          kind,
          ...(deadline?.date ? { deadline: deadline.date } : {}),
          ...directiveTarget(ctx, sc, own, kind),
        },
        confidence: issuing ? 0.8 : 0.65,
      });
      const { ref } = directive;
      out.push(directive);
      if (issuer) {
        const here = issuer.start >= sc.sentence.start && issuer.end <= sc.sentence.end;
        ctx.builder.relate({
          type: 'ISSUED',
          from: issuer.ref,
          to: ref,
          evidence: here ? { start: Math.min(issuer.start, mention.start), end: mention.end } : mention,
          basis: passive
            ? 'Given in the passive («поручено») right after the instructions this person gave.'
            : byPost
              ? 'Given by the post this person holds, as the release said before.'
              : null,
          confidence: passive ? 0.5 : here ? 0.85 : 0.8,
        });
        lastIssuer = issuer;
      }
      const addressees = assign(ctx, sc, directive, { start: verbStart, end: verbEnd }, bodyStart, own);
      for (const pending of pendingControl)
        if (pending.sentence.paragraph === sc.sentence.paragraph) attachControl(ctx, pending, directive);
      pendingControl = [];
      attachControl(ctx, sc, directive);
      attachGivenControl(ctx, sc, directive, own);
      if (kind === 'set') set = { directive, issuer, addressees };
      else if (
        set &&
        set.issuer &&
        // Quoted from whoever gave them, or told in the passive right after «обозначил ряд задач».
        ((sc.quoted && sc.speaker?.ref === set.issuer.ref) ||
          (passive?.ref === set.issuer.ref &&
            sc.sentence.paragraph - ctx.sentences[set.directive.from]!.sentence.paragraph <= 1))
      ) {
        ctx.builder.relate({
          type: 'INCLUDES',
          from: set.directive.ref,
          to: ref,
          evidence: mention,
          basis: 'Quoted right after the sentence saying the instructions were given.',
          confidence: 0.6,
        });
        for (const a of set.addressees)
          ctx.builder.relate({
            type: 'ASSIGNED_TO',
            from: ref,
            to: a.ref,
            evidence: a.evidence,
            confidence: 0.65,
          });
      }
    };
    // "Активизировать работу …, пересмотреть организацию …": one directive per infinitive; after a verb
    // («поручил … взять на контроль … и до конца года совместно с … обеспечить …») each keeps the verb's quote.
    const parts = issuing
      ? kind === 'instruction'
        ? splitInstructions(ctx, { start: bodyStart, end: sc.sentence.end }, sc)
        : []
      : splitInstructions(ctx, mention);
    if (parts.length > 1)
      for (const part of parts)
        emit(
          ctx.text.slice(part.body, part.end),
          issuing ? { start: mention.start, end: part.end } : part,
          kind,
          part,
        );
    else emit(instruction, mention, kind);
  }
  return out;
}
