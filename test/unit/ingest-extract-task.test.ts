import { describe, expect, it } from 'vitest';
import { apiError, ErrorCode } from '../../server/errors.ts';
import { draftSource, type ExtractInput, type GazetteerEntry } from '../../server/ingest/draft.ts';
import { DocumentInputError } from '../../server/ingest/input/document-input-error.ts';
import { extractTaskHandler } from '../../server/ingest/review/extract-task.ts';

// The worker side of the extraction pool, without threads: the gazetteer is asked for once per version
// and kept (the same array, so the extractor's index of it is kept too), and thrown errors cross the thread
// boundary with their codes. Texts are invented test fixtures.

const entry = (id: string): GazetteerEntry => ({ id, label: 'City', name: id, aliases: [] });

function recordingHandler(fail?: (text: string) => Error | null) {
  const seen: ExtractInput['gazetteer'][] = [];
  let made = 0;
  const handle = extractTaskHandler(async () => {
    made += 1;
    return {
      name: 'recording',
      version: '0',
      async extract(input: ExtractInput) {
        const error = fail?.(input.text);
        if (error) throw error;
        seen.push(input.gazetteer);
        return {
          source: draftSource(input),
          entities: [],
          relationships: [],
          extractor: { name: 'r', version: '0' },
        };
      },
    };
  });
  return { handle, seen, made: () => made };
}

describe('extraction task handler', () => {
  it('asks for a gazetteer version it lacks, keeps the one it was sent, and makes its extractor once', async () => {
    const { handle, seen, made } = recordingHandler();
    const v1 = [entry('city:a')];
    const input = { text: 'Тестовая фикстура.' };
    expect(await handle({ input, gazetteerVersion: 1 })).toEqual({ kind: 'needs-gazetteer' });
    expect((await handle({ input, gazetteerVersion: 1, gazetteer: v1 })).kind).toBe('draft');
    expect((await handle({ input, gazetteerVersion: 1 })).kind).toBe('draft');
    expect(seen).toHaveLength(2);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[0]).toEqual(v1);
    // A new version: asked for again, then used.
    expect(await handle({ input, gazetteerVersion: 2 })).toEqual({ kind: 'needs-gazetteer' });
    const v2 = [entry('city:b')];
    await handle({ input, gazetteerVersion: 2, gazetteer: v2 });
    expect(seen[2]).toEqual(v2);
    expect(made()).toBe(1);
  });

  it('returns a thrown error with its code, and a document error with its fields', async () => {
    const { handle } = recordingHandler((text) =>
      text === 'coded'
        ? apiError(ErrorCode.BAD_USER_INPUT, 'refused')
        : text === 'document'
          ? new DocumentInputError('NOT_RUSSIAN', 'a.txt', 'not Russian', { language: 'kk' })
          : new Error('plain'),
    );
    const run = (text: string) => handle({ input: { text }, gazetteerVersion: 1, gazetteer: [] });
    expect(await run('coded')).toMatchObject({
      kind: 'error',
      error: { code: 'BAD_USER_INPUT', message: 'refused' },
    });
    expect(await run('document')).toMatchObject({
      kind: 'error',
      error: {
        name: 'DocumentInputError',
        code: 'NOT_RUSSIAN',
        message: 'a.txt: not Russian',
        fields: { fileName: 'a.txt', details: { language: 'kk' } },
      },
    });
    const plain = await run('plain');
    expect(plain).toMatchObject({ kind: 'error', error: { name: 'Error', message: 'plain' } });
    expect(plain.kind === 'error' && plain.error.code).toBeFalsy();
  });
});
