import { z } from 'astro/zod';
import { ProseSchema } from './prose';

/**
 * Small zod factories for the clinic's brand and privacy contact (`brand` and `privacy` in
 * `clinic/config.ts`). Every field is optional: a clinic that sets nothing gets the kit's own name,
 * colours and icon. Files are paths inside the clinic folder (`clinic/`), checked to exist when the
 * site builds (src/clinic/settings.ts); colours are checked for contrast there too
 * (src/clinic/brand-colours.ts), because both need more than the value itself.
 */

/** `#1d5c63` or `#1d5` (CSS hex), read as the six-digit lower-case form. */
export const HexColourSchema = (name: string) =>
  z
    .string({ error: `Set ${name} to a colour in CSS hex, such as "#1d5c63".` })
    .trim()
    .regex(/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i, {
      error: `Set ${name} to a colour in CSS hex, such as "#1d5c63" (a # and six digits 0–9 or letters a–f).`,
    })
    .transform((hex) =>
      (hex.length === 4 ? `#${[...hex.slice(1)].map((digit) => digit + digit).join('')}` : hex).toLowerCase(),
    );

/** A file inside the clinic folder, written as a relative path such as `brand/logo.png`. */
export const ClinicFileSchema = (name: string, extensions: readonly string[]) =>
  z
    .string({ error: `Set ${name} to a file inside your clinic folder, such as "brand/logo.${extensions[0]}".` })
    .trim()
    .refine((path) => !path.startsWith('/') && !path.split(/[\\/]/).includes('..'), {
      error: `${name} must be a path inside your clinic folder, such as "brand/logo.${extensions[0]}" (no leading / and no ..).`,
    })
    .refine((path) => extensions.some((extension) => path.toLowerCase().endsWith(`.${extension}`)), {
      error: `${name} must be a ${extensions.map((extension) => `.${extension}`).join(', ')} file.`,
    });

/** The clinic's brand, shown in the header, page titles, footer, favicon, search, PDFs and the provider handout. */
export const BrandSchema = () =>
  z
    .object({
      /** The site's name (header, `<title>`, PDFs, search). Left out, the kit's own name ("KAP Prep Kit"). */
      name: z
        .string()
        .trim()
        .min(2, { error: 'Set `brand.name` to at least 2 characters.' })
        .max(60, { error: 'Keep `brand.name` to 60 characters or fewer: it is the header of every page and PDF.' })
        .optional(),
      /** A short name for small spaces (an installed app's label). Left out, `brand.name`. */
      shortName: z
        .string()
        .trim()
        .min(2, { error: 'Set `brand.shortName` to at least 2 characters.' })
        .max(12, { error: 'Keep `brand.shortName` to 12 characters or fewer: phones cut longer app names.' })
        .optional(),
      /**
       * The logo, beside the name in the header and at the top of every PDF page. PNG or JPEG (PDFs
       * can hold only those); an SVG logo shows on the site but PDFs then carry the name alone.
       */
      logo: ClinicFileSchema('`brand.logo`', ['png', 'jpg', 'jpeg', 'svg']).optional(),
      /** The browser tab's icon (favicon), square: SVG or PNG. Left out, the kit's icon. */
      icon: ClinicFileSchema('`brand.icon`', ['svg', 'png']).optional(),
      /**
       * The accent colour (buttons, the notice stripe) in the light and the dark colour scheme. Each
       * must keep WCAG AA contrast with the kit's backgrounds; the build names a failing pair and
       * suggests a colour that passes.
       */
      accent: z
        .object(
          { light: HexColourSchema('`brand.accent.light`'), dark: HexColourSchema('`brand.accent.dark`') },
          { error: 'Set `brand.accent` to a colour for each scheme, such as { light: "#1d5c63", dark: "#7fd1d8" }.' },
        )
        .strict()
        .optional(),
      /** A line in the footer of every page, per language (a registration, an address). */
      footer: ProseSchema('`brand.footer`', 3, 300, {
        en: 'Example Clinic Ltd, registered in England no. 01234567.',
        es: 'Example Clinic Ltd, registrada en Inglaterra con el n.º 01234567.',
      }).optional(),
    })
    .strict()
    .prefault({});

/** Who is responsible for the site's data and whom to ask, shown on the privacy page. */
export const PrivacySchema = () =>
  z
    .object({
      /** Who is responsible (the data controller), with the address: "Example Clinic Ltd, 1 High Street, Reading RG1 1AA". */
      dataController: z
        .string({
          error: 'Set `privacy.dataController` to the name and address of whoever is responsible for the site.',
        })
        .trim()
        .min(3)
        .max(200, { error: 'Keep `privacy.dataController` to 200 characters or fewer.' }),
      /** Where to ask about privacy: an email address. */
      contact: z.email({
        error: 'Set `privacy.contact` to an email address for privacy questions, such as "privacy@example.org".',
      }),
      /** A registration a regulator gives (UK: "ICO registration ZA123456"), shown as written. */
      registration: z
        .string()
        .trim()
        .min(3)
        .max(80, { error: 'Keep `privacy.registration` to 80 characters or fewer.' })
        .optional(),
    })
    .strict();

export type Brand = z.output<ReturnType<typeof BrandSchema>>;
export type Privacy = z.output<ReturnType<typeof PrivacySchema>>;
