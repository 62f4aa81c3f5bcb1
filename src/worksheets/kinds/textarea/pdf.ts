import { textPdf } from '../shared/text-pdf';
import { DEFAULT_ROWS, type LongTextField } from './kind';

// As many empty lines as the form shows rows, so there is room to write on paper.
export default textPdf<LongTextField>('textarea', (field) => ({
  multiline: true,
  minLines: field.rows ?? DEFAULT_ROWS,
  short: false,
}));
