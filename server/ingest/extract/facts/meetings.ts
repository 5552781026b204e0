import { foldName } from '../../gazetteer/fold-name.ts';
import { mentionsOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';

const MEETING =
  /(?<![\p{L}])((?:(?:расширенн|выездн|оперативн|итогов|рабоч|селекторн|совместн|межведомственн|очередн)\p{L}+\s+)*(?:совещани\p{L}*|заседани\p{L}* (?:коллегии|штаба|комиссии|совета)|коллеги[яиюей](?![\p{L}\d])|брифинг\p{L}*|пресс-конференци\p{L}+|встреч\p{L}+|встретивш\p{L}*|встретил\p{L}*|семинар\p{L}*|собрани\p{L}+|форум\p{L}*))/giu;
const KINDS: [RegExp, string][] = [
  [/оперативн\p{L}+ совещ/iu, 'operational meeting'],
  [/коллеги/iu, 'board meeting'],
  [/брифинг|пресс-конф/iu, 'briefing'],
  [/встре[чт]/iu, 'meeting'],
  [/штаб/iu, 'headquarters meeting'],
  [/селектор/iu, 'video conference'],
  [/совещ/iu, 'meeting'],
];
const ATTENDANCE =
  /в присутствии|с участием|принял[аи]? участие|под председательством|провел[аи]?|провёл|выступил[аи]?|встретил\p{L}*|приняли участие/iu;

/**
 * Meetings: «оперативное совещание», «заседание коллегии», «встреча с ветеранами»…, named from the trigger to
 * "по итогам …" when it follows. ATTENDED for the people said to be present or to chair it, ORGANIZED and
 * OCCURRED_IN from the body it took place in (inferred: a release rarely says who convened it),
 * PARTICIPATED_IN for the bodies met ("встреча с ветеранами органов внутренних дел").
 */
interface MeetingMention extends Mention {
  kind: string;
  key: string;
}

export function findMeetings(ctx: DocumentContext): Mention[] {
  const meetings: MeetingMention[] = [];
  for (const sc of ctx.sentences) {
    MEETING.lastIndex = 0;
    const m = MEETING.exec(sc.sentence.text);
    if (!m) continue;
    const start = sc.sentence.start + m.index;
    let end = start + m[0].length;
    const tail =
      /^\s+(?:по итогам [^,.;:]{3,80}?(?= в присутствии| с участием| под председательством| прошл| состоял|[,.;:]|$)|с [^,.;:]{3,60}?(?=[,.;:]|$))/u.exec(
        ctx.text.slice(end, sc.sentence.end),
      );
    if (tail) end += tail[0].length;
    const words = ctx.text.slice(start, end).split(/\s+/);
    const name = /^встрет/i.test(m[1]!)
      ? `Встреча ${words.slice(1).join(' ')}`.trim()
      : nominativePhrase(ctx.morph, words);
    const kind = KINDS.find(([re]) => re.test(m[1]!))?.[1] ?? 'meeting';
    // "…заседание коллегии… В работе коллегии принял участие…": a bare repeat is the same meeting.
    const same = words.length === 1 ? meetings.findLast((x) => x.kind === kind) : undefined;
    if (same) {
      ctx.builder.entity({
        key: same.key,
        label: 'Meeting',
        name: same.name,
        existingId: null,
        mention: { start, end },
        confidence: 0.5,
      });
      relateMeeting(ctx, sc, same);
      continue;
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
  return meetings;
}

function relateMeeting(ctx: DocumentContext, sc: SentenceContext, meeting: Mention): void {
  const whole = { start: sc.sentence.start, end: sc.sentence.end };
  const attendance = ATTENDANCE.exec(sc.sentence.text);
  for (const person of mentionsOf(sc, 'Person')) {
    if (!attendance) continue;
    ctx.builder.relate({
      type: 'ATTENDED',
      from: person.ref,
      to: meeting.ref,
      evidence: { start: Math.min(meeting.start, person.start), end: Math.max(meeting.end, person.end) },
      confidence: 0.85,
    });
  }
  const previous = ctx.sentences[sc.index - 1];
  const host = [
    ...mentionsOf(sc, 'Agency'),
    ...(previous && /итог|проанализ/i.test(previous.sentence.text) ? mentionsOf(previous, 'Agency') : []),
  ].find(
    (a) => a.start < meeting.start || a.start - sc.sentence.start < 40 || previous?.mentions.includes(a),
  );
  const met = /встре[чт]/i.test(meeting.name)
    ? mentionsOf(sc, 'Agency').filter((a) => a.start >= meeting.start && a.start - meeting.end < 5)
    : [];
  for (const group of met)
    ctx.builder.relate({
      type: 'PARTICIPATED_IN',
      from: group.ref,
      to: meeting.ref,
      evidence: { start: meeting.start, end: Math.max(meeting.end, group.end) },
      confidence: 0.8,
    });
  if (host && !met.includes(host)) {
    const evidence =
      host.start < sc.sentence.start && previous
        ? { start: previous.sentence.start, end: previous.sentence.end }
        : whole;
    ctx.builder.relate({
      type: 'ORGANIZED',
      from: host.ref,
      to: meeting.ref,
      evidence,
      basis:
        'The meeting took place in this body, which reviewed its own work; the text does not say who convened it.',
      confidence: 0.6,
    });
  }
  const inHost = (p: Mention) => Boolean(host && p.start >= host.start && p.end <= host.end);
  const own = mentionsOf(sc, 'Region', 'City').find((p) => !inHost(p));
  const place = own ?? (host ? regionMentionOf(ctx, host) : undefined) ?? ctx.mainRegion;
  if (!place) return;
  const hostHere = host && host.start >= sc.sentence.start && host.end <= sc.sentence.end;
  ctx.builder.relate({
    type: 'OCCURRED_IN',
    from: meeting.ref,
    to: place.ref,
    evidence: own ? whole : hostHere ? host : meeting,
    basis: own
      ? null
      : 'Held in the body of this region (or reported as part of the visit there); no place is named.',
    confidence: own ? 0.75 : 0.55,
  });
}

function regionMentionOf(ctx: DocumentContext, agency: Mention): Mention | undefined {
  for (const sc of ctx.sentences) {
    const hit = sc.mentions.find(
      (m) => m.label === 'Region' && m.start >= agency.start && m.end <= agency.end,
    );
    if (hit) return hit;
  }
  return agency.regionId
    ? ctx.sentences
        .flatMap((s) => s.mentions)
        .find((m) => m.label === 'Region' && m.existingId === agency.regionId)
    : undefined;
}
