import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Input, Output } from '../src/constants.js';

interface ActionYml {
  name: string;
  description: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const action = parse(await readFile(new URL('../action.yml', import.meta.url), 'utf8')) as ActionYml;

describe('action.yml', () => {
  it('declares exactly the inputs and outputs the code reads and sets', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Input).sort());
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Output).sort());
  });

  it('describes every input and output and gives optional inputs a default', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description.length, name).toBeGreaterThan(20);
      expect(input.required ?? false, name).toBe(false);
      expect(typeof input.default, name).toBe('string');
    }
    for (const [name, output] of Object.entries(action.outputs)) expect(output.description.length, name).toBeGreaterThan(20);
  });

  it('runs the committed bundle on node24, with branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding.icon).toBeTruthy();
    expect(action.branding.color).toBeTruthy();
    expect(action.inputs[Input.MaxAnnotations]?.default).toBe('10');
    expect(action.inputs[Input.FailOn]?.default).toBe('none');
  });
});
