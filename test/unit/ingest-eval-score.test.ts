import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { checkGold } from '../../server/ingest/eval/check-gold.ts';
import { fillGoldOffsets } from '../../server/ingest/eval/fill-gold-offsets.ts';
import type { GoldCase } from '../../server/ingest/eval/gold-case.ts';
import { goldFileSchema } from '../../server/ingest/eval/gold-schema.ts';
import { goldToDraft } from '../../server/ingest/eval/gold-to-draft.ts';
import { prf, share } from '../../server/ingest/eval/metrics.ts';
import { scoreDocument } from '../../server/ingest/eval/score-document.ts';

// A tiny invented release (test fixture), annotated in the gold format.
const TEXT =
  'Начальником ДП СКО назначен Ерлан Тестов. Ранее он возглавлял ДП ВКО.\n' +
  'Изъято 5,5 кг гашиша.\nТестовый документ (fixture).';

function goldCase(): GoldCase {
  const raw: Record<string, unknown> = {
    format: 'opsgraph-gold/1',
    document: 'synthetic.txt',
    metadata: {
      title: null,
      publisher: null,
      url: null,
      publishedAt: '2025-09-02',
      language: 'ru',
      format: 'txt',
    },
    ignore: [{ text: 'Тестовый документ (fixture).', why: 'fixture notice' }],
    entities: [
      {
        ref: 'p',
        label: 'Person',
        name: 'Ерлан Тестов',
        existingId: null,
        mentions: [{ text: 'Ерлан Тестов' }],
        properties: {},
      },
      {
        ref: 'head',
        label: 'Position',
        name: 'Начальник ДП СКО',
        existingId: null,
        mentions: [{ text: 'Начальником ДП СКО' }],
        properties: {},
      },
      {
        ref: 'dp',
        label: 'Agency',
        name: 'Департамент полиции Северо-Казахстанской области',
        aliases: ['ДП СКО'],
        existingId: 'agency:dp-north-kazakhstan',
        mentions: [{ text: 'ДП СКО' }],
        properties: {},
      },
      {
        ref: 'old',
        label: 'Position',
        name: 'Начальник ДП ВКО',
        existingId: null,
        mentions: [{ text: 'возглавлял ДП ВКО' }],
        properties: {},
      },
      {
        ref: 'vko',
        label: 'Agency',
        name: 'Департамент полиции Восточно-Казахстанской области',
        existingId: 'agency:dp-east-kazakhstan',
        mentions: [{ text: 'ДП ВКО' }],
        properties: {},
      },
      {
        ref: 's',
        label: 'Seizure',
        name: 'Изъятие 5,5 кг гашиша',
        existingId: null,
        mentions: [{ text: 'Изъято 5,5 кг гашиша' }],
        properties: { amountKg: 5.5, year: 2025 },
      },
    ],
    relationships: [
      {
        type: 'HOLDS',
        from: 'p',
        to: 'head',
        quote: 'Начальником ДП СКО назначен Ерлан Тестов',
        inferred: false,
        basis: null,
        properties: { current: true, validFrom: '2025-09' },
      },
      {
        type: 'POSITION_IN',
        from: 'head',
        to: 'dp',
        quote: 'Начальником ДП СКО',
        inferred: false,
        basis: null,
        properties: {},
      },
      {
        type: 'HOLDS',
        from: 'p',
        to: 'old',
        quote: 'Ранее он возглавлял ДП ВКО',
        inferred: false,
        basis: null,
        properties: { current: false },
      },
      {
        type: 'SEIZED',
        from: 'dp',
        to: 's',
        quote: 'Изъято 5,5 кг гашиша',
        inferred: true,
        basis: 'Passive voice.',
        properties: {},
      },
    ],
  };
  const sha256 = createHash('sha256').update(TEXT, 'utf8').digest('hex');
  expect(fillGoldOffsets(raw, TEXT, sha256)).toEqual([]);
  const gold = goldFileSchema.parse(raw);
  return {
    name: 'synthetic',
    gold,
    document: {
      text: TEXT,
      sha256,
      title: null,
      publisher: null,
      url: null,
      publishedAt: '2025-09-02',
      language: 'ru',
      format: 'txt',
    },
  };
}

const entityF1 = (score: ReturnType<typeof scoreDocument>) =>
  prf(
    Object.values(score.entities).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), {
      tp: 0,
      fp: 0,
      fn: 0,
    }),
  );

function draftWith(change: (draft: Draft) => void): Draft {
  const draft = goldToDraft(goldCase());
  change(draft);
  return draft;
}

const entity = (draft: Draft, ref: string) => draft.entities.find((e) => e.ref === ref)!;

describe('scoreDocument', () => {
  it('scores a perfect draft 1.0 on every measure', () => {
    const score = scoreDocument(goldCase(), goldToDraft(goldCase()));
    expect(entityF1(score)).toEqual({ precision: 1, recall: 1, f1: 1 });
    for (const bucket of ['all', 'stated', 'inferred'] as const)
      expect(prf(score.relations[bucket]).f1).toBe(1);
    for (const ratio of [
      score.linking,
      score.names,
      score.figures,
      score.quotes,
      ...Object.values(score.time),
    ]) {
      if (ratio.total) expect(share(ratio)).toBe(1);
    }
    expect(score.time.current.total).toBe(2);
    expect(score.time.dates.total).toBe(1);
    expect(score.sameText).toBe(true);
  });

  it('gives an empty draft zero recall, no precision, and every figure and time wrong', () => {
    const score = scoreDocument(
      goldCase(),
      draftWith((d) => ((d.entities = []), (d.relationships = []))),
    );
    expect(entityF1(score)).toEqual({ precision: null, recall: 0, f1: 0 });
    expect(prf(score.relations.stated)).toEqual({ precision: null, recall: 0, f1: 0 });
    expect(score.figures).toEqual({ correct: 0, total: 1 });
    // No entity was found, so no figure was read at all.
    expect(score.figuresFound).toEqual({ correct: 0, total: 0 });
    expect(score.time.current).toEqual({ correct: 0, total: 2 });
    expect(score.quotes.total).toBe(0);
  });

  it('lowers linking accuracy for one wrong link, and entity F1 not at all', () => {
    const score = scoreDocument(
      goldCase(),
      draftWith((d) => (entity(d, 'dp').existingId = 'agency:dp-akmola')),
    );
    expect(entityF1(score).f1).toBe(1);
    expect(score.linking).toEqual({ correct: 5, total: 6 });
    expect(score.linkingExisting).toEqual({ correct: 1, total: 2 });
    const asNew = scoreDocument(
      goldCase(),
      draftWith((d) => (entity(d, 'vko').existingId = null)),
    );
    expect(asNew.linking).toEqual({ correct: 5, total: 6 });
  });

  it('counts a fact the gold calls inferred but the draft states as wrong among the stated', () => {
    const score = scoreDocument(
      goldCase(),
      draftWith((d) => (d.relationships.find((r) => r.type === 'SEIZED')!.inferred = false)),
    );
    expect(score.relations.stated).toEqual({ tp: 3, fp: 1, fn: 0 });
    expect(score.relations.inferred).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(score.relations.all).toEqual({ tp: 4, fp: 0, fn: 0 });
  });

  it('needs both ends right for a relation, and the label right for an entity', () => {
    const wrongEnd = scoreDocument(
      goldCase(),
      draftWith((d) => (d.relationships[1]!.to = 'vko')),
    );
    expect(wrongEnd.relations.stated).toEqual({ tp: 2, fp: 1, fn: 1 });
    const wrongLabel = scoreDocument(
      goldCase(),
      draftWith((d) => (entity(d, 'dp').label = 'Region')),
    );
    expect(wrongLabel.entities.Agency).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(wrongLabel.entities.Region).toEqual({ tp: 0, fp: 1, fn: 0 });
    // The POSITION_IN and SEIZED facts hang on the unmatched agency.
    expect(wrongLabel.relations.all).toEqual({ tp: 2, fp: 2, fn: 2 });
  });

  it('lists what a draft missed, added and misread, and nothing for a perfect draft', () => {
    const perfect = scoreDocument(goldCase(), goldToDraft(goldCase()));
    expect(Object.values(perfect.misses).flat()).toEqual([]);
    const score = scoreDocument(
      goldCase(),
      draftWith((d) => {
        entity(d, 'dp').label = 'Region';
        entity(d, 's').properties = { amountKg: 55 };
        d.relationships.find((r) => r.type === 'SEIZED')!.inferred = false;
      }),
    );
    expect(score.misses.entities).toEqual([
      expect.stringMatching(/^Agency "Департамент полиции Северо-Казахстанской области" «ДП СКО»$/),
    ]);
    expect(score.misses.extraEntities).toEqual([expect.stringMatching(/^Region ".*" «ДП СКО»$/)]);
    expect(score.misses.figures).toEqual([expect.stringMatching(/amountKg: gold 5\.5, draft 55$/)]);
    expect(score.figuresFound).toEqual({ correct: 0, total: 1 });
    expect(score.misses.relations.length).toBe(2);
    expect(score.misses.relations.join('\n')).toContain('POSITION_IN');
    expect(score.misses.extraRelations.length).toBe(2);
    expect(score.misses.extraRelations.join('\n')).toContain('(not in gold)');
  });

  it('counts a duplicate proposal as a false positive', () => {
    const score = scoreDocument(
      goldCase(),
      draftWith((d) => d.entities.push({ ...entity(d, 'p'), ref: 'p2' })),
    );
    expect(score.entities.Person).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it('matches on the nominative name without a mention, and scores an inflected name as a wrong name', () => {
    const byName = scoreDocument(
      goldCase(),
      draftWith((d) => (entity(d, 'p').mentions = [])),
    );
    expect(byName.entities.Person).toEqual({ tp: 1, fp: 0, fn: 0 });
    const inflected = scoreDocument(
      goldCase(),
      draftWith((d) => (entity(d, 'p').name = 'Ерлана Тестова')),
    );
    expect(inflected.entities.Person).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(inflected.names).toEqual({ correct: 0, total: 1 });
    const neither = scoreDocument(
      goldCase(),
      draftWith((d) => Object.assign(entity(d, 'p'), { name: 'Ерлана Тестова', mentions: [] })),
    );
    expect(neither.entities.Person).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('checks figures and time values', () => {
    const score = scoreDocument(
      goldCase(),
      draftWith((d) => {
        entity(d, 's').properties = { amountKg: '5.5', year: 2024 };
        d.relationships[2]!.properties = { current: true };
        d.relationships[0]!.properties = { current: true, validFrom: '2025-09-02' };
      }),
    );
    expect(score.figures).toEqual({ correct: 1, total: 1 });
    expect(score.time.years).toEqual({ correct: 0, total: 1 });
    expect(score.time.current).toEqual({ correct: 1, total: 2 });
    expect(score.time.dates).toEqual({ correct: 0, total: 1 });
    const wrongAmount = scoreDocument(
      goldCase(),
      draftWith((d) => (entity(d, 's').properties.amountKg = 55)),
    );
    expect(wrongAmount.figures).toEqual({ correct: 0, total: 1 });
  });

  it("judges quotes and mentions against the stored text, not the draft's copy", () => {
    const score = scoreDocument(
      goldCase(),
      draftWith((d) => {
        d.relationships[0]!.start += 1;
        entity(d, 'p').mentions[0]!.end = TEXT.length + 5;
        d.source.text = d.source.text.toUpperCase();
      }),
    );
    expect(score.quotes.total).toBe(4 + 6);
    expect(score.quotes.correct).toBe(8);
    expect(score.badQuotes).toHaveLength(2);
    expect(score.sameText).toBe(false);
  });

  it('neither rewards nor punishes a proposal made from the fixture notice', () => {
    const start = TEXT.indexOf('Тестовый');
    const score = scoreDocument(
      goldCase(),
      draftWith((d) =>
        d.entities.push({
          ref: 'x',
          label: 'Agency',
          name: 'Тестовый документ',
          existingId: null,
          mentions: [{ start, end: start + 8 }],
          properties: {},
        }),
      ),
    );
    expect(score.entities.Agency).toEqual({ tp: 2, fp: 0, fn: 0 });
  });
});

describe('checkGold', () => {
  it('names every unsound annotation: offsets, refs, ends, time on a timeless fact, inferred without basis', () => {
    const { gold, document } = goldCase();
    expect(checkGold(gold, document.text, document.sha256)).toEqual([]);
    gold.entities[0]!.mentions[0]!.start += 1;
    gold.relationships[1]!.to = 'nobody';
    gold.relationships[3]!.properties.current = true;
    gold.relationships.push({ ...gold.relationships[0]!, type: 'SEIZED' });
    const problems = checkGold(gold, document.text, 'f'.repeat(64));
    // The SEIZED copy of a HOLDS also keeps its time: a sixth problem.
    expect(problems).toHaveLength(6);
    expect(problems.join('\n')).toMatch(/sha256 is/);
    expect(problems.join('\n')).toMatch(
      /entities\[0\] \(p\)\.mentions\[0\]: \[\d+, \d+\) is "рлан Тестов", not "Ерлан Тестов"/,
    );
    expect(problems.join('\n')).toMatch(/no entity has ref "nobody"/);
    expect(problems.join('\n')).toMatch(/SEIZED cannot start at Person/);
    expect(problems.join('\n')).toMatch(/relationships\[3\].*current only apply to time-bound types/);
    expect(
      goldFileSchema.safeParse({ ...gold, relationships: [{ ...gold.relationships[3]!, basis: null }] })
        .success,
    ).toBe(false);
  });
});
