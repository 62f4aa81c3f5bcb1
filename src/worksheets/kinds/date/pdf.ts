import { textPdf } from '../shared/text-pdf';
import type { DateField } from './kind';

export default textPdf<DateField>('date', (_field, wording) => ({
  note: wording.dateFormat,
  multiline: false,
  minLines: 1,
  short: true,
}));
