/**
 * The small logging surface the engine needs. The actions pass an implementation over
 * `@actions/core`, the CLI one over stderr, tests a recording one. The core never imports
 * `@actions/*`.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
}

/** A logger that drops everything (the default when a caller gives none). */
export const silentLogger: Logger = {
  debug() {},
  info() {},
  warning() {},
  error() {},
};

/** A logger that keeps every message, for tests. */
export class RecordingLogger implements Logger {
  readonly messages: { level: keyof Logger; message: string }[] = [];
  debug(message: string): void { this.messages.push({ level: 'debug', message }); }
  info(message: string): void { this.messages.push({ level: 'info', message }); }
  warning(message: string): void { this.messages.push({ level: 'warning', message }); }
  error(message: string): void { this.messages.push({ level: 'error', message }); }
  text(level?: keyof Logger): string {
    return this.messages.filter((m) => !level || m.level === level).map((m) => m.message).join('\n');
  }
}
