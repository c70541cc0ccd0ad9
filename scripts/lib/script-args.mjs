// Command-line options of the repository's scripts (bench, eval): `--help` prints the usage,
// and a bad option is one line plus the usage, exit code 2, never a stack trace.
import { parseArgs } from 'node:util';

/**
 * `util.parseArgs` over this process's arguments with `config`; `usage` is printed for `-h`,
 * `--help` and after a parse error.
 * @param {import('node:util').ParseArgsConfig} config
 * @param {string} usage
 */
export function scriptArgs(config, usage) {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs({ ...config, args });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n\n${usage}`);
    process.exit(2);
  }
}
