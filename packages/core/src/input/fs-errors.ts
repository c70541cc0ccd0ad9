/** A few words for a failed file-system call (`not found`, `permission denied`, `EISDIR`, …), for one-line notes. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code) return code;
  return error instanceof Error ? error.message : String(error);
}
