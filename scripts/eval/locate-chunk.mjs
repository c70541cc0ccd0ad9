/**
 * Finds the line range of a labelled text chunk (LogChunks) inside a raw log. Both sides are
 * normalised (`normaliseLine`) and blank lines are ignored. The chunk's first line may start
 * mid-line in the log (the labeller cut a prefix) and its last line may stop mid-line.
 * Fallbacks, in order: the same comparison on letters and digits only (labels lost `<<<` and
 * similar markup when they were copied), then the first line containing the chunk's first line
 * followed, within twice the chunk's length, by one containing its last (letters and digits only).
 */
import { normaliseLine, splitLines } from './normalise.mjs';

/**
 * @param {string[]} logLines raw lines of the log, index 0 = line 1
 * @param {string} chunk the labelled text
 * @returns {[number, number] | undefined} 1-based inclusive range in the raw log
 */
export function locateChunk(logLines, chunk) {
  const wanted = splitLines(chunk).map(normaliseLine).filter((line) => line !== '');
  if (wanted.length === 0) return undefined;
  /** @type {{ line: number; text: string }[]} */
  const log = [];
  logLines.forEach((raw, index) => {
    const text = normaliseLine(raw);
    if (text !== '') log.push({ line: index + 1, text });
  });
  const exact = exactMatch(log, wanted);
  if (exact) return exact;
  const looseWanted = wanted.map(loose).filter((line) => line !== '');
  const looseLog = log.map((entry) => ({ line: entry.line, text: loose(entry.text) })).filter((entry) => entry.text !== '');
  if (looseWanted.length === 0) return undefined;
  return exactMatch(looseLog, looseWanted) ?? endpointsMatch(looseLog, looseWanted);
}

/** @param {string} text */
const loose = (text) => text.replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * @param {string} text
 * @param {string} wanted
 * @param {number} index position in the chunk
 * @param {number} last index of the chunk's last line
 */
function lineMatches(text, wanted, index, last) {
  if (last === 0) return text.includes(wanted);
  if (index === 0) return text.endsWith(wanted);
  if (index === last) return text.startsWith(wanted);
  return text === wanted;
}

/**
 * @param {{ line: number; text: string }[]} log
 * @param {string[]} wanted
 * @returns {[number, number] | undefined}
 */
function exactMatch(log, wanted) {
  const last = wanted.length - 1;
  for (let i = 0; i + last < log.length; i++) {
    let j = 0;
    while (j <= last && lineMatches(log[i + j].text, wanted[j], j, last)) j++;
    if (j > last) return [log[i].line, log[i + last].line];
  }
  return undefined;
}

/**
 * @param {{ line: number; text: string }[]} log
 * @param {string[]} wanted
 * @returns {[number, number] | undefined}
 */
function endpointsMatch(log, wanted) {
  const first = wanted[0];
  const final = wanted.at(-1);
  const window = wanted.length * 2;
  for (let i = 0; i < log.length; i++) {
    if (!log[i].text.includes(first)) continue;
    for (let k = i; k < Math.min(log.length, i + window); k++) {
      if (log[k].text.includes(final)) return [log[i].line, log[k].line];
    }
  }
  return undefined;
}
