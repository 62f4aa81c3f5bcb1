import { pdfWording } from '../../../pdf/wording';
import { textPdf } from '../shared/text-pdf';
import type { TimeField } from './kind';

export default textPdf<TimeField>('time', () => ({ note: pdfWording.timeFormat, multiline: false, minLines: 1, short: true }));
