import type { DocumentContext, SentenceContext } from '../context.ts';
import { clauseStart, folded, phrase, type MeasurePhrase } from './phrase-span.ts';

/** Reported speech: «по словам …», «… подчеркнул, что …», or a sentence the speakers rule gave a speaker. */
const REPORTED = /(?:по\s+словам|(?:сообщил|отметил|подчеркнул|заявил|пояснил|рассказал)\p{L}*)(?!\p{L})/iu;
/**
 * Future verbs that tell no act: what a figure will be, what something allows, or an event's date. A
 * reflexive future («мероприятие продлится», «работа продолжится», «заседание состоится») tells what an
 * event does, not what a body will do: none of them is an act either.
 */
const NOT_ACTS = /^(?:стать|составить|позволить|сообщить|мочь|пройти|быть|являться)$/u;

/**
 * What a body will do, in reported speech: a perfective verb in the future («полиция продолжит рейды», «акимат
 * окажет поддержку», «начнут работу мобильные группы») or «будут/будет» with a passive participle («будут
 * открыты три новых участковых пункта»). The clause is the measure.
 */
export function futureActs(ctx: DocumentContext, sc: SentenceContext): MeasurePhrase[] {
  const reported = Boolean(sc.speaker) || REPORTED.test(sc.sentence.text);
  // Neither reported nor with a body to be the subject: no act to read (and no verbs to look up).
  if (!reported && !sc.mentions.some((m) => m.label === 'Agency')) return [];
  const text = folded(ctx, sc);
  const at = sc.sentence.start;
  const out: MeasurePhrase[] = [];
  // A capitalised word inside the sentence is a name («Медет Жаркынбаев»), whatever the guesser makes of it.
  const acts = sc.tokens.map(
    (token, i) =>
      !(/\p{L}/u.test(ctx.text.slice(at, token.start)) && /^\p{Lu}/u.test(token.text)) &&
      futureVerb(ctx, token.text, sc.tokens[i + 1]?.text, reported || Boolean(sc.quoted)),
  );
  for (const [i, token] of sc.tokens.entries()) {
    // «…, а патрулирование … будет усилено»: each clause with a future verb of its own is a measure.
    if (!acts[i] || (out.length > 0 && token.start - at < out.at(-1)!.end - at)) continue;
    // «ДП г. Астаны продолжит рейды …»: told in the release's own voice, the body named as its subject.
    if (!reported && !bodyBefore(ctx, sc, token.start) && !out.length) continue;
    const verbAt = token.start - at;
    const start = Math.max(clauseStart(text, verbAt), (out.at(-1)?.end ?? at) - at);
    // «… продолжит рейды … и усилит работу …»: a second future verb after «и» is an act of its own.
    const nextAct = sc.tokens.findIndex((t, j) => j > i && acts[j]);
    const joined =
      nextAct > 0 && /\sи\s+$/u.test(text.slice(0, sc.tokens[nextAct]!.start - at))
        ? sc.tokens[nextAct]!.start - at
        : -1;
    const punct = text.slice(verbAt).search(/[,;:»"]|\s[—–]\s/u);
    const cut =
      joined > 0 && (punct < 0 || joined - verbAt < punct)
        ? text.slice(verbAt, joined).search(/\s+и\s+$/u)
        : punct;
    let end = cut < 0 ? text.length : verbAt + cut;
    while (end > verbAt && /[\s.!?]/u.test(text[end - 1]!)) end--;
    let from = start;
    while (from < verbAt && /[\s,«"„]/u.test(text[from]!)) from++;
    // «…, а патрулирование … будет усилено»: the conjunction joins the clauses; it is no part of either.
    // «Поэтому с января усилим …», «Кроме того, …»: a connective links to what was said; it names nothing.
    from += /^(?:(?:а|и|но)\s+)?(?:(?:поэтому|также|кроме того|кроме этого|тогда)[\s,]+)?/iu.exec(
      text.slice(from, verbAt),
    )![0].length;
    // In the release's own voice the subject and the time before the verb are no part of the act's name; what
    // «продолжит» continues is the act itself («продолжит рейды …» → «Рейды …»).
    const verbEnd = verbAt + token.text.length;
    if (!reported)
      from = /^продолж/iu.test(token.text) ? verbEnd + /^\s*/u.exec(text.slice(verbEnd))![0].length : verbAt;
    if (from >= end) continue;
    const name = ctx.text.slice(at + from, at + end);
    const previous = out.at(-1);
    const act = phrase(sc, 'future', from, end, verbAt, verbEnd, name);
    // «… продолжит рейды … и усилит работу …»: the act joined by «и» has a clause of its own; the subject
    // it shares is named in the clause before (action-measures.ts gives it the same agent).
    if (previous && /^\s+и\s+$/u.test(ctx.text.slice(previous.end, at + verbAt)))
      act.clause.start = previous.end;
    out.push(act);
  }
  return out;
}

/**
 * A perfective verb in the future, third person, that tells an act; or «будет/будут» with a participle. In a
 * speaker's words the first person plural is the speaker's body («усилим профилактику в колледжах», «проверим
 * все дела», «начнём ранний скрининг»).
 */
function futureVerb(ctx: DocumentContext, token: string, next: string | undefined, spoken: boolean): boolean {
  const word = token.toLowerCase();
  const parse = ctx.morph(word)[0];
  // «фиксируем», «гарантируем», «блокируем»: a verb of both aspects reads, in the first person, as the present.
  const both = () => ctx.morph(word).some((p) => p.tag.impf === true && p.tag.pres === true);
  const person =
    parse?.tag['3per'] === true ||
    (spoken && parse?.tag['1per'] === true && parse.tag.plur === true && !both());
  if (parse?.tag.POS === 'VERB' && parse.tag.futr === true && person && parse.tag.perf === true)
    // «акция продолжится в сельских школах», «ОПМ продолжится в профилактическом режиме»: a campaign goes on,
    // the body's act; other reflexive verbs tell what an event does.
    return (
      !NOT_ACTS.test(parse.normalize().word) &&
      (!/(?:ся|сь)$/u.test(word) || /^продолжит(?:ся|ь?ся)$|^продолжатся$/u.test(word))
    );
  return (
    /^буд(?:ет|ут)$/u.test(word) &&
    next !== undefined &&
    ctx.morph(next.toLowerCase()).some((p) => p.tag.POS === 'PRTS' || p.tag.POS === 'INFN')
  );
}

/** A body named right before the verb, as its subject («ДП г. Астаны продолжит …»). */
function bodyBefore(ctx: DocumentContext, sc: SentenceContext, verbAt: number): boolean {
  return sc.mentions.some(
    (m) => m.label === 'Agency' && m.end <= verbAt && /^\s*$/u.test(ctx.text.slice(m.end, verbAt)),
  );
}
