import { parseClinicConfig, type ClinicConfig } from '../schemas/clinic';
import { accentProblems, type Scheme } from './brand-colours';

/**
 * The clinic's settings, validated, for every part of the site built from them. Build-side only:
 * pages hand islands the object, never this module.
 *
 * They come from the clinic folder, `clinic/config.ts` at the project's root, which is the
 * clinic's own and never changed by a kit release. Without one, the kit's example,
 * `clinic.config.ts` at the root (where settings lived before 0.5.0, so a clinic that edited it
 * there still builds; see "Upgrading" in README.md).
 *
 * Files the settings name (`brand.logo`, `brand.icon`) are paths inside the clinic folder. They
 * are read through Vite, so the build copies them with a content hash in the name, and the
 * settings carry the URL (`brand.logoSrc`, `brand.iconSrc`). A missing file, or an accent colour
 * that fails WCAG AA contrast, stops the build here with a message naming the file and the field.
 */

const ownFiles = import.meta.glob<unknown>('../../clinic/config.ts', { eager: true, import: 'default' });
const exampleFiles = import.meta.glob<unknown>('../../clinic.config.ts', { eager: true, import: 'default' });
const assetFiles = import.meta.glob<string>('../../clinic/**/*.{png,jpg,jpeg,svg,PNG,JPG,JPEG,SVG}', {
  eager: true,
  query: '?url',
  import: 'default',
});

/** The file settings were read from, as messages name it. */
export const settingsFile: string = Object.keys(ownFiles).length ? 'clinic/config.ts' : 'clinic.config.ts';

/** `brand/logo.png` → the built URL of `clinic/brand/logo.png`, or undefined if there is no such file. */
const assetUrl = (path: string): string | undefined => assetFiles[`../../clinic/${path.replace(/^\.\//, '')}`];

/** Every file the clinic folder holds that settings may name, for the message about a missing one. */
const assetList = () =>
  Object.keys(assetFiles)
    .map((key) => key.replace('../../', ''))
    .sort();

/**
 * Validates `input` as the settings in `file`, then what the schema alone cannot see: that the
 * files they name exist, and that the accent colours keep their contrast.
 * @throws one message listing every problem, each naming the field
 */
export function loadClinicSettings(
  input: unknown,
  file: string,
  urlOf: (path: string) => string | undefined = assetUrl,
): ClinicConfig {
  const config = parseClinicConfig(input, file);
  const problems: string[] = [];
  const brand: ClinicConfig['brand'] = { ...config.brand };
  for (const field of ['logo', 'icon'] as const) {
    const path = config.brand[field];
    if (!path) continue;
    const src = urlOf(path);
    if (src) brand[`${field}Src`] = src;
    else {
      const files = assetList();
      problems.push(
        `brand.${field}: there is no file clinic/${path}${files.length ? ` (the clinic folder has ${files.join(', ')})` : ''}.`,
      );
    }
  }
  if (config.brand.accent) {
    for (const scheme of ['light', 'dark'] as Scheme[])
      problems.push(...accentProblems(config.brand.accent[scheme], scheme));
  }
  if (problems.length)
    throw new Error(`${file} is not valid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  return { ...config, brand };
}

const [input] = Object.values(ownFiles).length ? Object.values(ownFiles) : Object.values(exampleFiles);

/** The clinic's validated settings. */
const settings: ClinicConfig = loadClinicSettings(input, settingsFile);
export default settings;
