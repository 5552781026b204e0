/** `npm run ingest -- propose`. Placeholder until the ingestion work lands: it says so and fails. */
export async function proposeCommand(_args: string[]): Promise<number> {
  console.error('ingest propose: not built yet');
  return 1;
}
