import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, SlugAllocator, slugify } from '../src/index.js';

describe('slugify', () => {
  it('turns job names with slashes, colons, spaces and parentheses into one safe segment', () => {
    expect(slugify('build (ubuntu-latest, 20)')).toBe('build-ubuntu-latest-20');
    expect(slugify('deploy / prod: eu-west')).toBe('deploy-prod-eu-west');
    expect(slugify('a\\b/c:d*e?f"g<h>i|j')).toBe('a-b-c-d-e-f-g-h-i-j');
  });

  it('never yields a dot-file, `.` or `..`', () => {
    expect(slugify('..')).toMatch(/^job-[0-9a-f]{8}$/);
    expect(slugify('.')).toMatch(/^job-[0-9a-f]{8}$/);
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('.env')).toBe('env');
    expect(slugify('app.log', 'file')).toBe('app.log');
  });

  it('drops accents and gives names with nothing usable a stable hashed name', () => {
    expect(slugify('Tëst Ünïcode')).toBe('test-unicode');
    const chinese = slugify('测试');
    expect(chinese).toMatch(/^job-[0-9a-f]{8}$/);
    expect(slugify('测试')).toBe(chinese);
    expect(slugify('部署')).not.toBe(chinese);
  });

  it('cuts long names to the limit without a trailing dash', () => {
    const slug = slugify(`${'x'.repeat(89)} y`);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toBe('x'.repeat(89));
    expect(slugify('a'.repeat(300))).toHaveLength(MAX_SLUG_LENGTH);
  });

  it('steers clear of names Windows reserves', () => {
    expect(slugify('CON')).toBe('con-');
    expect(slugify('nul.txt')).toBe('nul.txt-');
  });
});

describe('SlugAllocator', () => {
  it('adds suffixes on collisions (case-insensitively) and keeps reserved names free', () => {
    const slugs = new SlugAllocator().reserve('run.json');
    expect(['test', 'Test', 'TEST', 'run.json', 'test'].map((name) => slugs.next(name))).toEqual([
      'test',
      'test-2',
      'test-3',
      'run.json-2',
      'test-4',
    ]);
  });

  it('keeps suffixed long names within the limit and distinct', () => {
    const slugs = new SlugAllocator();
    const name = 'z'.repeat(200);
    const first = slugs.next(name);
    const second = slugs.next(name);
    expect(second).not.toBe(first);
    expect(second.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(second.endsWith('-2')).toBe(true);
  });
});
