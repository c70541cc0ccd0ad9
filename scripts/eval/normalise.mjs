/**
 * Text normalisation used to line up labels with logs: labels were copied from a terminal or
 * a web page, logs are raw bytes with colour codes (a carriage-return redraw is its own line).
 */

// CSI, OSC, charset switches and other two-byte escapes (as the core's input/ansi.ts strips).
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[()*+][0-9A-Za-z]|\x1b[@-Z\\-_=>78]|\x9b[0-?]*[ -/]*[@-~]/g;

// A colour or mode code whose ESC byte was lost when the label was copied (`[31m`, `[0;31m`, `[?1h`).
const ESCAPE_LOST_SEQUENCE = /\[\??[0-9;]*[mhl]/g;

/**
 * A line as a person saw it: escapes removed (also colour codes that lost their ESC),
 * whitespace runs collapsed, trimmed.
 * @param {string} line
 */
export function normaliseLine(line) {
  return line.replace(ANSI, '').replace(ESCAPE_LOST_SEQUENCE, '').replace(/\s+/g, ' ').trim();
}

/**
 * Splits a file's text into lines numbered as the core (and the cidiff labels) number them:
 * LF, CRLF and a lone CR each end a line.
 * @param {string} text
 * @returns {string[]}
 */
export function splitLines(text) {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}
