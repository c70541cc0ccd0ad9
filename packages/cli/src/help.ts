import type { Command } from './commands/command.js';

/** The `prodfix --help` text. */
export function topLevelHelp(commands: readonly Command[], version: string): string {
  const visible = commands.filter((command) => !command.hidden);
  const width = Math.max(...visible.map((command) => command.name.length));
  return [
    `prodfix ${version}: investigate CI and production failures`,
    '',
    'Usage: prodfix <command> [options]',
    '',
    'Commands:',
    ...visible.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Options:',
    '  -h, --help     show help (also: prodfix <command> --help)',
    '  -v, --version  print the version',
    '',
    'Examples: prodfix analyze logs/ --baseline passing.log --json report.json',
    '          GH_TOKEN=… prodfix collect --repo owner/name --run-id 123 --out run-logs && prodfix analyze run-logs',
    'Environment: NO_COLOR / FORCE_COLOR control colour; PRODFIX_DEBUG=1 shows debug messages and stacks.',
  ].join('\n');
}
