import type { AstroIntegration } from 'astro';
import { hiddenModuleLinksPlugin } from '../lib/hidden-module-links';

/** One entry of the clinic's `modules.hide`, as the settings give it. */
interface HiddenModule {
  slug: string;
  linksGoTo?: string | undefined;
}

/** The part of Astro's resolved `markdown.processor` this integration touches. */
interface Processor {
  name: string;
  options?: { hastPlugins?: unknown[] };
}

/**
 * Astro integration: sends links to a module the clinic hides where `modules.hide[].linksGoTo`
 * says, in every module and page as it is compiled (src/lib/hidden-module-links.ts). It adds a
 * plugin to Astro's own Markdown processor (Sätteri, which MDX uses), through the `hastPlugins`
 * list Astro's resolved config has for integrations to extend, so no package beyond Astro is
 * needed. Astro 7's `markdown.rehypePlugins` would need `@astrojs/markdown-remark` installed.
 * @param options the clinic's `modules.hide` and the file it is in (astro.config.mjs passes the settings)
 * @throws when a `linksGoTo` is set and the processor is not Sätteri, rather than leave links unchanged
 */
export default function hiddenModuleLinks({
  hide,
  settingsFile = 'clinic/config.ts',
}: {
  hide: readonly HiddenModule[];
  settingsFile?: string;
}): AstroIntegration {
  return {
    name: 'kap-prep-kit:hidden-module-links',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const plugin = hiddenModuleLinksPlugin(hide);
        if (!plugin) return;
        const processor = config.markdown.processor as Processor;
        const plugins = processor.name === 'satteri' ? processor.options?.hastPlugins : undefined;
        if (!plugins) {
          throw new Error(
            `${settingsFile}: modules.hide sends links elsewhere (linksGoTo), which needs Astro's Sätteri Markdown processor; this site's markdown.processor is "${processor.name}". Remove markdown.processor from astro.config.mjs, or the linksGoTo settings.`,
          );
        }
        plugins.push(plugin);
      },
    },
  };
}
