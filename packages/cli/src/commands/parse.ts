import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigurationError } from '@prodfix/core';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What `parseCommandLine` returns: option values, positionals, and the positionals that followed each list option. */
export interface ParsedCommandLine {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  /** For options named in `listOptions`: their value plus the positionals that followed them. */
  lists: Record<string, string[]>;
}

/**
 * `util.parseArgs` with two additions: options named in `listOptions` take several values
 * (`--baseline a.log b.log`, until the next option or `--`, or repeated), and parse errors
 * become ConfigurationErrors (one line, exit code 2).
 */
export function parseCommandLine(argv: string[], options: Options, listOptions: readonly string[] = []): ParsedCommandLine {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw new ConfigurationError(`${usageMistake((error as Error).message)} (see --help)`);
  }
  const lists: Record<string, string[]> = Object.fromEntries(listOptions.map((name) => [name, []]));
  const positionals: string[] = [];
  let collecting: string[] = positionals;
  for (const token of parsed.tokens ?? []) {
    if (token.kind === 'option-terminator') collecting = positionals;
    else if (token.kind === 'positional') collecting.push(token.value);
    else if (token.kind === 'option') {
      const list = lists[token.name];
      if (list && token.value !== undefined) list.push(token.value);
      collecting = list ?? positionals;
    }
  }
  const values: ParsedCommandLine['values'] = {};
  for (const [name, value] of Object.entries(parsed.values)) {
    values[name] = Array.isArray(value) ? value.at(-1) : value;
  }
  return { values, positionals, lists };
}

/** `util.parseArgs`' message for a mistake, shortened to what the user needs to read. */
function usageMistake(message: string): string {
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown) return `unknown option ${unknown[1]}`;
  const ambiguous = /^Option '([^']+)' argument is ambiguous/.exec(message);
  if (ambiguous) return `${ambiguous[1]} needs a value; write ${ambiguous[1]}=VALUE for a value that starts with "-"`;
  return message.split('\n')[0] ?? message;
}

/** A positive whole number from an option value, or a ConfigurationError naming the option. */
export function positiveInteger(name: string, value: string | boolean | undefined): number | undefined {
  if (value === undefined || typeof value === 'boolean') return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new ConfigurationError(`--${name} must be a whole number of at least 1, got "${value}"`);
  return Number(value);
}
