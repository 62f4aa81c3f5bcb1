/**
 * The sections modules are grouped under, in the order the home page lists them.
 *
 * To add a section: append its id here and add its label, `section.<id>`, to `src/i18n/<locale>/ui.json` in every language.
 * A unit test fails if a section has no label, so nothing renders a raw id.
 */
export const sectionIds = ['preparation', 'set-and-setting', 'safety', 'after'] as const;

/** One of {@link sectionIds}. */
export type SectionId = (typeof sectionIds)[number];

/** Who a module is written for. Labels live in `src/i18n/<locale>/ui.json` under `audience.<id>`. */
export const audienceIds = ['patient', 'chaperone', 'provider'] as const;

/** One of {@link audienceIds}. */
export type AudienceId = (typeof audienceIds)[number];
