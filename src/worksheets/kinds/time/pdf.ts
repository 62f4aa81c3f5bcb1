import { textPdf } from '../shared/text-pdf';
import type { TimeField } from './kind';

export default textPdf<TimeField>('time', (_field, wording) => ({
  note: wording.timeFormat,
  multiline: false,
  minLines: 1,
  short: true,
}));
