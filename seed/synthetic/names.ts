import type { Random } from './random.ts';

/** A name in the data contract's three forms. */
export interface Names {
  name: string;
  nameEn: string;
  aliases: string[];
}

// [Cyrillic, Latin] pairs. Latin follows the seed's transliteration (Ж → Zh, Х → Kh, Е → Ye initially).
const SURNAMES: readonly (readonly [string, string])[] = [
  ['Аленов', 'Alenov'],
  ['Мухаметкалиев', 'Mukhametkaliev'],
  ['Ахметов', 'Akhmetov'],
  ['Садыков', 'Sadykov'],
  ['Жумабаев', 'Zhumabaev'],
  ['Нургалиев', 'Nurgaliev'],
  ['Касымов', 'Kasymov'],
  ['Бекмуханов', 'Bekmukhanov'],
  ['Тулегенов', 'Tulegenov'],
  ['Оспанов', 'Ospanov'],
  ['Сейткали', 'Seitkali'],
  ['Искаков', 'Iskakov'],
  ['Абдрахманов', 'Abdrakhmanov'],
  ['Есенов', 'Yesenov'],
  ['Калиев', 'Kaliev'],
  ['Муканов', 'Mukanov'],
  ['Серикбаев', 'Serikbaev'],
  ['Токаев', 'Tokaev'],
  ['Утегенов', 'Utegenov'],
  ['Шарипов', 'Sharipov'],
  ['Ибраев', 'Ibraev'],
  ['Кенжебеков', 'Kenzhebekov'],
  ['Рахимов', 'Rakhimov'],
  ['Дюсенов', 'Dyusenov'],
  ['Иванов', 'Ivanov'],
  ['Петренко', 'Petrenko'],
  ['Ким', 'Kim'],
  ['Смагулов', 'Smagulov'],
  ['Байжанов', 'Baizhanov'],
  ['Омаров', 'Omarov'],
  ['Ержанов', 'Yerzhanov'],
  ['Мусин', 'Musin'],
];

const GIVEN: readonly (readonly [string, string])[] = [
  ['Ерлан', 'Yerlan'],
  ['Марат', 'Marat'],
  ['Асхат', 'Askhat'],
  ['Нурлан', 'Nurlan'],
  ['Бауыржан', 'Bauyrzhan'],
  ['Серик', 'Serik'],
  ['Данияр', 'Daniyar'],
  ['Айгуль', 'Aigul'],
  ['Гульнара', 'Gulnara'],
  ['Дамир', 'Damir'],
  ['Ержан', 'Yerzhan'],
  ['Канат', 'Kanat'],
  ['Алия', 'Aliya'],
  ['Тимур', 'Timur'],
  ['Руслан', 'Ruslan'],
  ['Жанна', 'Zhanna'],
  ['Арман', 'Arman'],
  ['Самал', 'Samal'],
  ['Олжас', 'Olzhas'],
  ['Дмитрий', 'Dmitry'],
];

// City names are built from syllables so that 10,000 of them stay distinct and pronounceable.
const CITY_HEADS: readonly (readonly [string, string])[] = [
  ['Ак', 'Ak'],
  ['Кара', 'Kara'],
  ['Кок', 'Kok'],
  ['Сары', 'Sary'],
  ['Жана', 'Zhana'],
  ['Ор', 'Or'],
  ['Тал', 'Tal'],
  ['Есиль', 'Yesil'],
  ['Шу', 'Shu'],
  ['Кен', 'Ken'],
  ['Бал', 'Bal'],
  ['Уш', 'Ush'],
];
const CITY_TAILS: readonly (readonly [string, string])[] = [
  ['тау', 'tau'],
  ['коль', 'kol'],
  ['су', 'su'],
  ['булак', 'bulak'],
  ['шетау', 'shetau'],
  ['тобе', 'tobe'],
  ['арал', 'aral'],
  ['озек', 'ozek'],
  ['кум', 'kum'],
  ['жар', 'zhar'],
];

/** A person: surname and given name, with the Latin form and a "Surname G." alias. */
export function personNames(r: Random): Names {
  const [surname, surnameEn] = r.pick(SURNAMES);
  const [given, givenEn] = r.pick(GIVEN);
  return {
    name: `${surname} ${given}`,
    nameEn: `${surnameEn} ${givenEn}`,
    aliases: [`${surname} ${given[0]}.`, `${surnameEn} ${givenEn[0]}.`],
  };
}

/** The city of rank `index`: syllables plus a numeric suffix once the combinations run out. */
export function cityNames(index: number): Names {
  const head = CITY_HEADS[index % CITY_HEADS.length]!;
  const tail = CITY_TAILS[Math.floor(index / CITY_HEADS.length) % CITY_TAILS.length]!;
  const round = Math.floor(index / (CITY_HEADS.length * CITY_TAILS.length));
  const suffix = round === 0 ? '' : `-${round + 1}`;
  return {
    name: `${head[0]}${tail[0]}${suffix}`,
    nameEn: `${head[1]}${tail[1]}${suffix}`,
    aliases: [`${head[1]}${tail[1]}${suffix} city`],
  };
}

/** A name in both scripts from templates: `{n}` is replaced by a number, `{place}` by a place name. */
export function templated(ru: string, en: string, n: number, place?: Names): Names {
  const fill = (template: string, placeName: string) =>
    template.replace('{n}', String(n)).replace('{place}', placeName);
  const name = fill(ru, place?.name ?? '');
  return { name, nameEn: fill(en, place?.nameEn ?? ''), aliases: [abbreviate(name)] };
}

/** "Департамент полиции №12" → "ДП №12", the way the source abbreviates bodies ("ДП СКО"). */
export function abbreviate(name: string): string {
  const words = name.split(' ');
  const number = words.filter((w) => /\d/.test(w)).join(' ');
  const initials = words
    .filter((w) => !/\d/.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return number ? `${initials} ${number}` : initials;
}
