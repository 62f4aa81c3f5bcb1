import { textChecks } from '../shared/text-checks';
import type { TextInputField } from './kind';

export default textChecks<TextInputField>('text');
