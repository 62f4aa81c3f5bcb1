// @ts-check
/**
 * Launches the machine's Chromium through playwright-core, found the same way as the browser
 * tests find it (scripts/chromium-path.mjs), with the same flags.
 */
import { chromium } from 'playwright-core';
import { chromiumCandidates, findChromium } from '../../scripts/chromium-path.mjs';

/** Flags: root needs --no-sandbox; the rest keep Chromium from calling home or doing extra work. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The Chromium executable, or a clear error naming where we looked and how to fix it.
 * @returns {string}
 */
export function requireChromium() {
  const path = findChromium();
  if (!path) {
    throw new Error(
      `No Chromium found (looked at: ${chromiumCandidates().join(', ')}). ` +
        'Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    );
  }
  return path;
}

/**
 * A headless Chromium; the caller must `close()` it (in a `finally`).
 * @returns {Promise<import('playwright-core').Browser>}
 */
export function launchChromium() {
  return chromium.launch({ executablePath: requireChromium(), args: ARGS, headless: true, timeout: 60_000 });
}
