import type { LabelledItem } from '@shared/domain/question-parts';

/** The saved order when it is an arrangement of exactly these items; otherwise null. */
export function validOrder(
  order: readonly string[] | undefined,
  items: readonly LabelledItem[],
): string[] | null {
  if (!order || order.length !== items.length) return null;
  const ids = new Set(items.map((i) => i.id));
  const seen = new Set<string>();
  for (const id of order) {
    if (!ids.has(id) || seen.has(id)) return null;
    seen.add(id);
  }
  return [...order];
}

/** The order with `id` taken out and put back at `to` (clamped to the list). */
export function moveTo(order: readonly string[], id: string, to: number): string[] {
  const from = order.indexOf(id);
  if (from < 0) return [...order];
  const rest = order.filter((x) => x !== id);
  const at = Math.max(0, Math.min(rest.length, to));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

/**
 * Where a dragged item lands: after every other item whose middle is above
 * the pointer. `middles` are the other items' vertical middles, top to bottom.
 */
export function dropIndex(middles: readonly number[], pointerY: number): number {
  return middles.filter((m) => m < pointerY).length;
}
