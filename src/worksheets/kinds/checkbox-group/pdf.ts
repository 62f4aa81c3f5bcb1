import { choicePdf } from '../shared/choice-pdf';

export default choicePdf('checkbox-group', true);
