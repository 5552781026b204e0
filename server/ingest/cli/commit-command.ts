/** `npm run ingest -- commit`. Placeholder until the ingestion work lands: it says so and fails. */
export async function commitCommand(_args: string[]): Promise<number> {
  console.error('ingest commit: not built yet');
  return 1;
}
