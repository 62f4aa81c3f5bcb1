import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { moduleSchema, pageSchema } from './schemas/module';

/** Educational modules: the curriculum. The file name is the slug providers link to. */
const modules = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/modules' }),
  schema: moduleSchema,
});

/** Standalone prose pages (privacy, providers), kept in MDX so no prose lives in templates. */
const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/pages' }),
  schema: pageSchema,
});

export const collections = { modules, pages };
