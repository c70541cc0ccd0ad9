import { describe, expect, it } from 'vitest';
import { maskVariables } from '../../src/patterns/mask.js';
import { TemplateMiner, tokenize, WILDCARD } from '../../src/patterns/miner.js';

/** Mines masked lines and returns each line's final template. */
function mine(lines: string[], miner = new TemplateMiner()): string[] {
  const ids = lines.map((line) => miner.add(maskVariables(line)));
  return ids.map((id) => miner.template(id));
}

describe('tokenize', () => {
  it('splits on whitespace and folds runs of variable-only tokens into one', () => {
    expect(tokenize('sent <SIZE> (<SIZE>) to  <IP>,<IP> ok', 128)).toEqual(['sent', '<SIZE> (<SIZE>)', 'to', '<IP>,<IP>', 'ok']);
  });

  it('caps the token count with a trailing wildcard', () => {
    expect(tokenize('a b c d e', 3)).toEqual(['a', 'b', WILDCARD]);
  });
});

describe('TemplateMiner', () => {
  it('groups lines that differ only in variables and keeps different messages apart', () => {
    const templates = mine([
      'Connection to db-1 failed after 3 attempts',
      'Cache miss for key user:42',
      'Connection to db-2 failed after 5 attempts',
      'Cache miss for key user:7',
      'Connection to replica-east failed after 12 attempts',
    ]);
    expect(templates[0]).toBe('Connection to <*> failed after <NUM> attempts');
    expect(templates[2]).toBe(templates[0]);
    expect(templates[4]).toBe(templates[0]);
    expect(templates[1]).toBe('Cache miss for key user:<NUM>');
    expect(templates[3]).toBe(templates[1]);
  });

  it('keeps messages whose constant words differ in separate templates', () => {
    const templates = mine(['Worker started successfully', 'Worker stopped unexpectedly', 'Worker started successfully']);
    expect(templates[0]).toBe('Worker started successfully');
    expect(templates[1]).toBe('Worker stopped unexpectedly');
    expect(new Set(templates).size).toBe(2);
  });

  it('keeps the key of key=value tokens whose values vary', () => {
    const templates = mine(['login failed user=alice shell=bash', 'login failed user=bob shell=bash']);
    expect(templates[0]).toBe('login failed user=<*> shell=bash');
  });

  it('merges messages whose variable part spans a varying number of words', () => {
    const templates = mine([
      'upload done, 785 bytes sent, 145 bytes received',
      'upload done, 2034 bytes (1.98 KB) sent, 4206 bytes (4.10 KB) received',
      'upload done, 12 bytes sent, 9 bytes (0.01 KB) received',
    ]);
    expect(new Set(templates).size).toBe(1);
  });

  it('counts lines per template and lists templates in order of appearance', () => {
    const miner = new TemplateMiner();
    mine(['Timeout waiting for lock 12', 'disk full on /dev/sda1', 'Timeout waiting for lock 99'], miner);
    expect(miner.templates()).toEqual([
      { id: 0, template: 'Timeout waiting for lock <NUM>', count: 2 },
      { id: 1, template: 'disk full on <PATH>', count: 1 },
    ]);
  });

  it('stops creating clusters at maxClusters and sends unmatched lines to the overflow cluster', () => {
    const miner = new TemplateMiner({ maxClusters: 2 });
    const a = miner.add('alpha one');
    const b = miner.add('beta two three');
    const c = miner.add('gamma four five six');
    const d = miner.add('beta two four');
    expect([a, b]).toEqual([0, 1]);
    expect(miner.isOverflow(c)).toBe(true);
    expect(miner.template(c)).toBe(WILDCARD);
    // Past the cap, a line with a candidate joins it whatever the similarity.
    expect(d).toBe(b);
    expect(miner.template(b)).toBe('beta two <*>');
    expect(miner.templates()).toHaveLength(3);
  });

  it('handles empty lines', () => {
    const miner = new TemplateMiner();
    const id = miner.add('');
    expect(miner.add('   ')).toBe(id);
    expect(miner.template(id)).toBe('');
  });
});
