import Callout from './Callout.astro';
import Checklist from './Checklist.astro';
import ClinicValue from './ClinicValue.astro';
import QuestionPrompt from './QuestionPrompt.astro';
import WorksheetLink from './WorksheetLink.astro';

/**
 * Components every module may use without importing them. Passed to each module's `<Content />`,
 * so authors write `<ClinicValue name="…" />`, `<Callout type="important">…</Callout>` or
 * `<WorksheetLink id="intention" />`, `<Checklist>` and `<QuestionPrompt>` in MDX and nothing else.
 */
export const mdxComponents = { Callout, Checklist, ClinicValue, QuestionPrompt, WorksheetLink };
