/** `npm run ingest -- extract`. Placeholder until the ingestion work lands: it says so and fails. */
export async function extractCommand(_args: string[]): Promise<number> {
  console.error('ingest extract: not built yet');
  return 1;
}
