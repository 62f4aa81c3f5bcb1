import { choiceExamples } from '../shared/choice-examples';

export default choiceExamples('checkbox-group', true);
