import { describe, expect, it } from 'vitest';
import { JOINT } from '../../server/ingest/extract/facts/agent-words.ts';
import { PARTNERS } from '../../server/ingest/extract/facts/partner-words.ts';

// The words that bring in partners, shared by instructions, measures, operations and seizures.
describe('partner words', () => {
  const partners = new RegExp(`^${PARTNERS}\\s`, 'iu');

  it('bring in the partners of an instruction, in every form the genre writes', () => {
    for (const words of [
      'совместно с ДКНБ',
      'совместно со службой',
      'во взаимодействии с ДГД',
      'в тесном взаимодействии с АФМ',
      'вместе с акиматом',
      'с привлечением волонтёров',
    ])
      expect(partners.test(words), words).toBe(true);
  });

  it('are not «вместе с тем» (however), nor a body that only took part in an instruction', () => {
    expect(partners.test('вместе с тем отмечено')).toBe(false);
    expect(partners.test('при участии ДКНБ')).toBe(false);
    expect(JOINT.test('вместе с тем отмечено')).toBe(false);
  });

  it('for an operation, also name who took part or helped', () => {
    for (const words of [
      'при участии ДКНБ',
      'с участием пограничников',
      'при содействии ДГД',
      'совместно с ДП',
    ])
      expect(JOINT.test(words), words).toBe(true);
  });
});
