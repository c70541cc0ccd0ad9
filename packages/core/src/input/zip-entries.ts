import yauzl from 'yauzl';
import type { Entry } from 'yauzl';

/**
 * The entry's name, decoded as the zip says (UTF-8 flag, Info-ZIP Unicode path, else CP437),
 * with backslashes kept so that `entryProblem` can refuse them.
 */
export function entryName(entry: Entry): string {
  const raw = entry.fileNameRaw ?? (entry.fileName as unknown as Buffer);
  return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, true);
}

/** True for a folder entry (`dir/`), which holds nothing to read. */
export function isFolderEntry(name: string): boolean {
  return name.endsWith('/');
}

const UNIX_FILE_TYPE_MASK = 0o170000;
const UNIX_SYMLINK = 0o120000;

/**
 * Why an entry must not be read, or undefined when it is safe: names that would escape a
 * folder if extracted (`..`, absolute paths, drive letters, backslashes), control characters in
 * names, symlinks, encryption, and compression methods other than stored/deflate.
 */
export function entryProblem(entry: Entry, name: string): string | undefined {
  const unsafe = unsafeNameReason(name);
  if (unsafe !== undefined) return `unsafe name (${unsafe})`;
  if (((entry.externalFileAttributes >>> 16) & UNIX_FILE_TYPE_MASK) === UNIX_SYMLINK) return 'a symlink';
  if (entry.isEncrypted()) return 'encrypted';
  if (!entry.canDecodeFileData()) return `compression method ${entry.compressionMethod} is not supported`;
  return undefined;
}

function unsafeNameReason(name: string): string | undefined {
  if (name.includes('\\')) return 'backslash';
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return 'absolute path';
  if (name.split('/').includes('..')) return "'..' in path";
  if (/[\x00-\x1f\x7f]/.test(name)) return 'control characters';
  return undefined;
}
