import { spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import type { Redactor } from './redact/redactor.js';
import { writeRedacted, type WrittenFile } from './write-redacted.js';

/**
 * Writes the last `commits` commits of the repository at `workspace` (message, author, date,
 * changed files) to `path`, redacted. Runs `git` directly (no shell) and streams its output.
 */
export async function writeGitHistory(workspace: string, commits: number, path: string, redactor: Redactor): Promise<WrittenFile> {
  const git = spawn(
    'git',
    ['-C', workspace, 'log', `--max-count=${commits}`, '--date=iso-strict', '--stat', '--format=commit %H%nAuthor: %an%nDate:   %ad%n%n%w(0,4,4)%B'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  // Consume stdout at once: Node discards unread child output when the child exits first.
  const stdout = git.stdout.pipe(new PassThrough());
  let stderr = '';
  git.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < 2000) stderr += chunk.toString();
  });
  const exited = new Promise<number>((resolve) => {
    git.on('error', (error) => {
      stderr += error.message;
      stdout.end();
      resolve(-1);
    });
    git.on('close', (code) => resolve(code ?? 1));
  });
  const written = await writeRedacted(stdout, path, redactor);
  const code = await exited;
  if (code !== 0) throw new Error(`git log exited with ${code}: ${stderr.trim().split('\n')[0] ?? ''}`);
  return written;
}
