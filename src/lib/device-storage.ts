/**
 * The one place the kit writes to the device's storage — only after the patient opts in (see
 * /privacy/). Every key starts with {@link STORAGE_PREFIX}, so "erase" can find them all, and every
 * call survives storage being blocked or full (private windows, quotas): keeping is a convenience,
 * never a reason for a page to break.
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
 * @returns whether it was written
 */
export function keep(key: string, value: unknown): boolean {
  try {
    storage()?.setItem(STORAGE_PREFIX + key, JSON.stringify(value));
    return storage() !== undefined;
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
