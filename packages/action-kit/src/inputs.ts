import * as core from '@actions/core';
import { ConfigurationError } from '@prodfix/core';

/** An input's value, trimmed; `undefined` when it is empty. */
export function optionalInput(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === '' ? undefined : value;
}

/** A multi-line input's non-empty lines, trimmed. */
export function inputLines(name: string): string[] {
  return core.getMultilineInput(name).map((line) => line.trim()).filter((line) => line !== '');
}

/** A whole-number input in `[min, max]`; anything else is a ConfigurationError naming the range. */
export function integerInput(name: string, min: number, max: number): number {
  const raw = core.getInput(name).trim();
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigurationError(`Input "${name}" must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}
