// What a number counts decides which fact it belongs to: «3 тыс. таблеток» is a seizure, «14 каналов» a supply
// channel, «9 фактов незаконного оборота» or «214 наркосайтов» an indicator. Stems, matched on the lower-case
// noun right after the number.

/** Things seized by the piece: a count of them is a seizure. */
export const ITEM_NOUN =
  /^(?:таблет|капсул|доз|ампул|штук|пакет|брикет|свертк|сверток|флакон|шприц|закладк|кустов|куст|патрон|единиц|бутыл|упаков)/iu;

/** Supply channels: a count of them is a channel. */
export const CHANNEL_NOUN = /^канал/iu;

/** «3 канала финансирования наркошопов»: channels of money are counted results, not supply channels. */
export const MONEY_CHANNEL = /^\s+(?:финансирован|легализац|обналич|отмыван|вывода)/iu;

/** «тенге», «тг.»: a sum of money, measured on its own (money-sums.ts). */
export const MONEY_NOUN = /^(?:тенге|тг)$/u;

/** People counted in an incident («задержаны 3 человека»): an event, not a measured figure. */
export const PEOPLE_NOUN = /^(?:человек|лиц[а]?$|граждан|жител|сотрудник|подозреваем|курьер|член)/iu;

/**
 * Verbs that report a counted result («выявлено 9 фактов», «заблокировано 214 наркосайтов», «провели свыше
 * 3 тыс. бесед», «пресечена деятельность 27 наркошопов», «выявлено всего 214 …»): the noun after the number
 * is then the thing measured.
 */
export const RESULT_VERB =
  /(?:^|[\s,(])(?:выявлен|выявил|зарегистрирован|зарегистрировал|раскрыт|раскрыл|уничтожен|уничтожил|заблокирован|заблокировал|возбужден|возбудил|пресечен|пресекл|проведен|провел|направлен|направил|привлечен|привлекл|задокументирован|задокументировал|установлен|установил|ликвидирован|ликвидировал|рассмотрен|поступил|совершен|допущен|изобличен|осужден|удален|закрыт)\p{L}*(?:\s+(?:деятельность|всего|еще|уже|в\s+общей\s+сложности))?(?:\s+(?:не\s+)?(?:менее|более|свыше|около|почти|порядка))?\s*$/iu;

/**
 * «уничтожено 38 кустов конопли»: plants destroyed where they grow are an eradication result (an indicator),
 * not pieces seized. `lead` is the text right before the number.
 */
export function eradicatedPlants(noun: string, lead: string): boolean {
  return /^куст/u.test(noun) && /уничтож\p{L}*\s+(?:\p{L}+\s+)?$/iu.test(lead);
}

/** Verbs of liability, conviction or registration, after which even a few people are counted, not one case. */
export const LIABLE =
  /(?:привлечен\p{L}*\s+к\s+(?:\p{L}+\s+)?ответственности|к\s+(?:\p{L}+\s+)?ответственности\s+привлечен\p{L}*|осужден\p{L}*|поставлен\p{L}*\s+на\s+(?:\p{L}+\s+)?учет|на\s+(?:\p{L}+\s+)?учет\s+поставлен\p{L}*)(?:\s+(?:еще|всего))?\s*$/iu;
