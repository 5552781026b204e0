// A worker module for ingest-extract-pool.test.ts, in place of the real extractor's: a text with
// «ТЕСТ: ЗАВИСНУТЬ» never finishes, «ТЕСТ: УПАСТЬ» ends its thread, «ТЕСТ: ОШИБКА» throws a coded error,
// and any other text gets the empty extractor's draft; reading a file whose name has «зависнуть» never
// finishes, any other file is read as the app reads it. Nothing here is a real release.
import { apiError, ErrorCode } from '../../server/errors.ts';
import { createExtractor } from '../../server/ingest/extractors.ts';
import { readDocument } from '../../server/ingest/input/read-document.ts';
import { extractTaskHandler } from '../../server/ingest/review/extract-task.ts';

const read = async (bytes: Uint8Array, fileName: string) => {
  if (fileName.includes('зависнуть')) for (;;);
  return readDocument(bytes, fileName);
};

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
}, read);
