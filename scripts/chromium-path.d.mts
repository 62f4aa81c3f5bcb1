/** Paths tried in order: CHROMIUM_PATH, Debian's Chromium, then Google Chrome. */
export function chromiumCandidates(): string[];
/** The first executable candidate, or `undefined`. */
export function findChromium(): string | undefined;
