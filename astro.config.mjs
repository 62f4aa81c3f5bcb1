// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';

const site = process.env.KAP_SITE || undefined;

/**
 * Deploying under a subpath (https://example.org/kap/) or with canonical URLs and a sitemap: set
 * KAP_BASE and KAP_SITE when building, e.g. `KAP_SITE=https://example.org KAP_BASE=/kap/ npm run build`.
 * See "Deploy" in README.md.
 */
export default defineConfig({
  site,
  base: process.env.KAP_BASE || '/',
  // Stable URLs end in a slash (/modules/<slug>/); every host serves them as folder/index.html.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // A sitemap needs absolute URLs, so it is made only when the public address is known (without
  // `site` the integration would warn on every build). It leaves out the 404 page by itself, and
  // /plan/, which shows nothing without a provider link's fragment.
  integrations: [mdx(), react(), ...(site ? [sitemap({ filter: (page) => !/\/plan\/$/.test(page) })] : []), pagefind()],
  vite: {
    build: {
      rolldownOptions: {
        // Astro 7.3 marks MDX entries with a "use astro:head-inject" directive that Rolldown warns
        // about on every module; Astro reads it from module metadata, so nothing is lost
        // (withastro/astro#18087, open). Hidden so real warnings stand out; all others still show.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
