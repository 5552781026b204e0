// A transaction's statements can go out together: the driver pipelines them on the connection and the
// database runs them in the order they were sent, so statements that need nothing from each other cost one
// round trip instead of one each (the ingestion commit's latency is mostly round trips on a loaded machine).

/**
 * Promise.all that waits for every statement sent together to settle (nothing still runs in the transaction
 * when the caller rolls it back) and then throws the first failure in the order they were sent.
 */
export async function allInOrder<T extends readonly unknown[]>(
  work: readonly [...{ [K in keyof T]: Promise<T[K]> }],
): Promise<T> {
  const settled = await Promise.allSettled(work);
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
