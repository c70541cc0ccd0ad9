/** The `prodfix` process exit codes (sysexits-style for internal errors). */
export const ExitCode = {
  /** Ran fine; any failures found were reported but not selected by `--fail-on`. */
  ok: 0,
  /** `--fail-on` matched a failure in the report. */
  failOnMatched: 1,
  /** The user's mistake: a bad option, a missing path. */
  usage: 2,
  /** GitHub's API could not be reached or kept failing (EX_UNAVAILABLE). */
  unavailable: 69,
  /** A bug in prodfix (EX_SOFTWARE). */
  internal: 70,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
