/**
 * Where the tests find a Chromium to drive (Playwright's own browser downloads are not used: this
 * project's machines reach only the npm and Debian registries). Shared by the Playwright config and
 * scripts/ensure-test-tools.mjs so both look in the same places.
 */
import { accessSync, constants } from 'node:fs';

/** Paths tried in order: CHROMIUM_PATH, Debian's Chromium, then Google Chrome. */
export function chromiumCandidates() {
  return [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
  ].filter(Boolean);
}

/** The first executable candidate, or `undefined`. */
export function findChromium() {
  return chromiumCandidates().find((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}
