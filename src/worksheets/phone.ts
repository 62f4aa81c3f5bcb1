/**
 * The worksheet engine's phone check is the kit's one phone rule (src/lib/phone.ts), re-exported
 * here so field-kind code keeps importing it from the worksheet side.
 */
export { isPhoneNumber } from '../lib/phone';
