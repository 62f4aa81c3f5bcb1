import { forget, keep, readKept } from '../../lib/device-storage';

/**
 * Which guides of a plan the patient ticked, kept on the device only when they opt in. A plan is
 * known by its reading list (module slugs, nothing about the patient), so two plans keep separate ticks.
 */
const key = (readingList: readonly string[]) => `plan-progress:${readingList.join(',')}`;

/** The ticked slugs kept for this plan, or `undefined` when nothing is kept. */
export function keptProgress(readingList: readonly string[]): string[] | undefined {
  const kept = readKept(key(readingList));
  if (!kept || typeof kept !== 'object' || !Array.isArray((kept as { read?: unknown }).read)) return undefined;
  // Only slugs of this plan: anything else in storage is ignored, never shown.
  return (kept as { read: unknown[] }).read.filter((slug): slug is string => readingList.includes(slug as string));
}

/**
 * Keeps the ticked slugs for this plan.
 * @returns whether the browser allowed it
 */
export const keepProgress = (readingList: readonly string[], read: readonly string[]) =>
  keep(key(readingList), { read: [...read] });

/** Erases this plan's kept ticks. */
export const forgetProgress = (readingList: readonly string[]) => forget(key(readingList));
