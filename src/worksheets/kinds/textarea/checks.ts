import { textChecks } from '../shared/text-checks';
import type { LongTextField } from './kind';

export default textChecks<LongTextField>('textarea');
