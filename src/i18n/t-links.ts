import links from './en-links.json' with { type: 'json' };
import { siteLanguage } from './t';
import { createTranslator } from './translator';

/** A key of the provider-link UI strings (src/i18n/en-links.json). */
export type LinkStringKey = keyof typeof links;

/**
 * `tLink` and `tLinkPlural`: `t` and `tPlural` for provider links — the plan page, the link builder
 * and the notices on pages opened from a link. Kept apart so worksheet pages opened without a link
 * do not carry these words (measured: about 1.5 KB gzip of their script).
 */
export const { t: tLink, tPlural: tLinkPlural } = createTranslator<LinkStringKey>(links, siteLanguage);
