import { choiceChecks } from '../shared/choice-checks';

export default choiceChecks('select', false);
