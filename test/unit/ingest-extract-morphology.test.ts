import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorph, type Morph } from '../../server/ingest/extract/morphology/az-morph.ts';
import { nominativePhrase } from '../../server/ingest/extract/morphology/nominative-phrase.ts';
import { personNominative } from '../../server/ingest/extract/morphology/person-nominative.ts';
import { wordForms } from '../../server/ingest/extract/morphology/word-forms.ts';

// Inflected forms of invented people's names (Kazakh and Russian, men and women) → their nominative. The same
// list chose the morphology (docs/ingestion.md, "Names in the nominative").
const NAME_FORMS: [string, string][] = [
  ['Бауыржана Аленова', 'Бауыржан Аленов'],
  ['Бауыржану Аленову', 'Бауыржан Аленов'],
  ['Бауыржаном Аленовым', 'Бауыржан Аленов'],
  ['Бауыржане Аленове', 'Бауыржан Аленов'],
  ['Бауыржан Аленов', 'Бауыржан Аленов'],
  ['Аскара Мухаметкалиева', 'Аскар Мухаметкалиев'],
  ['Жанибека Беккожаева', 'Жанибек Беккожаев'],
  ['Жанибеку Беккожаеву', 'Жанибек Беккожаев'],
  ['Айгерим Сулейменовой', 'Айгерим Сулейменова'],
  ['Айгерим Сулейменову', 'Айгерим Сулейменова'],
  ['Айгерим Сулейменова', 'Айгерим Сулейменова'],
  ['Асель Жумабаевой', 'Асель Жумабаева'],
  ['Асели Жумабаевой', 'Асель Жумабаева'],
  ['Динары Касымовой', 'Динара Касымова'],
  ['Динарой Касымовой', 'Динара Касымова'],
  ['Ерлана Абдигалиулы', 'Ерлан Абдигалиулы'],
  ['Ерланом Абдигалиулы', 'Ерлан Абдигалиулы'],
  ['Нурлана Сапарұлы', 'Нурлан Сапарұлы'],
  ['Айнуры Кайраткызы', 'Айнура Кайраткызы'],
  ['Серику Тлеубердину', 'Серик Тлеубердин'],
  ['Сериком Тлеубердиным', 'Серик Тлеубердин'],
  ['Алии Нурпеисовой', 'Алия Нурпеисова'],
  ['Мадине Омаровой', 'Мадина Омарова'],
  ['Сауле Ибраевой', 'Сауле Ибраева'],
  ['Жанар Мукановой', 'Жанар Муканова'],
  ['Аружан Сейткалиевой', 'Аружан Сейткалиева'],
  ['Ботагоз Амановой', 'Ботагоз Аманова'],
  ['Касым-Жомарта Токаева', 'Касым-Жомарт Токаев'],
  ['Ильи Петрова', 'Илья Петров'],
  ['Сергею Ковалёву', 'Сергей Ковалёв'],
  ['Виктора Кима', 'Виктор Ким'],
  ['Ольги Ким', 'Ольга Ким'],
  ['Игоря Шевченко', 'Игорь Шевченко'],
];

let morph: Morph;
beforeAll(async () => {
  morph = await loadMorph();
}, 60_000);

describe('person names in the nominative', () => {
  it.each(NAME_FORMS)('%s → %s', (written, nominative) => {
    const [first, last] = written.split(' ');
    expect(personNominative(morph, { first: first!, last: last! }).nominative).toBe(nominative);
  });

  it('tells a woman from a man by the words agreeing on one case', () => {
    expect(personNominative(morph, { first: 'Айгерим', last: 'Сулейменовой' })).toMatchObject({
      gender: 'female',
      case: 'gent',
    });
    expect(personNominative(morph, { first: 'Бауыржана', last: 'Аленова' })).toMatchObject({
      gender: 'male',
      case: 'gent',
    });
  });

  it('keeps a patronymic and brings it to the nominative', () => {
    expect(
      personNominative(morph, { first: 'Ерлана', patronymic: 'Маратовича', last: 'Жунусова' }).nominative,
    ).toBe('Ерлан Маратович Жунусов');
  });
});

describe('phrases and word forms', () => {
  it.each([
    ['Пограничной службы КНБ', 'Пограничная служба КНБ'],
    ['Управлением полиции города Уральска', 'Управление полиции города Уральска'],
    ['первого заместителя министра', 'Первый заместитель министра'],
    ['начальникам подразделений', 'Начальники подразделений'],
    ['расширенное заседание коллегии', 'Расширенное заседание коллегии'],
    ['интернет-мошенничеств', 'Интернет-мошенничества'],
  ])('%s → %s', (phrase, nominative) => {
    expect(nominativePhrase(morph, phrase.split(' '))).toBe(nominative);
  });

  it('keeps the prefix of a hyphenated region adjective, so North and West Kazakhstan differ', () => {
    expect(wordForms(morph, 'Северо-Казахстанской')).toContain('северо-казахстанский');
    expect(wordForms(morph, 'Западно-Казахстанской')).not.toContain('северо-казахстанский');
  });

  it('folds Kazakh letters to the Russian ones', () => {
    expect(wordForms(morph, 'Жетісу')).toContain('жетису');
  });
});
