import Callout from './Callout.astro';
import ClinicValue from './ClinicValue.astro';
import WorksheetLink from './WorksheetLink.astro';

/**
 * Components every module may use without importing them. Passed to each module's `<Content />`,
 * so authors write `<ClinicValue name="…" />`, `<Callout type="important">…</Callout>` or
 * `<WorksheetLink id="intention" />` in MDX and nothing else.
 */
export const mdxComponents = { Callout, ClinicValue, WorksheetLink };
