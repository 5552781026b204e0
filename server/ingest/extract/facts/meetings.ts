import { foldName } from '../../gazetteer/fold-name.ts';
import { headlineOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import { heldYear } from './event-year.ts';
import { relateMeeting } from './meeting-links.ts';

const MEETING =
  /(?<![\p{L}])((?:(?:расширенн|выездн|оперативн|итогов|рабоч|селекторн|совместн|межведомственн|очередн|внеочередн|координационн|отчетн|аппаратн|республиканск|областн|городск|региональн|торжественн|ежегодн)\p{L}+\s+)*(?:совещани\p{L}*|заседани\p{L}* (?:\p{L}+(?:ой|ого|ей|его|ых|их)\s+){0,3}(?:коллегии|штаба|комиссии|совета|групп[ыи])|(?:[IVXLC]+\s+)?сесси(?:я|и|ю|ей)\s+(?:\p{L}+(?:ого|ой)\s+){0,2}маслихат\p{L}*(?:\s+(?:области|города|района)\s+\p{Lu}[\p{L}-]+|\s+\p{L}+(?:ской|кого)\s+(?:области|района))?|коллеги[яиюей](?![\p{L}\d])|построени\p{L}*(?= личного состава)|(?<=(?:торжественн\p{L}+|[Нн]а|ходе) )построени\p{L}*|брифинг\p{L}*|пресс-конференци\p{L}+|встреч\p{L}+|встретивш\p{L}*|встретил\p{L}*|семинар\p{L}*|собрани\p{L}+|форум\p{L}*|отч[её]т\p{L}*(?:\s[^.,;:]{3,120}?)?\sперед\s+(?:населением|жителями|общественностью)|представлени\p{L}*\s(?:\p{L}+\s){1,4}?(?:личному\s+составу|коллективу)|(?<=(?:[Нн]а|ходе)\s)представлени(?:и|я)(?![\p{L}])))/iu;
const KINDS: [RegExp, string][] = [
  [/построени/iu, 'ceremony'],
  [/оперативн\p{L}+ совещ/iu, 'operational meeting'],
  [/координационн/iu, 'coordination meeting'],
  [/коллеги/iu, 'board meeting'],
  [/брифинг|пресс-конф/iu, 'briefing'],
  // «отчёт начальника … перед населением», «представление нового руководителя личному составу».
  [/(?:^|\s)отч[её]т/iu, 'report to the public'],
  [/^представлени/iu, 'introduction'],
  [/встре[чт]/iu, 'meeting'],
  [/штаб/iu, 'headquarters meeting'],
  [/селектор/iu, 'video conference'],
  [/совещ/iu, 'meeting'],
];

interface MeetingMention extends Mention {
  kind: string;
  key: string;
}

/**
 * Meetings: «оперативное совещание», «координационное совещание по вопросам …», «заседание коллегии»,
 * «встреча с ветеранами», «отчёт начальника … перед населением», «представление … личному составу»…, named from the trigger to «по итогам …», «по вопросам …» or «с …» when it follows;
 * a bare repeat («коллегии», «По итогам совещания») is the same meeting. Their facts: meeting-links.ts.
 */
export function findMeetings(ctx: DocumentContext): Mention[] {
  const meetings: MeetingMention[] = [];
  const headline = headlineOf(ctx);
  for (const sc of ctx.sentences.filter((s) => s !== headline)) meetingIn(ctx, sc, meetings);
  // The headline names the meeting its lead reports: the same entity, one more mention.
  const title = headline && MEETING.exec(headline.sentence.text);
  if (headline && title && meetings[0]) {
    const start = headline.sentence.start + title.index;
    ctx.builder.addMention(meetings[0].ref, { start, end: start + title[0].length });
  } else if (headline) meetingIn(ctx, headline, meetings);
  return meetings;
}

const HELD_VERB =
  /(?<![\p{L}])(?:прош(?:ло|ла|ел|ли)|состоял\p{L}*|провел\p{L}*|провели|проведен\p{L}*|собрал\p{L}*)(?![\p{L}])/iu;

/** «… провести во всех школах классные часы и родительские собрания»: a meeting an instruction asks for. */
function planned(ctx: DocumentContext, sc: SentenceContext, at: number): boolean {
  // «Чтобы обсудить ситуацию, в ДП провели совещание»: the sentence says it was held.
  if (HELD_VERB.test(sc.sentence.text)) return false;
  return sc.sentence.text
    .slice(0, at)
    .split(/[^\p{L}-]+/u)
    .some(
      (w) =>
        /(?:ть|ти)$/u.test(w) &&
        ctx.morph(w.toLowerCase()).some((p) => p.tag.POS === 'INFN' && p.score > 0.5),
    );
}

function meetingIn(ctx: DocumentContext, sc: SentenceContext, meetings: MeetingMention[]): void {
  const m = MEETING.exec(sc.sentence.text);
  if (!m || planned(ctx, sc, m.index)) return;
  const start = sc.sentence.start + m.index;
  let end = start + m[0].length;
  const tail =
    /^\s+(?:по (?:итогам|вопросам|вопросу) [^,.;:]{3,80}?(?= в присутствии| с участием| под председательством| прошл| состоял|[,.;:]|$)|с [^,.;:]{3,60}?(?=[,.;:]|$))/u.exec(
      ctx.text.slice(end, sc.sentence.end),
    );
  if (tail) end += tail[0].length;
  const words = ctx.text.slice(start, end).split(/\s+/);
  const name = /^встрет/i.test(m[1]!)
    ? `Встреча ${words.slice(1).join(' ')}`.trim()
    : nominativePhrase(ctx.morph, words);
  const kind = KINDS.find(([re]) => re.test(m[1]!))?.[1] ?? 'meeting';
  // "…заседание коллегии… В работе коллегии принял участие…", «По итогам совещания»: a bare repeat is the
  // same meeting.
  // «На построении» repeats a parade named before; alone it is no meeting («построение системы»).
  // «встречи сотрудников … во всех школах»: a bare noun with no meeting before and none said to be held is
  // a kind of work, not a meeting.
  if (
    words.length === 1 &&
    /^(?:встреч|собрани)/iu.test(words[0]!) &&
    meetings.length === 0 &&
    !HELD_VERB.test(sc.sentence.text)
  )
    return;
  // «На представлении» likewise repeats an introduction; alone it may be a prosecutor's act.
  if (words.length === 1 && /ceremony|introduction/u.test(kind) && !meetings.some((x) => x.kind === kind))
    return;
  // «на брифинге» after a meeting of another kind is an event of its own.
  const own = kind === 'briefing' && !meetings.some((x) => x.kind === kind);
  // «По итогам сессии маслихат поручил»: the session named before, its body not named again.
  const bare =
    words.length === 1 || (/^сесси\p{L}*\s+маслихат\p{L}*$/iu.test(words.join(' ')) && meetings.length > 0);
  const same = bare && !own ? (meetings.findLast((x) => x.kind === kind) ?? meetings.at(-1)) : undefined;
  if (same) {
    ctx.builder.entity({
      key: same.key,
      label: 'Meeting',
      name: same.name,
      existingId: null,
      mention: { start, end },
      confidence: 0.5,
    });
    relateMeeting(ctx, sc, same, true);
    return;
  }
  const review = sc.times.find((t) => t.year && !t.comparison && t.start >= sc.sentence.start);
  const ref = ctx.builder.entity({
    key: `Meeting|${foldName(name)}`,
    label: 'Meeting',
    name,
    existingId: null,
    mention: { start, end },
    properties: {
      kind,
      ...heldYear(ctx, sc),
      ...(review?.year && /итог/i.test(sc.sentence.text + ctx.sentences[sc.index - 1]?.sentence.text)
        ? { periodReviewed: review.year }
        : {}),
    },
    confidence: 0.8,
  });
  const meeting: MeetingMention = {
    start,
    end,
    label: 'Meeting',
    ref,
    name,
    existingId: null,
    from: 0,
    to: 0,
    kind,
    key: `Meeting|${foldName(name)}`,
  };
  meetings.push(meeting);
  relateMeeting(ctx, sc, meeting);
}
