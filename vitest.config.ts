/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Unit and build tests. `getViteConfig` gives tests the same module resolution as the site
 * (`astro:content`, `import.meta.glob`, JSON imports). Browser tests run under Playwright.
 */
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/build/**/*.test.ts'],
    // Build tests run real `astro build`s, which take seconds each on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
