import { describe, expect, it } from 'vitest';
import { scanByteLines } from '../../src/input/byte-lines.js';
import { KeywordAutomaton } from '../../src/input/keyword-automaton.js';

const automaton = new KeywordAutomaton(['error', 'fail', '##[', '●', 'not found']);

describe('KeywordAutomaton', () => {
  it('finds keywords case-insensitively, anywhere in a line, including overlapping and non-ASCII ones', () => {
    const bytes = (text: string) => Buffer.from(text);
    const match = (text: string) => automaton.matchBytes(bytes(text), 0, bytes(text).length);
    expect(match('Build ERROR in step 3')).toBe(true);
    expect(match('tests FAILED')).toBe(true);
    expect(match('##[group]Run npm test')).toBe(true);
    expect(match('  ● suite › case')).toBe(true);
    expect(match('module not found')).toBe(true);
    expect(match('all good, 12 passed')).toBe(false);
    expect(match('erro r fai l')).toBe(false);
    // A partial keyword followed by the real one (failure links).
    expect(match('errerror')).toBe(true);
  });

  it('collects which keywords a text holds, as a bit set', () => {
    const into = new Uint32Array(automaton.words);
    automaton.collect('fail: error ● here', into);
    expect(Array.from(into)).toEqual(Array.from(automaton.maskOf([0, 1, 3])));
    automaton.collect('nothing', into);
    expect(Array.from(into)).toEqual([0]);
  });
});

describe('scanByteLines with an automaton', () => {
  async function scan(text: string, chunk = 7) {
    const buffer = Buffer.from(text);
    const chunks: Buffer[] = [];
    for (let i = 0; i < buffer.length; i += chunk) chunks.push(buffer.subarray(i, i + chunk));
    const lines: { text: string; n: number; matched: boolean }[] = [];
    await scanByteLines(chunks, (b, s, e, n, matched) => lines.push({ text: b.toString('utf8', s, e), n, matched }), { automaton });
    return lines;
  }

  it('flags the lines with a keyword and splits on LF, CRLF and lone CR across chunk boundaries', async () => {
    const lines = await scan('ok line\r\nan ERROR here\rprogress 50%\nfail at end');
    expect(lines).toEqual([
      { text: 'ok line', n: 1, matched: false },
      { text: 'an ERROR here', n: 2, matched: true },
      { text: 'progress 50%', n: 3, matched: false },
      { text: 'fail at end', n: 4, matched: true },
    ]);
  });

  it('skips a runner timestamp without losing a keyword after it, in every chunking', async () => {
    const text = '2024-05-06T09:50:14.1206542Z ##[error]boom\n2024-05-06T09:50:14.1206542Z fine\n';
    for (const chunk of [1, 5, 29, 1000]) {
      const lines = await scan(text, chunk);
      expect(lines.map((l) => l.matched)).toEqual([true, false]);
    }
  });
});
