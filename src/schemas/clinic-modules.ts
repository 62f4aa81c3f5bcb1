import { z } from 'astro/zod';

/** A module slug as in a file name: lower case, digits and dashes. */
const SlugSchema = (name: string) =>
  z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: `${name} must be a module's slug, its file name without .mdx, such as "music-and-sound".`,
    });

/**
 * Which kit modules a clinic hides (`modules.hide` in `clinic/config.ts`). A hidden module has no
 * page, no place in lists, search or reading lists. Every link to it from another page must go
 * somewhere: `linksGoTo` sends them to another module (often the clinic's own, in `clinic/modules/`);
 * without it, a page that still links to the hidden module stops the build, naming the page and
 * the link. Replacing a module needs no setting: a file in `clinic/modules/` with the kit module's
 * file name is used in its place.
 */
export const ClinicModulesSchema = () =>
  z
    .object({
      hide: z
        .array(
          z.union(
            [
              SlugSchema('Each entry of `modules.hide`'),
              z
                .object({
                  slug: SlugSchema('`modules.hide[].slug`'),
                  linksGoTo: SlugSchema('`modules.hide[].linksGoTo`'),
                })
                .strict(),
            ],
            {
              error:
                'Each entry of `modules.hide` is a slug ("music-and-sound") or { slug: "music-and-sound", linksGoTo: "our-music" }.',
            },
          ),
        )
        .default([])
        .transform((entries) =>
          entries.map((entry) => (typeof entry === 'string' ? { slug: entry, linksGoTo: undefined } : entry)),
        ),
    })
    .strict()
    .prefault({});

export type ClinicModules = z.output<ReturnType<typeof ClinicModulesSchema>>;
