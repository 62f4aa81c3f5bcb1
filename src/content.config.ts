import { defineCollection } from 'astro:content';
import { checkedGlob } from './lib/checked-glob';
import { moduleSchema, moduleTranslationSchema, pageSchema, pageTranslationSchema } from './schemas/module';

/**
 * Every collection loads through `checkedGlob` (Astro's `glob`, plus build messages that name the
 * file, the line and the field in plain words); it is given the collection's schema only to word a
 * failure.
 */
const addAModule = 'See "Add a module" in README.md for every field and an example.';

/** Educational modules: the curriculum, in English (the source language). The file name is the slug providers link to. */
const modules = defineCollection({
  loader: checkedGlob({ pattern: '*.mdx', base: './src/content/modules', schema: moduleSchema, help: addAModule }),
  schema: moduleSchema,
});

/**
 * Translated modules: `src/content/modules/<locale>/<slug>.mdx`, the same slug as the English
 * module they translate (id `es/set-and-setting`). Their frontmatter holds only what is written in
 * words; a module's place, section, audience and worksheets are the English module's, so the
 * languages never disagree about them (src/lib/modules.ts puts the two together).
 */
const moduleTranslations = defineCollection({
  loader: checkedGlob({
    pattern: '*/*.mdx',
    base: './src/content/modules',
    schema: moduleTranslationSchema,
    help: addAModule,
  }),
  schema: moduleTranslationSchema,
});

/** Standalone prose pages (privacy, providers), kept in MDX so no prose lives in templates. */
const pages = defineCollection({
  loader: checkedGlob({ pattern: '*.mdx', base: './src/content/pages', schema: pageSchema }),
  schema: pageSchema,
});

/** Translated standalone pages: `src/content/pages/<locale>/<id>.mdx`. */
const pageTranslations = defineCollection({
  loader: checkedGlob({ pattern: '*/*.mdx', base: './src/content/pages', schema: pageTranslationSchema }),
  schema: pageTranslationSchema,
});

/**
 * The clinic's own content, in the clinic folder (`clinic/` at the project's root), laid out as the
 * kit's: `clinic/modules/<slug>.mdx` is the clinic's own module or, with a kit module's file name,
 * its replacement; `clinic/pages/<id>.mdx` replaces the kit's page of that id (privacy, providers)
 * or is a new page at `/<id>/`; `<locale>/` folders hold their translations. Each is merged with the
 * kit's when pages ask for modules or pages (src/lib/modules.ts, src/lib/pages.ts). The folders are
 * optional: without them these collections are empty, and the build says nothing about them.
 */
const addAClinicModule = 'See "The clinic\'s own modules and pages" in README.md.';

const clinicModules = defineCollection({
  loader: checkedGlob({
    pattern: '*.mdx',
    base: './clinic/modules',
    schema: moduleSchema,
    help: addAClinicModule,
    optional: true,
  }),
  schema: moduleSchema,
});

const clinicModuleTranslations = defineCollection({
  loader: checkedGlob({
    pattern: '*/*.mdx',
    base: './clinic/modules',
    schema: moduleTranslationSchema,
    help: addAClinicModule,
    optional: true,
  }),
  schema: moduleTranslationSchema,
});

const clinicPages = defineCollection({
  loader: checkedGlob({
    pattern: '*.mdx',
    base: './clinic/pages',
    schema: pageSchema,
    help: addAClinicModule,
    optional: true,
  }),
  schema: pageSchema,
});

const clinicPageTranslations = defineCollection({
  loader: checkedGlob({
    pattern: '*/*.mdx',
    base: './clinic/pages',
    schema: pageTranslationSchema,
    help: addAClinicModule,
    optional: true,
  }),
  schema: pageTranslationSchema,
});

export const collections = {
  modules,
  moduleTranslations,
  pages,
  pageTranslations,
  clinicModules,
  clinicModuleTranslations,
  clinicPages,
  clinicPageTranslations,
};
