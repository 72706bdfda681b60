/** Negative when `a` comes first. */
export type Order = (a: number, b: number) => number;

/**
 * The entries at `offset .. offset + limit` of `items` sorted by `order`,
 * without sorting them all: a heap keeps the first `offset + limit`, so the
 * first page of 50,000 matches costs 50,000 comparisons, not a full sort.
 */
export function pageOf(
  items: readonly number[],
  order: Order,
  offset: number,
  limit: number,
): number[] {
  const keep = offset + limit;
  if (keep <= 0 || offset >= items.length) return [];
  if (keep * 4 >= items.length) return [...items].sort(order).slice(offset, keep);
  // A max-heap on `order`: its root is the entry that would come last among those kept.
  const heap: number[] = [];
  const later = (i: number, j: number) => order(heap[i] ?? 0, heap[j] ?? 0) > 0;
  const swap = (i: number, j: number) => {
    const t = heap[i] ?? 0;
    heap[i] = heap[j] ?? 0;
    heap[j] = t;
  };
  for (const item of items) {
    if (heap.length < keep) {
      heap.push(item);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!later(i, parent)) break;
        swap(i, parent);
        i = parent;
      }
    } else if (order(item, heap[0] ?? 0) < 0) {
      heap[0] = item;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let last = i;
        if (left < heap.length && later(left, last)) last = left;
        if (right < heap.length && later(right, last)) last = right;
        if (last === i) break;
        swap(i, last);
        i = last;
      }
    }
  }
  return heap.sort(order).slice(offset, keep);
}
