import Callout from './Callout.astro';
import Checklist from './Checklist.astro';
import ClinicValue from './ClinicValue.astro';
import Heading2 from './Heading2.astro';
import Heading3 from './Heading3.astro';
import PrivacyContact from '../privacy/PrivacyContact.astro';
import QuestionPrompt from './QuestionPrompt.astro';
import WorksheetLink from './WorksheetLink.astro';

/**
 * Components every module may use without importing them. Passed to each module's `<Content />`,
 * so authors write `<ClinicValue name="…" />`, `<Callout type="important">…</Callout>` or
 * `<WorksheetLink id="intention" />`, `<Checklist>` and `<QuestionPrompt>` in MDX and nothing else
 * (`<PrivacyContact>`: the privacy page's section on who is responsible, from `privacy` in the
 * clinic's settings; a clinic's own privacy page can use it too).
 * `h2` and `h3` replace the elements Markdown `##` and `###` headings render to, adding a
 * "Copy link to this section" control to each.
 */
export const mdxComponents = {
  Callout,
  Checklist,
  ClinicValue,
  PrivacyContact,
  QuestionPrompt,
  WorksheetLink,
  h2: Heading2,
  h3: Heading3,
};
