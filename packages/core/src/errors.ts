/**
 * A mistake in what the user gave us (a missing path, a bad input value, a file we refuse to
 * read). Reported as one clear line without a stack trace. Anything else is a bug in prodfix
 * and keeps its stack.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

/** True for errors that are the user's to fix (message only, no stack). */
export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError;
}

/** A one-line description of any thrown value, safe to print. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error);
}
