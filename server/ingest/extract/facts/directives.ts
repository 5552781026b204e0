import { foldName } from '../../gazetteer/fold-name.ts';
import { mentionsOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';

const ISSUING = /(?<![\p{L}])(поручил[аи]?|поручено|поручаю|поручается|дал[аи]? (?:ряд )?(?:конкретн\p{L}+ |соответствующ\p{L}+ |ряд )*поручени\p{L}+|обязал[аи]?|потребовал[аи]?|указал[аи]? на необходимость|отметил[аи]? необходимость|поставил[аи]? задачу|поставлена задача|рекомендовал[аи]?|призвал[аи]?)/iu;
/** Infinitive-led instructions inside a quoted block: "Активизировать работу…", "Совместно с КНБ реализовать…". */
const IMPERATIVE = /^(?:[-–—•]\s*)?(?:(?:совместно с [^.]{3,120}?,?\s+)?(?:\p{L}+(?:ать|ять|ить|еть|уть|ти|чь)(?:ся)?)(?![\p{L}\d])|необходимо|следует|нужно|требуется)/iu;
const CONTROL = /на (?:особом |личном |постоянном )?контроле (?:находится )?у ([^.;]+)/iu;
const COOPERATION = /совместно с\s+/iu;

/**
 * Directives: a sentence that instructs ("поручил руководству департамента …", "Поручаю это …", "дал ряд
 * поручений службам …", "отметил необходимость …") or, inside a speaker's quoted block, an infinitive-led
 * instruction ("Активизировать работу по блокировке наркосайтов"). ISSUED by the speaker or the sentence's
 * person; ASSIGNED_TO the posts and bodies it is addressed to; COOPERATES_WITH the bodies after "совместно с";
 * UNDER_CONTROL_OF the posts after "на контроле у"; a deadline ("в срок до …") as a property.
 */
export function findDirectives(ctx: DocumentContext): Mention[] {
  const out: Mention[] = [];
  let setOfInstructions: Mention | undefined;
  for (const sc of ctx.sentences) {
    const text = sc.sentence.text;
    const issuing = ISSUING.exec(text);
    const imperative = sc.speaker && !sc.speakerInferred && IMPERATIVE.test(text) && !/[?]$/.test(text);
    if (!issuing && !imperative) {
      attachControl(ctx, sc, out.at(-1));
      continue;
    }
    const verbStart = issuing ? sc.sentence.start + issuing.index : sc.sentence.start;
    const verbEnd = issuing ? verbStart + issuing[0].length : sc.sentence.start;
    const issuer = mentionsOf(sc, 'Person').filter((p) => p.end <= verbStart).at(-1) ?? sc.speaker;
    const isSet = Boolean(issuing && /ряд|поручени[яй]/iu.test(issuing[0]) && !/^\s*[:—–-]?\s*(?:\p{L}+ть)/u.test(ctx.text.slice(verbEnd, verbEnd + 30)));
    const bodyStart = issuing ? instructionStart(ctx, sc, verbEnd) : sc.sentence.start;
    const instruction = { start: bodyStart, end: sc.sentence.end };
    const name = summary(ctx.text.slice(instruction.start, instruction.end));
    if (name.length < 3) continue;
    const deadline = sc.times.find((t) => t.deadline);
    const ref = ctx.builder.entity({
      key: `Directive|${foldName(name)}`,
      label: 'Directive',
      name,
      existingId: null,
      mention: issuing ? { start: issuer && issuer.start < verbStart && issuer.start >= sc.sentence.start ? issuer.start : verbStart, end: sc.sentence.end } : sc.sentence,
      properties: { text: text.replace(/^[-–—•]\s*/, ''), kind: isSet ? 'set' : /необходимост/i.test(issuing?.[0] ?? '') ? 'appeal' : 'instruction', ...(deadline?.date ? { deadline: deadline.date } : {}) },
      confidence: issuing ? 0.8 : 0.65,
    });
    const directive: Mention = { ...sc.sentence, label: 'Directive', ref, name, existingId: null, from: 0, to: 0 };
    out.push(directive);
    if (issuer) ctx.builder.relate({ type: 'ISSUED', from: issuer.ref, to: ref, evidence: issuer.start >= sc.sentence.start ? { start: Math.min(issuer.start, sc.sentence.start), end: sc.sentence.end } : sc.sentence, confidence: issuer === sc.speaker ? 0.8 : 0.85 });
    assign(ctx, sc, directive, { start: verbStart, end: verbEnd }, bodyStart);
    attachControl(ctx, sc, directive);
    if (isSet) setOfInstructions = directive;
    else if (setOfInstructions && sc.speaker && sc.speaker.ref === issuer?.ref) {
      ctx.builder.relate({ type: 'INCLUDES', from: setOfInstructions.ref, to: ref, evidence: sc.sentence, basis: 'Quoted right after the sentence saying the instructions were given.', confidence: 0.6 });
    }
  }
  return out;
}

/** Where the instruction itself starts after the verb: past the addressees in the dative. */
function instructionStart(ctx: DocumentContext, sc: SentenceContext, verbEnd: number): number {
  const addressees = sc.mentions.filter((m) => (m.label === 'Position' || m.label === 'Agency') && m.start >= verbEnd);
  let at = verbEnd;
  for (const m of addressees) {
    if (/^[\s,и]*$/.test(ctx.text.slice(at, m.start))) at = m.end;
    else break;
  }
  return at;
}

/** Addressees between the verb and the instruction get ASSIGNED_TO; bodies after "совместно с" COOPERATES_WITH. */
function assign(ctx: DocumentContext, sc: SentenceContext, directive: Mention, verb: { start: number; end: number }, instructionAt: number): void {
  const outer = sc.mentions.filter(
    (m) => (m.label === 'Position' || m.label === 'Agency') && !sc.mentions.some((o) => o !== m && (o.label === 'Position' || o.label === 'Agency') && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
  );
  for (const m of outer) {
    if (verb.end > verb.start && m.start >= verb.end && m.end <= instructionAt) {
      ctx.builder.relate({ type: 'ASSIGNED_TO', from: directive.ref, to: m.ref, evidence: { start: verb.start, end: m.end }, confidence: 0.8 });
    }
  }
  const coop = COOPERATION.exec(sc.sentence.text);
  if (!coop) return;
  const coopStart = sc.sentence.start + coop.index;
  const coopEnd = endOfCooperation(ctx, sc, coopStart + coop[0].length);
  for (const m of outer) {
    if (m.label === 'Agency' && m.start >= coopStart && m.end <= coopEnd)
      ctx.builder.relate({ type: 'COOPERATES_WITH', from: directive.ref, to: m.ref, evidence: { start: coopStart, end: m.end }, confidence: 0.8 });
  }
}

/** The list after "совместно с" ends at the first infinitive or finite verb. */
function endOfCooperation(ctx: DocumentContext, sc: SentenceContext, from: number): number {
  const verb = /\s(?:\p{L}+(?:ать|ять|ить|еть|уть|ут|ют|ет|ит)(?:ся)?|провести|принять)(?![\p{L}\d])/iu.exec(ctx.text.slice(from, sc.sentence.end));
  return verb ? from + verb.index : sc.sentence.end;
}

/** "Эта линия на особом контроле находится у главы государства и у министра МВД": UNDER_CONTROL_OF. */
function attachControl(ctx: DocumentContext, sc: SentenceContext, directive: Mention | undefined): void {
  const m = CONTROL.exec(sc.sentence.text);
  if (!m || !directive) return;
  const start = sc.sentence.start + m.index;
  for (const post of mentionsOf(sc, 'Position')) {
    if (post.start < start) continue;
    ctx.builder.relate({ type: 'UNDER_CONTROL_OF', from: directive.ref, to: post.ref, evidence: { start: trimToWord(ctx, sc, start), end: sc.sentence.end }, confidence: 0.8 });
  }
}

function trimToWord(ctx: DocumentContext, sc: SentenceContext, at: number): number {
  const head = ctx.text.slice(sc.sentence.start, at);
  const cut = Math.max(head.lastIndexOf('. '), head.lastIndexOf(', '));
  return cut >= 0 ? sc.sentence.start + cut + 2 : sc.sentence.start;
}

/** A directive's name: its instruction, capitalised, without the trailing full stop, at most 12 words. */
function summary(instruction: string): string {
  const words = instruction.replace(/^[\s:,—–-]+/, '').replace(/[.!;]+\s*$/, '').split(/\s+/).filter(Boolean);
  const text = words.slice(0, 12).join(' ') + (words.length > 12 ? '…' : '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
