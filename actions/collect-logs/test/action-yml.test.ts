import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Input, Output } from '../src/constants.js';

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const action = parse(await readFile(new URL('../action.yml', import.meta.url), 'utf8')) as ActionYml;

describe('collect-logs action.yml', () => {
  it('declares exactly the inputs and outputs the code reads and sets', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Input).sort());
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Output).sort());
  });

  it('gives every input a description and a string default, and runs the bundle on node24', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description.length, name).toBeGreaterThan(10);
      expect(input.required ?? false, name).toBe(false);
      expect(typeof input.default, name).toBe('string');
    }
    expect(action.inputs[Input.Token]?.default).toBe('${{ github.token }}');
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});
