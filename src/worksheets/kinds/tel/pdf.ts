import { textPdf } from '../shared/text-pdf';
import type { TelField } from './kind';

export default textPdf<TelField>('tel', () => ({ multiline: false, minLines: 1, short: false }));
