import * as prettier from 'prettier';

/** Formats generated text as Prettier would format that file, so `prettier --check .` accepts it as written. */
export async function formatLike(filepath: string, text: string): Promise<string> {
  const options = await prettier.resolveConfig(filepath);
  return prettier.format(text, { ...options, filepath });
}
