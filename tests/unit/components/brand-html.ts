// @ts-expect-error jsdom ships no types, and the kit installs no @types/jsdom for this one use.
import { JSDOM } from 'jsdom';

/**
 * Parses the HTML an Astro component rendered (the brand tests render with Astro's container, in
 * Vitest's Node environment: under its jsdom environment Vite compiles `.astro` files for the
 * browser, and the container cannot render them).
 */
export const parseHtml = (html: string): Document => (new JSDOM(html) as { window: Window }).window.document;
