import type { ExitCode } from '../exit-codes.js';
import type { CliIo } from '../io.js';

/** One `prodfix <name> …` subcommand. */
export interface Command {
  name: string;
  /** One line for `prodfix --help`. */
  summary: string;
  /** The full `prodfix <name> --help` text. */
  help: string;
  /** Left out of `prodfix --help` (tools for the project's own scripts). */
  hidden?: boolean;
  /** Runs with the arguments after the subcommand name; throws ConfigurationError on user mistakes. */
  run(argv: string[], io: CliIo): Promise<ExitCode>;
}
