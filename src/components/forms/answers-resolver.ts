import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import type { UiTranslator } from '../../i18n/strings';
import { normalizeAnswers } from '../../worksheets/answers';
import { worksheetSchema } from '../../worksheets/schema';
import type { WorksheetAnswers, WorksheetDefinition } from '../../worksheets/types';

/**
 * The form's validation: the worksheet's zod schema (the same one the tests check) run on the
 * answers as the PDF will hold them. Imported by the form on the first focus inside it or on
 * submit, so zod is not part of the worksheet page's JavaScript before interaction (about 12 KB
 * gzip less, and no schema to build while the form hydrates).
 * @param definition the worksheet
 * @param country `clinic.country`, for phone numbers without a +code
 * @param ui the page's translator: the messages are in its language
 */
export function answersResolver(
  definition: WorksheetDefinition,
  country: string,
  ui: UiTranslator,
): Resolver<WorksheetAnswers> {
  const validate = zodResolver(worksheetSchema(definition, { country, ui })) as unknown as Resolver<WorksheetAnswers>;
  return (values, context, options) => validate(normalizeAnswers(definition, values), context, options);
}
