import * as core from '@actions/core';
import type { Logger } from '@prodfix/core';

/** prodfix's Logger over `@actions/core`: debug lines, warnings and errors as the runner shows them. */
export class ActionsLogger implements Logger {
  debug(message: string): void {
    core.debug(message);
  }
  info(message: string): void {
    core.info(message);
  }
  warning(message: string): void {
    core.warning(message);
  }
  error(message: string): void {
    core.error(message);
  }
  /** Runs `work` with its output folded under `name` in the log. */
  group<T>(name: string, work: () => Promise<T>): Promise<T> {
    return core.group(name, work);
  }
}
