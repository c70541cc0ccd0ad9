import type { CliIo, OutputStream } from '../src/io.js';

/** An in-memory output stream that keeps what was written. */
export class FakeStream implements OutputStream {
  text = '';
  constructor(readonly isTTY = false) {}
  write(text: string): boolean {
    this.text += text;
    return true;
  }
}

/** Streams, environment and cwd for calling `main()` in-process. */
export function fakeIo(options: { cwd: string; env?: Record<string, string>; tty?: boolean }): CliIo & { stdout: FakeStream; stderr: FakeStream } {
  return {
    stdout: new FakeStream(options.tty ?? false),
    stderr: new FakeStream(options.tty ?? false),
    env: options.env ?? {},
    cwd: options.cwd,
  };
}
