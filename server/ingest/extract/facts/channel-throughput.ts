import { between, type DocumentContext, type Mention } from '../context.ts';

/**
 * The drugs a channel carried while it worked: «За это время через него прошло около 60 кг наркотиков», «группа
 * действовала с 2024 года и за это время переправила в регион не менее 300 кг», «по каналу поставлено свыше
 * 40 кг», «общий объём поставок составил порядка 120 кг». The mass is the channel's `amountKg` (and
 * `amountQualifier`), not a seizure: nothing was taken. The verb of carrying and a word tying the mass to the
 * channel's life («за это время», «через него», «по каналу», «объём поставок») must both stand before it.
 */
const CARRIED =
  /(?<![\p{L}])(?:прош(?:ло|ли|[её]л)|переправ\p{L}*|поставлен\p{L}*|поставил\p{L}*|ввез\p{L}*|ввезен\p{L}*|завез\p{L}*|доставил\p{L}*|доставлен\p{L}*|перевез\p{L}*|перевезен\p{L}*|сбыл[аои]?|сбыт[оы]?|реализовал[аио]?|переброшен\p{L}*|перебросил\p{L}*)(?![\p{L}])/iu;
const TIED =
  /(?<![\p{L}])(?:за\s+(?:всё\s+|все\s+)?это\s+время|за\s+время\s+(?:своей\s+|его\s+|е[её]\s+|их\s+)?(?:деятельности|работы|существования)|через\s+(?:него|этот\s+канал|канал)|по\s+(?:этому\s+|данному\s+)?каналу|объ[её]м\p{L}*\s+(?:поставок|поставленн\p{L}*|переправленн\p{L}*|контрабанды|партий))(?![\p{L}])/iu;
/** A mass taken or found is a seizure's, whatever else the sentence says. */
const TAKEN =
  /(?<![\p{L}])(?:изъят\p{L}*|изъял\p{L}*|обнаружен\p{L}*|обнаружил\p{L}*|пытал\p{L}*|задержан\p{L}*)(?![\p{L}])/iu;

export function relateChannelThroughput(ctx: DocumentContext, channels: readonly Mention[]): void {
  if (!channels.length) return;
  for (const sc of ctx.sentences) {
    for (const figure of sc.figures) {
      if (figure.unit !== 'kg' || figure.isChange) continue;
      const lead = between(ctx, Math.max(sc.sentence.start, figure.start - 120), figure.start);
      const verb = CARRIED.exec(lead);
      if (!verb || !TIED.test(lead) || TAKEN.test(lead.slice(verb.index))) continue;
      // Another mass between the verb and this one: this one is a second item of a list, not the total.
      if (
        sc.figures.some(
          (f) =>
            f.unit === 'kg' && f.end <= figure.start && f.start > figure.start - lead.length + verb.index,
        )
      )
        continue;
      // The channel told last before it, and only a single one: a tally of channels carried no one amount.
      // «через него»: the channel named by its word, not one told only as drugs carried (carried-channels.ts).
      const before = channels.filter((c) => c.start < figure.start).sort((a, b) => a.start - b.start);
      const named = before.filter((c) => /канал|трафик|маршрут/iu.test(ctx.text.slice(c.start, c.end)));
      const channel = (named.length ? named : before).at(-1);
      const entity = channel && ctx.builder.entityByRef(channel.ref);
      if (!entity || (entity.properties['count'] ?? 1) !== 1 || entity.properties['amountKg'] !== undefined)
        continue;
      entity.properties['amountKg'] = figure.value;
      entity.properties['amountQualifier'] = figure.qualifier;
    }
  }
}
