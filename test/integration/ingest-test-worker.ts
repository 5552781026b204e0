// A worker module for ingest-extract-pool.test.ts, in place of the real extractor's: a text with
// «ТЕСТ: ЗАВИСНУТЬ» never finishes, «ТЕСТ: УПАСТЬ» ends its thread, «ТЕСТ: ОШИБКА» throws a coded error,
// and any other text gets the empty extractor's draft. Nothing here is a real release.
import { apiError, ErrorCode } from '../../server/errors.ts';
import { createExtractor } from '../../server/ingest/extractors.ts';
import { extractTaskHandler } from '../../server/ingest/review/extract-task.ts';

export default extractTaskHandler(async () => {
  const empty = await createExtractor('empty');
  return {
    name: 'test-worker',
    version: '0',
    async extract(input) {
      if (input.text.includes('ТЕСТ: ЗАВИСНУТЬ')) for (;;);
      if (input.text.includes('ТЕСТ: УПАСТЬ')) process.exit(7);
      if (input.text.includes('ТЕСТ: ОШИБКА'))
        throw apiError(ErrorCode.BAD_USER_INPUT, 'the test worker refuses this text');
      return empty.extract(input);
    },
  };
});
