/**
 * Removes terminal escape sequences (CSI such as colours and cursor moves, OSC such as
 * hyperlinks and titles, charset switches) so analysis sees the text a person reads.
 */
// CSI: ESC [ params intermediates final; OSC: ESC ] … (BEL | ESC \); charset: ESC ( B etc.;
// other two-byte escapes: ESC followed by one of @-Z\-_; C1 CSI (U+009B).
const ANSI_PATTERN =
  /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[()*+][0-9A-Za-z]|\x1b[@-Z\\-_=>78]|\x9b[0-?]*[ -/]*[@-~]/g;

export function stripAnsi(text: string): string {
  if (text.indexOf('\x1b') === -1 && text.indexOf('\x9b') === -1) return text;
  return text.replace(ANSI_PATTERN, '');
}
