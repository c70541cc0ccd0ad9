import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateLoghub, formatLoghubTable, groupingAccuracy } from '../../../../scripts/eval/loghub.mjs';
import { maskVariables } from '../../src/patterns/mask.js';
import { TemplateMiner } from '../../src/patterns/miner.js';

/** The dev corpus beside the repository (absent on a user's clone: the eval is then skipped). */
const LOGHUB = fileURLToPath(new URL('../../../../../shared/corpus/loghub-2.0', import.meta.url));

function mineTemplates(contents: string[]): string[] {
  const miner = new TemplateMiner();
  const ids = contents.map((content) => miner.add(maskVariables(content)));
  return ids.map((id) => miner.template(id));
}

describe('groupingAccuracy', () => {
  it('counts a line only when its predicted group equals its true group as a set', () => {
    const truth = ['a', 'a', 'b', 'c', 'c'];
    // {0,1} exact; {2,3} merges b with one c; {4} splits c.
    expect(groupingAccuracy(truth, [1, 1, 2, 2, 3])).toBeCloseTo(2 / 5);
    expect(groupingAccuracy(truth, ['x', 'x', 'y', 'z', 'z'])).toBe(1);
    expect(groupingAccuracy(truth, [0, 0, 0, 0, 0])).toBe(0);
  });
});

describe.skipIf(!existsSync(LOGHUB))('Loghub-2.0 2k grouping accuracy', () => {
  it('reaches a mean of at least 0.90 over the systems with one set of settings', async () => {
    const result = await evaluateLoghub(LOGHUB, mineTemplates);
    console.log(formatLoghubTable(result));
    expect(result.systems).toHaveLength(14);
    expect(result.meanGroupingAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});
