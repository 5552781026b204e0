import type { DocumentContext, SentenceContext } from '../context.ts';
import type { Span } from '../text/segment.ts';

/** A measure's phrase in a sentence, before it is proposed: what kind, where its verb is, how it is named. */
export interface MeasurePhrase extends Span {
  kind: 'check' | 'representation' | 'sent' | 'future';
  verbAt: number;
  verbEnd: number;
  clause: Span;
  name: string;
}

/** A completed check, active or passive: «провела проверку …», «проведена внеплановая проверка …». */
const CHECK_DONE =
  /(?<!\p{L})(?:провел[аи]?|проведен[аоы]?)\s+(?:\p{L}+\s+){0,2}?(провер(?:ку|ка|ки))(?!\p{L})/giu;
/** «проверена работа отдела …», «проверено соблюдение …»: the participle, then what was checked. */
const CHECKED = /(?<!\p{L})проверен[аоы]?\s+(?=\p{Ll})/giu;
/** «проверкой соблюдения законодательства … выявлены»: the check named by what it checked. */
const BY_CHECK = /(?<!\p{L})проверкой\s+(?!(?:выявлен|охвачен|установлен|был|проверен)\p{L}*)(?=\p{Ll})/giu;
/** Where a check's object ends: what it found or covered, or the next clause. */
const CHECK_END =
  /\s+(?:выявлен|охвачен|установлен|показал)\p{L}*|[,;:]\s+(?:по\s+|в\s+ходе|выявлен|которой|что)|[;:]|\s[—–]\s/iu;

/** A prosecutor's representation: «внесено представление», «внёс представление», «внесла представление». */
const REPRESENTATION =
  /(?<!\p{L})(?:внесен[оа]?|внесл[аи]|внес)\s+(?:\p{L}+\s+)?(представлени[ея])(?!\p{L})/giu;

/** Material sent on: «… направлены в …», «передали в … сведения …», «дело направлено в суд». */
const SENT = /(?<!\p{L})(?:направлен[аоы]?|передан[аоы]?|направил[аи]?|передал[аи]?)(?=\s)/giu;
/** What is sent: material, information, a case; a count before it makes it a figure («58 уголовных дел»). */
const SENT_OBJECT =
  /(?<!\d\s*)(?<!\p{L})(?:(?:уголовное\s+)?дело|материал(?:ы|ов)?|информаци[яи]|сведения|документы)(?!\p{L})/giu;

/**
 * The measures a sentence tells by construction rather than by one verb: checks done, representations made,
 * material sent on to another body, and (in reported speech) what a body will do. Each with its phrase (the
 * words a reader would underline), its verb, its clause and a nominal name.
 */
export function measurePhrases(ctx: DocumentContext, sc: SentenceContext): MeasurePhrase[] {
  return [...checks(ctx, sc), ...representations(ctx, sc), ...sentOn(ctx, sc), ...futureActs(ctx, sc)];
}

/** Reported speech: «по словам …», «… подчеркнул, что …», or a sentence the speakers rule gave a speaker. */
const REPORTED = /(?:по\s+словам|(?:сообщил|отметил|подчеркнул|заявил|пояснил|рассказал)\p{L}*)(?!\p{L})/iu;
/** Future verbs that tell no act: what a figure will be, what something allows, or an event's date. */
const NOT_ACTS = /^(?:стать|составить|позволить|сообщить|мочь|пройти|быть|являться)$/u;

/**
 * What a body will do, in reported speech: a perfective verb in the future («полиция продолжит рейды», «акимат
 * окажет поддержку», «начнут работу мобильные группы») or «будут/будет» with a passive participle («будут
 * открыты три новых участковых пункта»). The clause is the measure.
 */
function futureActs(ctx: DocumentContext, sc: SentenceContext): MeasurePhrase[] {
  if (!sc.speaker && !REPORTED.test(sc.sentence.text)) return [];
  const text = folded(ctx, sc);
  const at = sc.sentence.start;
  for (const [i, token] of sc.tokens.entries()) {
    const word = token.text.toLowerCase();
    const parse = ctx.morph(word)[0];
    const next = sc.tokens[i + 1];
    const future =
      parse?.tag.POS === 'VERB' &&
      parse.tag.futr === true &&
      parse.tag['3per'] === true &&
      parse.tag.perf === true
        ? !NOT_ACTS.test(parse.normalize().word)
        : /^будут?$/u.test(word) &&
          next !== undefined &&
          ctx.morph(next.text.toLowerCase()).some((p) => p.tag.POS === 'PRTS' || p.tag.POS === 'INFN');
    if (!future) continue;
    const verbAt = token.start - at;
    const start = clauseStart(text, verbAt);
    const cut = text.slice(verbAt).search(/[,;:»"]|\s[—–]\s/u);
    let end = cut < 0 ? text.length : verbAt + cut;
    while (end > verbAt && /[\s.!?]/u.test(text[end - 1]!)) end--;
    let from = start;
    while (from < verbAt && /[\s«"„]/u.test(text[from]!)) from++;
    const name = ctx.text.slice(at + from, at + end);
    return [phrase(sc, 'future', from, end, verbAt, verbAt + token.text.length, name)];
  }
  return [];
}

function checks(ctx: DocumentContext, sc: SentenceContext): MeasurePhrase[] {
  const out: MeasurePhrase[] = [];
  const text = folded(ctx, sc);
  for (const m of text.matchAll(CHECK_DONE)) {
    const nounAt = m.index + m[0].length - m[1]!.length;
    const end = objectEnd(text, m.index + m[0].length);
    const object = ctx.text.slice(sc.sentence.start + m.index + m[0].length, sc.sentence.start + end).trim();
    out.push(phrase(sc, 'check', nounAt, end, m.index, nounAt, `Проверка ${object}`));
  }
  for (const m of text.matchAll(CHECKED)) {
    const after = m.index + m[0].length;
    const end = objectEnd(text, after);
    const object = ctx.text.slice(sc.sentence.start + after, sc.sentence.start + end).trim();
    out.push(phrase(sc, 'check', m.index, end, m.index, after, `Проверка ${genitiveHead(ctx, object)}`));
  }
  for (const m of text.matchAll(BY_CHECK)) {
    const after = m.index + m[0].length;
    const end = objectEnd(text, after);
    const object = ctx.text.slice(sc.sentence.start + after, sc.sentence.start + end).trim();
    out.push(phrase(sc, 'check', m.index, end, m.index, after, `Проверка ${object}`));
  }
  return out.filter((p) => p.end - p.start > 'проверка '.length + 4);
}

function representations(ctx: DocumentContext, sc: SentenceContext): MeasurePhrase[] {
  const text = folded(ctx, sc);
  return [...text.matchAll(REPRESENTATION)].map((m) => {
    const after = m.index + m[0].length;
    const cut = text.slice(after).search(/[,;:.]|\s[—–]\s/u);
    const end = cut < 0 ? text.length : after + cut;
    const tail = ctx.text.slice(sc.sentence.start + after, sc.sentence.start + end).trim();
    const head = clauseStart(text, m.index);
    // «начальнику ДП Туркестанской области … внесено представление»: named by whom it is addressed to.
    const addressee = sc.mentions.find(
      (x) =>
        x.label === 'Position' && x.start >= sc.sentence.start + head && x.end <= sc.sentence.start + m.index,
    );
    const to = addressee ? ctx.text.slice(addressee.start, addressee.end) : '';
    const name = tail ? `Представление ${tail}` : to ? `Представление ${to}` : 'Представление';
    return phrase(sc, 'representation', m.index, end, m.index, after, name);
  });
}

function sentOn(ctx: DocumentContext, sc: SentenceContext): MeasurePhrase[] {
  const out: MeasurePhrase[] = [];
  const text = folded(ctx, sc);
  for (const m of text.matchAll(SENT)) {
    const head = clauseStart(text, m.index);
    const objects = [...text.matchAll(SENT_OBJECT)];
    const before = objects.filter((o) => o.index >= head && o.index < m.index).at(0);
    const afterVerb = objects.find((o) => o.index > m.index && !/[,;:.]/u.test(text.slice(m.index, o.index)));
    const verbEnd = m.index + m[0].length;
    const named = (object: string, destination: string) =>
      `${/^перед/iu.test(m[0]) ? 'Передача' : 'Направление'} ${genitiveHead(ctx, object)}${destination}`;
    if (before) {
      // «материалы в отношении двух аптек, в которых …, направлены в …»: the object up to its first comma.
      const comma = text.slice(before.index, m.index).search(/,/u);
      const end = comma < 0 ? m.index : before.index + comma;
      const object = ctx.text.slice(sc.sentence.start + before.index, sc.sentence.start + end).trim();
      const name = named(object, destinationAt(ctx, sc, verbEnd));
      out.push(phrase(sc, 'sent', before.index, end, m.index, verbEnd, name));
    } else if (afterVerb) {
      // «направлена информация …», «передали в Национальный банк сведения о …».
      const end = objectEnd(text, afterVerb.index);
      const object = ctx.text.slice(sc.sentence.start + afterVerb.index, sc.sentence.start + end).trim();
      const destination = destinationAt(ctx, sc, verbEnd) || destinationBefore(ctx, sc, head, m.index);
      out.push(phrase(sc, 'sent', afterVerb.index, end, m.index, verbEnd, named(object, destination)));
    }
  }
  return out;
}

/** A phrase from sentence-relative offsets; its clause runs from the clause's start to the sentence's end. */
function phrase(
  sc: SentenceContext,
  kind: MeasurePhrase['kind'],
  start: number,
  end: number,
  verbAt: number,
  verbEnd: number,
  name: string,
): MeasurePhrase {
  const at = sc.sentence.start;
  const text = sc.sentence.text;
  let stop = text.length;
  while (stop > 0 && /[\s.!?]/u.test(text[stop - 1]!)) stop--;
  const clauseAt = clauseStart(text, Math.min(start, verbAt));
  return {
    kind,
    start: at + start,
    end: at + Math.max(end, start + 1),
    verbAt: at + verbAt,
    verbEnd: at + verbEnd,
    clause: { start: at + clauseAt, end: at + stop },
    name: name.charAt(0).toUpperCase() + name.slice(1),
  };
}

function folded(ctx: DocumentContext, sc: SentenceContext): string {
  return ctx.folded.slice(sc.sentence.start, sc.sentence.end);
}

/** Where an object phrase that starts at `from` ends: before what was found, the next clause, or the sentence's end. */
function objectEnd(text: string, from: number): number {
  const cut = text.slice(from).search(CHECK_END);
  let end = cut < 0 ? text.length : from + cut;
  while (end > from && /[\s.,;:!?»"]/u.test(text[end - 1]!)) end--;
  return end;
}

/** The start of the clause an offset is in: after the last «, что», semicolon, colon or reported-speech comma. */
function clauseStart(text: string, at: number): number {
  const head = text.slice(0, at);
  const cuts = [
    ...head.matchAll(
      /(?:,\s+что\s+|[;:]\s+|^\s*[–—-]\s+|(?:словам|сообщил\p{L}*|отметил\p{L}*)[^,]*,\s+)/giu,
    ),
  ];
  const last = cuts.at(-1);
  return last ? last.index + last[0].length : 0;
}

/**
 * «работа отдела полиции …» → «работы отдела полиции …», «уголовное дело …» → «уголовного дела …»: the head
 * of a nominative phrase (its adjectives and first noun) in the genitive, the rest as written.
 */
function genitiveHead(ctx: DocumentContext, object: string): string {
  const words = object.split(/\s+/u);
  for (const [i, word] of words.entries()) {
    const parse = ctx
      .morph(word.toLowerCase())
      .find((p) => (p.tag.POS === 'NOUN' || p.tag.POS === 'ADJF') && p.tag.CAse === 'nomn');
    const gent = parse?.inflect(parse.tag.NMbr ? ['gent', parse.tag.NMbr] : ['gent']);
    if (!parse || !gent) break;
    words[i] = gent.word;
    if (parse.tag.POS === 'NOUN') break;
  }
  return words.join(' ');
}

/** « в Департамент полиции …» right after the verb, up to the clause's end or its purpose («для …»). */
function destinationAt(ctx: DocumentContext, sc: SentenceContext, from: number): string {
  const rest = ctx.folded.slice(sc.sentence.start + from, sc.sentence.end);
  const m = /^\s+(?:в|на имя)\s+[^,;:.]*?(?=\s+(?:для|с целью|сведения|информаци|материал)|[,;:.]|$)/iu.exec(
    rest,
  );
  return m ? ctx.text.slice(sc.sentence.start + from, sc.sentence.start + from + m[0].length).trimEnd() : '';
}

/** «В Департамент Комитета … направлена информация»: the destination told before the verb. */
function destinationBefore(ctx: DocumentContext, sc: SentenceContext, head: number, verbAt: number): string {
  const m = /(?:^|\s)[вВ]\s+\p{Lu}[^,;:]*$/u.exec(
    ctx.text.slice(sc.sentence.start + head, sc.sentence.start + verbAt),
  );
  return m ? ` ${m[0].trim().replace(/^В/u, 'в')}` : '';
}
