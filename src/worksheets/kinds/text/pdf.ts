import { textPdf } from '../shared/text-pdf';
import type { TextInputField } from './kind';

export default textPdf<TextInputField>('text', () => ({ multiline: false, minLines: 1, short: false }));
