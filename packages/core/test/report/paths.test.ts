import { describe, expect, it } from 'vitest';
import { toRepoPath } from '../../src/report/paths.js';

describe('toRepoPath', () => {
  it.each([
    ['/home/runner/work/shop/shop/src/cart.ts', 'src/cart.ts'],
    ['/__w/shop/shop/packages/a/b.go', 'packages/a/b.go'],
    ['D:\\a\\shop\\shop\\src\\Cart.cs', 'src/Cart.cs'],
    ['/Users/runner/work/shop/shop/ios/App.swift', 'ios/App.swift'],
    ['./src/cart.ts', 'src/cart.ts'],
    ['src\\win\\path.ts', 'src/win/path.ts'],
  ])('maps %s to %s', (printed, expected) => {
    expect(toRepoPath(printed, { repository: 'acme/shop' })).toBe(expected);
  });

  it('refuses paths outside the checkout or leaving it', () => {
    expect(toRepoPath('/opt/hostedtoolcache/node/20/lib/x.js')).toBeUndefined();
    expect(toRepoPath('/home/runner/work/shop/shop/../secrets.txt')).toBeUndefined();
    expect(toRepoPath('../outside.ts')).toBeUndefined();
    expect(toRepoPath('C:\\Windows\\system32\\x.dll')).toBeUndefined();
    expect(toRepoPath('')).toBeUndefined();
  });

  it('only recognises the given repository when one is named', () => {
    expect(toRepoPath('/home/runner/work/other/other/src/a.ts', { repository: 'acme/shop' })).toBeUndefined();
    expect(toRepoPath('/home/runner/work/other/other/src/a.ts')).toBe('src/a.ts');
  });

  it('strips the workspace when it is given', () => {
    expect(toRepoPath('/srv/ci/ws/lib/a.py', { workspace: '/srv/ci/ws/' })).toBe('lib/a.py');
  });
});
