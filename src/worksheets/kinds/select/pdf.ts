import { choicePdf } from '../shared/choice-pdf';

export default choicePdf('select', false);
