import { describe, expect, it } from 'vitest';
import { stripAnsi } from '../../src/input/ansi.js';

describe('stripAnsi', () => {
  it('returns text without escapes unchanged', () => {
    const text = 'plain text [not an escape] 100%';
    expect(stripAnsi(text)).toBe(text);
  });

  it('removes CSI colours, cursor moves and private modes', () => {
    expect(stripAnsi('\x1b[31mFAIL\x1b[39m \x1b[1;32mtests/a.test.ts\x1b[0m')).toBe('FAIL tests/a.test.ts');
    expect(stripAnsi('\x1b[2K\x1b[1Gprogress \x1b[?25lhidden\x1b[?25h')).toBe('progress hidden');
    expect(stripAnsi('\x1b[38;5;196mred\x1b[m')).toBe('red');
  });

  it('removes OSC sequences ended by BEL or by ST (hyperlinks, titles)', () => {
    expect(stripAnsi('see \x1b]8;;https://example.com/x\x07the docs\x1b]8;;\x07 now')).toBe('see the docs now');
    expect(stripAnsi('\x1b]0;window title\x1b\\after')).toBe('after');
  });

  it('removes charset switches and other two-byte escapes', () => {
    expect(stripAnsi('\x1b(Bnormal \x1b)0line\x1b(0qq\x1b(B')).toBe('normal lineqq');
    expect(stripAnsi('\x1b7saved\x1b8 \x1bMup')).toBe('saved up');
  });

  it('removes the one-byte C1 CSI form', () => {
    expect(stripAnsi('\x9b1mbold\x9b0m')).toBe('bold');
  });
});
