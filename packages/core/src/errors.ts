/**
 * A mistake in what the user gave us (a missing path, a bad input value, a file we refuse to
 * read). Reported as one clear line without a stack trace. Anything else is a bug in prodfix
 * and keeps its stack.
 */
export class ConfigurationError extends Error {
  override readonly name: string = 'ConfigurationError';
}

/**
 * An outside service (GitHub's API) could not be reached, or stopped answering, after retries:
 * neither the user's input nor a bug, though a wrong API URL looks the same. Reported like a
 * ConfigurationError (one line, no stack); the CLI exits with 69 (EX_UNAVAILABLE).
 */
export class ServiceUnavailableError extends ConfigurationError {
  override readonly name: string = 'ServiceUnavailableError';
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
