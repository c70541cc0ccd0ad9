import type { Logger } from '@prodfix/core';
import type { OutputStream } from './io.js';
import { terminalSafe } from './terminal/sanitize.js';

/**
 * The engine's logger for the CLI: warnings and errors on stderr, info and debug only with
 * `PRODFIX_DEBUG=1`. Messages may quote log text, so they are sanitised.
 */
export function createCliLogger(stderr: OutputStream, options: { debug: boolean; quiet: boolean }): Logger {
  const line = (prefix: string, message: string): void => {
    stderr.write(`${prefix}${terminalSafe(message)}\n`);
  };
  return {
    debug: (message) => options.debug && line('debug: ', message),
    info: (message) => options.debug && line('', message),
    warning: (message) => !options.quiet && line('warning: ', message),
    error: (message) => line('error: ', message),
  };
}

/** True when `PRODFIX_DEBUG` asks for stacks and debug messages. */
export function debugEnabled(env: Record<string, string | undefined>): boolean {
  const value = env.PRODFIX_DEBUG;
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}
