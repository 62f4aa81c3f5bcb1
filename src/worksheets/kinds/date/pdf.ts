import { pdfWording } from '../../../pdf/wording';
import { textPdf } from '../shared/text-pdf';
import type { DateField } from './kind';

export default textPdf<DateField>('date', () => ({ note: pdfWording.dateFormat, multiline: false, minLines: 1, short: true }));
