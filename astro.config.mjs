// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import pagefind from './src/integrations/pagefind.ts';

/**
 * Deploying under a subpath (https://example.org/kap/) or with canonical URLs: set KAP_BASE and
 * KAP_SITE when building, e.g. `KAP_SITE=https://example.org KAP_BASE=/kap/ npm run build`.
 * See "Deploy" in README.md.
 */
export default defineConfig({
  site: process.env.KAP_SITE || undefined,
  base: process.env.KAP_BASE || '/',
  // Stable URLs end in a slash (/modules/<slug>/); every host serves them as folder/index.html.
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), react(), pagefind()],
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
