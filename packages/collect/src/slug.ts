import { createHash } from 'node:crypto';

/** Longest slug, in characters (suffixes for collisions included). */
export const MAX_SLUG_LENGTH = 90;

/** Names Windows refuses as file names, whatever the extension. */
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\..*)?$/i;

/**
 * A safe file or folder name from an untrusted name (a job or step name, a path segment):
 * letters, digits, `.`, `_` and `-` only, lower case, no leading dot (so never `.` or `..`),
 * at most MAX_SLUG_LENGTH characters. Accents are dropped (`é` → `e`); a name with nothing
 * usable left becomes `<fallback>-<8 hex of its hash>`, so distinct names stay distinct.
 */
export function slugify(name: string, fallback = 'job'): string {
  const ascii = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  let slug = ascii
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  if (slug.length === 0) slug = `${fallback}-${shortHash(name)}`;
  if (RESERVED.test(slug)) slug = `${slug}-`;
  return trimTo(slug, MAX_SLUG_LENGTH);
}

/**
 * Hands out slugs that are unique within one folder: the first `build` is `build`, the next
 * `build-2`, and so on, still within MAX_SLUG_LENGTH.
 */
export class SlugAllocator {
  private readonly taken = new Set<string>();

  constructor(private readonly fallback = 'job') {}

  /** Marks `slug` as taken (a file that already lives in the folder, such as `run.json`). */
  reserve(slug: string): this {
    this.taken.add(slug);
    return this;
  }

  /** A slug for `name` not handed out before by this allocator. */
  next(name: string): string {
    const base = slugify(name, this.fallback);
    let slug = base;
    for (let n = 2; this.taken.has(slug); n++) {
      const suffix = `-${n}`;
      slug = trimTo(base, MAX_SLUG_LENGTH - suffix.length) + suffix;
    }
    this.taken.add(slug);
    return slug;
  }
}

function trimTo(slug: string, length: number): string {
  return slug.length <= length ? slug : slug.slice(0, length).replace(/[-.]+$/, '');
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}
