// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import linkCheck from './src/integrations/link-check.ts';
import hiddenModuleLinks from './src/integrations/hidden-module-links.ts';
import clinic, { settingsFile } from './src/clinic/settings.ts';

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
  // Content Security Policy, written by Astro into each page as a <meta http-equiv> with the hash of
  // every inline script and style it emits (so no 'unsafe-inline'). It allows only what a test
  // shows the kit uses: tests/build/csp-check.ts checks every built page's policy, and
  // tests/e2e/content-security-policy.spec.ts uses every feature under it. frame-ancestors cannot
  // work in a meta tag, so it is a header (public/_headers, vercel.json). See "Deploy" in README.md.
  security: {
    csp: {
      // Everything starts from nothing (default-src 'none'); each line allows what a feature needs.
      // script-src and style-src are written by Astro with its hashes (below).
      directives: [
        "default-src 'none'",
        // Pagefind's index and WebAssembly, and the PDF font (/_astro/…ttf), are fetched from the site.
        "connect-src 'self'",
        // The favicon; data: for the icons in Pagefind's stylesheet (data: SVGs) and for a saved
        // signature drawn back on its canvas (signature_pad's fromDataURL).
        "img-src 'self' data:",
        // Pagefind runs its search in a Web Worker loaded from /pagefind/.
        "worker-src 'self'",
        // Nothing is ever submitted, no <base> is needed and no plug-ins are used.
        "form-action 'none'",
        "base-uri 'none'",
        "object-src 'none'",
      ],
      // 'self': the bundled scripts and Pagefind's bundle. 'wasm-unsafe-eval' lets Pagefind compile
      // its WebAssembly (and nothing else: no eval, no new Function) in the page itself, which it
      // does where it cannot start its worker; a worker is not under the page's meta policy. A host
      // that sends this policy as a header covers the worker with it too, so it needs it there.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Shiki colours code with inline style attributes, which the policy blocks (Astro warns). The
  // modules have no code blocks; any that appear are shown as plain <pre><code>.
  markdown: { syntaxHighlight: false },
  // A sitemap needs absolute URLs, so it is made only when the public address is known (without
  // `site` the integration would warn on every build). It leaves out the 404 page by itself, and
  // /plan/, which shows nothing without a provider link's fragment. The link check runs last: the
  // search page links to files Pagefind writes in its own astro:build:done hook.
  //
  // Links to a module the clinic hides go where `modules.hide[].linksGoTo` says, rewritten as each
  // module and page is compiled; the link check names the setting when a link still goes nowhere.
  integrations: [
    hiddenModuleLinks({ hide: clinic.modules.hide, settingsFile }),
    mdx(),
    react(),
    ...(site ? [sitemap({ filter: (page) => !/\/plan\/$/.test(page) })] : []),
    pagefind(),
    linkCheck({ hide: clinic.modules.hide, settingsFile }),
  ],
  vite: {
    build: {
      // Vite warns about any chunk over 500 kB. The one over that is fontkit (fontkit.es.*.js,
      // ≈711 kB minified), which src/pdf/fonts.ts imports with import() only when a PDF's answers
      // need the Unicode font; pdf-lib (pdf-table.*.js, ≈442 kB) and the PDF reading worker
      // (read-worker-*.js, ≈473 kB) are next, also loaded only when a patient makes or resumes
      // from a PDF. No page loads any of them before that (tests/build/site-build.test.ts checks),
      // and splitting a library that is fetched whole on demand would only add requests. So the
      // limit sits just above fontkit: a new chunk larger than it still warns. In kB of 1,000 bytes.
      chunkSizeWarningLimit: 720,
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
