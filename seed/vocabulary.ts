// The vocabulary moved to vocabulary/ (shared by server, seed, scripts and tests). This re-export keeps
// imports written before the move compiling (server/ingest/eval/gold-contract.ts on main, the extract
// branch's tests); new code imports '../vocabulary/index.ts'. Delete it once nothing imports it.
export * from '../vocabulary/index.ts';
