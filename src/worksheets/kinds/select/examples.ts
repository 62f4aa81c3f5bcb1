import { choiceExamples } from '../shared/choice-examples';

export default choiceExamples('select', false);
