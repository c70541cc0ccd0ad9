import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../src/terminal/sanitize.js';
import { createStyle, shouldUseColour } from '../src/terminal/style.js';
import { FakeStream } from './fake-io.js';

describe('terminalSafe', () => {
  it('drops escape sequences a log could use to drive the terminal', () => {
    const hostile = 'ok\x1b]0;owned title\x07 \x1b[2J\x1b[31mred\x1b[0m \x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\ \x9b2Kend';
    expect(terminalSafe(hostile)).toBe('ok red link end');
  });

  it('keeps the text on one line and removes control and bidi override characters', () => {
    expect(terminalSafe('a\rb\nc\u202edcba\u0007\u0000')).toBe('abcdcba');
  });

  it('turns tabs into spaces and leaves plain text alone', () => {
    expect(terminalSafe('\tat foo (bar.js:1:2)')).toBe('    at foo (bar.js:1:2)');
    expect(terminalSafe('Expected: 4 — ünïcode ✓')).toBe('Expected: 4 — ünïcode ✓');
  });
});

describe('shouldUseColour', () => {
  it('colours a terminal only', () => {
    expect(shouldUseColour(new FakeStream(true), {})).toBe(true);
    expect(shouldUseColour(new FakeStream(false), {})).toBe(false);
  });

  it('respects NO_COLOR, FORCE_COLOR and TERM=dumb', () => {
    expect(shouldUseColour(new FakeStream(true), { NO_COLOR: '1' })).toBe(false);
    expect(shouldUseColour(new FakeStream(true), { NO_COLOR: '' })).toBe(true);
    expect(shouldUseColour(new FakeStream(false), { FORCE_COLOR: '1' })).toBe(true);
    expect(shouldUseColour(new FakeStream(true), { FORCE_COLOR: '0' })).toBe(false);
    expect(shouldUseColour(new FakeStream(true), { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    expect(shouldUseColour(new FakeStream(true), { TERM: 'dumb' })).toBe(false);
  });

  it('styles with SGR codes only when enabled', () => {
    expect(createStyle(true).red('x')).toBe('\x1b[31mx\x1b[39m');
    expect(createStyle(false).red('x')).toBe('x');
  });
});
