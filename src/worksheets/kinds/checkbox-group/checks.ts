import { choiceChecks } from '../shared/choice-checks';

export default choiceChecks('checkbox-group', true);
