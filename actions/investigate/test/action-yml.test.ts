// The composite's wiring: each step that runs a sibling bundle gives exactly that action's
// inputs (as the runner's INPUT_<NAME> variables), only declared inputs are referenced, and the
// outputs come from steps and outputs that exist.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step { id: string; run?: string; uses?: string; env?: Record<string, string> }
interface ActionYml { inputs: Record<string, unknown>; outputs: Record<string, { value?: string }>; runs: { using: string; steps: Step[] } }

const read = (name: string): ActionYml => parse(readFileSync(new URL(`../../${name}/action.yml`, import.meta.url), 'utf8')) as ActionYml;
const investigate = read('investigate');
const siblings: Record<string, string> = { collect: 'collect-logs', analyze: 'analyze-failures' };

describe('actions/investigate/action.yml', () => {
  it.each(Object.entries(siblings))('step %s runs the %s bundle with every one of its inputs', (id, sibling) => {
    const step = investigate.runs.steps.find((candidate) => candidate.id === id);
    expect(step?.run).toBe(`node "$GITHUB_ACTION_PATH/../${sibling}/dist/index.js"`);
    expect(existsSync(new URL(`../../${sibling}/dist/index.js`, import.meta.url))).toBe(true);
    const given = Object.keys(step?.env ?? {}).map((name) => name.replace(/^INPUT_/, '').toLowerCase()).sort();
    expect(given).toEqual(Object.keys(read(sibling).inputs).sort());
  });

  it('references only declared inputs and existing step outputs', () => {
    const text = readFileSync(new URL('../action.yml', import.meta.url), 'utf8');
    for (const [, name] of text.matchAll(/\$\{\{[^}]*\binputs\.([\w-]+)/g)) expect(Object.keys(investigate.inputs), name).toContain(name);
    const stepOutputs: Record<string, string[]> = {
      collect: Object.keys(read('collect-logs').outputs),
      analyze: Object.keys(read('analyze-failures').outputs),
      upload: ['artifact-id', 'artifact-url'],
    };
    for (const [, step, output] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) expect(stepOutputs[step as string], `${step}.${output}`).toContain(output);
    expect(investigate.runs.using).toBe('composite');
  });
});
