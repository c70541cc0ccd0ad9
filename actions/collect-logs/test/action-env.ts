// The runner environment for the collect-logs action in tests: every input at its action.yml
// default unless overridden, as INPUT_* variables the way the runner sets them.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Input } from '../src/constants.js';

const action = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, { default: string }>;
};

/** INPUT_* variables for `overrides` over the defaults (`${{ … }}` defaults become empty unless given). */
export function inputEnv(overrides: Partial<Record<Input, string>>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) {
    const value = (overrides as Record<string, string | undefined>)[name] ?? (input.default.startsWith('${{') ? '' : input.default);
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  return env;
}

/** The outputs a step wrote to its GITHUB_OUTPUT file. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}
