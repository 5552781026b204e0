import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorph, type Morph } from '../../server/ingest/extract/morphology/az-morph.ts';
import { nominativePhrase } from '../../server/ingest/extract/morphology/nominative-phrase.ts';
import { personNominative } from '../../server/ingest/extract/morphology/person-nominative.ts';
import { wordForms } from '../../server/ingest/extract/morphology/word-forms.ts';

// Inflected forms of invented people's names (Kazakh and Russian, men and women) → their nominative. The same
// list chose the morphology (docs/ingestion.md, "Names in the nominative").
const NAME_FORMS = (
  JSON.parse(
    fs.readFileSync(path.join(import.meta.dirname, '../fixtures/extract-dev/name-forms.json'), 'utf8'),
  ) as {
    forms: { written: string; nominative: string; ambiguous?: string }[];
  }
).forms;

let morph: Morph;
beforeAll(async () => {
  morph = await loadMorph();
}, 60_000);

describe('person names in the nominative', () => {
  it.each(NAME_FORMS.filter((f) => !f.ambiguous).map((f) => [f.written, f.nominative]))(
    '%s → %s',
    (written, nominative) => {
      const [first, last] = written.split(' ');
      expect(personNominative(morph, { first: first!, last: last! }).nominative).toBe(nominative);
    },
  );

  it('reads an ambiguous form one of its correct ways', () => {
    for (const form of NAME_FORMS.filter((f) => f.ambiguous)) {
      const [first, last] = form.written.split(' ');
      expect(['Алий Нурпеисов', form.nominative]).toContain(
        personNominative(morph, { first: first!, last: last! }).nominative,
      );
    }
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
