// A bounded, order-keeping concurrent map over an async stream: the heart of the worker
// pool. Memory stays flat (at most `window` items are read ahead) and results come out in
// input order, so a single writer sees exactly what a one-worker run would.

/**
 * Yields `fn(item)` for every item of `source`, in source order, with up to `window` calls
 * running at once. A rejection of `fn` is thrown when its turn to be yielded comes.
 *
 * @example
 * for await (const record of mapOrdered(readInputs(paths), (i) => pool.extract(i), 64)) save(record);
 */
export async function* mapOrdered<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (item: T) => Promise<R> | R,
  window: number,
): AsyncGenerator<R> {
  const limit = Math.max(1, Math.floor(window));
  const iterator = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : toAsync(source[Symbol.iterator]());
  const pending: Promise<R>[] = [];
  let done = false;
  try {
    for (;;) {
      while (!done && pending.length < limit) {
        const next = await iterator.next();
        if (next.done) {
          done = true;
          break;
        }
        const result = Promise.resolve().then(() => fn(next.value));
        // Handled when yielded; this only stops an early rejection from being reported as
        // unhandled while earlier items are still running.
        result.catch(() => undefined);
        pending.push(result);
      }
      const head = pending.shift();
      if (head === undefined) return;
      yield await head;
    }
  } finally {
    if (!done) await iterator.return?.();
  }
}

function toAsync<T>(it: Iterator<T>): AsyncIterator<T> {
  return { next: async () => it.next(), return: async () => it.return?.() ?? { done: true, value: undefined } };
}
