import { lazy } from 'react';

/*
 * A repeated section's entries (RepeatedEntries.tsx), loaded on demand. In the browser they load
 * only on a worksheet that has one, so the other worksheets' pages do not carry the code (their
 * script is held to 100 KB before interaction); the page's HTML has the entries already, and
 * React hydrates them once the code has come (a click meanwhile is replayed). At build they must
 * not suspend: React would write inline scripts to fill them in later, which the pages' Content
 * Security Policy does not allow. So the build loads the module first and hands it to React
 * synchronously (a thenable that calls back at once is read as resolved), and stops if it could not.
 * Render it inside a `<Suspense>`.
 */

type RepeatedEntriesModule = typeof import('./RepeatedEntries');

let loaded: RepeatedEntriesModule | undefined;
const load = () => import('./RepeatedEntries').then((module) => (loaded = module));
// Vite sets `import.meta.env.SSR` while it builds the pages: the browser's bundle leaves this out.
if (import.meta.env.SSR) void load();

/** The entries of a repeated section, as a lazy component (see above). */
export const RepeatedEntries = lazy(() => {
  if (!import.meta.env.SSR) return load();
  if (!loaded) throw new Error('RepeatedEntries.tsx was not loaded before the page was written.');
  const ready = loaded;
  return {
    then: (resolve: (value: RepeatedEntriesModule) => void) => resolve(ready),
  } as Promise<RepeatedEntriesModule>;
});
