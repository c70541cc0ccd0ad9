import * as core from '@actions/core';
import { describeError, isConfigurationError } from '@prodfix/core';

/**
 * Runs an action's body the way every prodfix action ends: a user mistake (`ConfigurationError`)
 * fails the step with its one-line message; anything else is a bug, reported with its message
 * and with its stack in the debug log.
 */
export async function runAction(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (isConfigurationError(error)) {
      core.setFailed(error.message);
      return;
    }
    core.setFailed(`${name} stopped on an unexpected error: ${describeError(error)}`);
    if (error instanceof Error && error.stack) core.debug(error.stack);
  }
}
