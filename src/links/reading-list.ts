/**
 * The reading list a provider puts together in the link builder: pure list operations, so the
 * order logic is tested without a browser and the component only handles focus and announcements.
 */

/**
 * `list` with the item at `from` moved to `to` (both clamped to the list), as a new array.
 * Moving past either end leaves the list as it was.
 */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  if (from < 0 || from >= list.length) return next;
  const target = Math.min(Math.max(to, 0), list.length - 1);
  const [item] = next.splice(from, 1);
  next.splice(target, 0, item as T);
  return next;
}

/**
 * `list` with `item` added at the end (when `chosen`) or taken out (when not). A new choice goes
 * last because the provider is building an order: ticking guides one by one gives the order ticked.
 */
export function chooseItem<T>(list: readonly T[], item: T, chosen: boolean): T[] {
  const without = list.filter((candidate) => candidate !== item);
  return chosen ? [...without, item] : without;
}

/** The sum of `minutes` over the chosen items (unknown items count as 0). */
export function totalMinutes(chosen: readonly string[], minutesOf: ReadonlyMap<string, number>): number {
  return chosen.reduce((sum, slug) => sum + (minutesOf.get(slug) ?? 0), 0);
}
