import ClinicValue from './ClinicValue.astro';

/**
 * Components every module may use without importing them. Passed to each module's `<Content />`,
 * so authors write `<ClinicValue name="…" />` in MDX and nothing else.
 */
export const mdxComponents = { ClinicValue };
