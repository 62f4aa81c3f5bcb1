/**
 * The one place the kit writes to the device's storage — only after the patient opts in (see
 * /privacy/). Every key starts with {@link STORAGE_PREFIX}, so "erase" can find them all, and every
 * call survives storage being blocked or full (private windows, quotas): keeping is a convenience,
 * never a reason for a page to break.
 *
 * What the kit keeps, all in localStorage: `plan-progress:<slugs>` (ticks on a plan) and
 * `draft:<worksheet id>` (a worksheet draft). It writes no sessionStorage, IndexedDB, Cache Storage
 * or cookies; {@link forgetEverything} still clears all five, so erasing stays complete if that changes.
 */

/** Prefix of every key the kit writes. */
export const STORAGE_PREFIX = 'kap-prep-kit:';

const storage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined; // blocked by the browser's settings
  }
};

/** What was kept under `key`, or `undefined` if nothing (or something unreadable) is there. */
export function readKept(key: string): unknown {
  try {
    const text = storage()?.getItem(STORAGE_PREFIX + key);
    return text == null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/**
 * Keeps `value` under `key`. Call only after the patient chose to keep data on this device.
 * @returns whether it was written (`false` when storage is blocked or full)
 */
export function keep(key: string, value: unknown): boolean {
  try {
    storage()!.setItem(STORAGE_PREFIX + key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Removes what was kept under `key`. */
export function forget(key: string): void {
  try {
    storage()?.removeItem(STORAGE_PREFIX + key);
  } catch {
    // Nothing could have been written either.
  }
}

/** The kit's keys in localStorage and sessionStorage, each with the storage holding it. */
function keptKeys(): [Storage, string][] {
  const found: [Storage, string][] = [];
  for (const area of ['localStorage', 'sessionStorage'] as const) {
    try {
      const store = window[area];
      for (let index = 0; index < store.length; index++) {
        const key = store.key(index);
        if (key?.startsWith(STORAGE_PREFIX)) found.push([store, key]);
      }
    } catch {
      // Blocked: nothing kept there.
    }
  }
  return found;
}

/** Whether the kit keeps anything on this device (a draft of any worksheet, plan ticks). */
export const keepsAnything = () => keptKeys().length > 0;

/**
 * Erases everything the kit may have kept on this device: every `kap-prep-kit:` key in
 * localStorage and sessionStorage (drafts of every worksheet, plan ticks), IndexedDB databases and
 * Cache Storage caches named with the prefix (the kit makes none today), and every cookie this page
 * can see (the kit sets none). Storage keys go at once, before the first `await`, so they are gone
 * even if the page closes straight after. Never throws.
 */
export async function forgetEverything(): Promise<void> {
  for (const [store, key] of keptKeys()) store.removeItem(key);
  // Every cookie this page can see, on each path above it, with and without a trailing slash (a
  // cookie is only expired by naming the path it was set on). HttpOnly cookies, and cookies set
  // for a parent domain, are out of a page's reach.
  try {
    const paths = new Set<string>();
    let path = '';
    for (const part of location.pathname.split('/')) {
      path += part;
      paths.add(path || '/');
      paths.add((path += '/'));
    }
    for (const cookie of document.cookie.split(';')) {
      const name = cookie.split('=')[0]!.trim();
      for (const cookiePath of name ? paths : []) document.cookie = `${name}=; max-age=0; path=${cookiePath}`;
    }
  } catch {
    // Cookies blocked (a sandboxed page): none to see.
  }
  try {
    const databases = await indexedDB.databases();
    await Promise.all(
      databases
        .filter((database) => database.name?.startsWith(STORAGE_PREFIX))
        .map(
          ({ name }) =>
            new Promise((done) => {
              const request = indexedDB.deleteDatabase(name!);
              request.onsuccess = request.onerror = request.onblocked = done;
            }),
        ),
    );
  } catch {
    // No IndexedDB here (blocked, or an old browser): nothing kept there.
  }
  try {
    const names = await caches.keys();
    await Promise.all(names.filter((name) => name.startsWith(STORAGE_PREFIX)).map((name) => caches.delete(name)));
  } catch {
    // No Cache Storage (blocked, or not a secure context): nothing kept there.
  }
}
