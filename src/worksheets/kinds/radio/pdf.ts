import { choicePdf } from '../shared/choice-pdf';

export default choicePdf('radio', false);
