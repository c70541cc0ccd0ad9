import { ConfigurationError, describeError, isConfigurationError, PRODFIX_VERSION, ServiceUnavailableError } from '@prodfix/core';
import { debugEnabled } from './cli-logger.js';
import type { Command } from './commands/command.js';
import { COMMANDS } from './commands/registry.js';
import { ExitCode } from './exit-codes.js';
import { topLevelHelp } from './help.js';
import type { CliIo } from './io.js';
import { terminalSafe } from './terminal/sanitize.js';

export { processIo, type CliIo } from './io.js';

async function dispatch(argv: string[], io: CliIo, commands: readonly Command[]): Promise<ExitCode> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr.write(`${topLevelHelp(commands, PRODFIX_VERSION)}\n`);
    return ExitCode.usage;
  }
  const helpFor = first === 'help' && rest[0] ? commands.find((candidate) => candidate.name === rest[0]) : undefined;
  if (helpFor) {
    io.stdout.write(`${helpFor.help}\n`);
    return ExitCode.ok;
  }
  if (first === '-h' || first === '--help' || first === 'help') {
    io.stdout.write(`${topLevelHelp(commands, PRODFIX_VERSION)}\n`);
    return ExitCode.ok;
  }
  if (first === '-v' || first === '--version') {
    io.stdout.write(`${PRODFIX_VERSION}\n`);
    return ExitCode.ok;
  }
  const command = commands.find((candidate) => candidate.name === first);
  if (!command) {
    throw new ConfigurationError(`unknown command "${first}"; commands: ${commands.filter((c) => !c.hidden).map((c) => c.name).join(', ')} (see prodfix --help)`);
  }
  return command.run(rest, io);
}

/**
 * Runs `prodfix` with these arguments (without `node` and the script) and returns the exit
 * code. Does nothing at import time; never calls `process.exit`, so tests run it in-process.
 * `commands` defaults to every prodfix subcommand.
 */
export async function main(argv: string[], io: CliIo, commands: readonly Command[] = COMMANDS): Promise<ExitCode> {
  try {
    return await dispatch(argv, io, commands);
  } catch (error) {
    if (isConfigurationError(error)) {
      io.stderr.write(`prodfix: ${terminalSafe(describeError(error))}\n`);
      return error instanceof ServiceUnavailableError ? ExitCode.unavailable : ExitCode.usage;
    }
    io.stderr.write(`prodfix: internal error: ${terminalSafe(describeError(error))}\n`);
    if (debugEnabled(io.env) && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    else io.stderr.write('prodfix: this is a bug in prodfix; run again with PRODFIX_DEBUG=1 for the stack and report it\n');
    return ExitCode.internal;
  }
}
