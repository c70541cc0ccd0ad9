/** @prodfix/action-kit: the parts every prodfix action shares over `@actions/core`. */
export { ActionsLogger } from './actions-logger.js';
export { runAction } from './run-action.js';
export { inputLines, integerInput, optionalInput } from './inputs.js';
