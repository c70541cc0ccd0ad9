/** A stream the CLI writes to: `process.stdout` / `process.stderr`, or a fake in tests. */
export interface OutputStream {
  write(text: string): unknown;
  /** True when the stream is a terminal (colour and progress lines are only for terminals). */
  isTTY?: boolean;
}

/** Everything the CLI touches outside itself, so tests can run `main()` in-process. */
export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  env: Record<string, string | undefined>;
  cwd: string;
}

/**
 * The real process's streams, environment and working directory. A closed stdout pipe
 * (`prodfix analyze … | head`) ends the process quietly instead of crashing it.
 */
export function processIo(): CliIo {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}
