import { describeError } from '@prodfix/core';

/** Why a file we meant to collect is not in the folder. */
export type ProblemReason = 'expired' | 'not-found' | 'forbidden' | 'too-big' | 'failed';

/** A missing file's reason and a one-line explanation (never a secret). */
export interface Problem {
  reason: ProblemReason;
  message: string;
}

/** The permission collect-logs needs to read runs, jobs and logs. */
export const ACTIONS_READ_HINT =
  'the token needs the `actions: read` permission (add `permissions: { actions: read, contents: read }` to the workflow or job)';

/** Thrown when a download passes the size cap. */
export class TooBigError extends Error {
  override readonly name = 'TooBigError';
  constructor(readonly limit: number) {
    super(`larger than the ${limit}-byte cap (max-log-bytes)`);
  }
}

/** The HTTP status carried by an Octokit error or our own download errors, if any. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** Classifies a failed download as a Problem. */
export function problemFrom(error: unknown): Problem {
  if (error instanceof TooBigError) return { reason: 'too-big', message: error.message };
  switch (statusOf(error)) {
    case 410:
      return { reason: 'expired', message: 'GitHub answered 410 Gone: the log has expired or was deleted' };
    case 404:
      return { reason: 'not-found', message: 'GitHub answered 404: the log is gone (expired or deleted) or not visible to this token' };
    case 403:
      return { reason: 'forbidden', message: `GitHub answered 403 Forbidden: ${ACTIONS_READ_HINT}` };
    default:
      return { reason: 'failed', message: describeError(error) };
  }
}
