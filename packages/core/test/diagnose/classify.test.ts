import { describe, expect, it } from 'vitest';
import { scoreCategories } from '../../src/diagnose/classify.js';

const top = (text: string): string | undefined => scoreCategories([{ line: 1, text }])[0]?.category;

describe('scoreCategories', () => {
  it('reads javac messages as compilation even once the file and position are masked away', () => {
    // From examples/logs (Jenkins, astor): the line as the recurring-pattern miner leaves it.
    expect(top('[ERROR] <PATH>:[<NUM>,<NUM>] constructor JUnitTestTask in class com.gzoltar.core.test.junit.JUnitTestTask cannot be applied to given types;')).toBe('compilation');
    expect(top('[ERROR] <PATH>:[<NUM>,<NUM>] incompatible types: java.lang.String cannot be converted to int')).toBe('compilation');
    expect(top('<PATH>:<NUM>: error: unreported exception java.io.IOException; must be caught or declared to be thrown')).toBe('compilation');
    expect(top('method does not override or implement a method from a supertype')).toBe('compilation');
  });
});
