// Escape sequences (CSI, OSC, DCS/SOS/PM/APC strings, two-byte escapes) and C1 CSI.
const ESCAPE_SEQUENCE =
  /\x1b\[[0-?]*[ -/]*[@-~]?|\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[ -/]*[0-~]?|\x9b[0-?]*[ -/]*[@-~]?/g;
// Remaining C0/C1 controls (tab excepted) and Unicode bidirectional overrides/isolates,
// which can make a terminal show text in an order other than the bytes'.
const UNSAFE_CHARACTER = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes untrusted text (log lines, file names, messages) safe to print on a terminal: drops
 * escape sequences and control characters so a log cannot move the cursor, change the
 * title, hide text or write hyperlinks; tabs become spaces; the result is one line.
 */
export function terminalSafe(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(UNSAFE_CHARACTER, '').replace(/\t/g, '    ');
}
