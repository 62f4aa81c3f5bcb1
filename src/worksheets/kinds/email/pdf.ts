import { textPdf } from '../shared/text-pdf';
import type { EmailField } from './kind';

export default textPdf<EmailField>('email', () => ({ multiline: false, minLines: 1, short: false }));
