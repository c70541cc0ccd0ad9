/**
 * cidiff ground truth (`cidiff/GROUNDTRUTH-FORMAT.md`): a first line naming the log format,
 * then `E a-b` (error lines) and `C …` (context) lines, 1-based, inclusive.
 */
import { readFile } from 'node:fs/promises';

/**
 * The `E` ranges of a groundtruth file, or undefined when the file does not exist.
 * @param {string} path
 * @returns {Promise<[number, number][] | undefined>}
 */
export async function readErrorRanges(path) {
  const text = await readFile(path, 'utf8').catch((error) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (text === undefined) return undefined;
  return parseErrorRanges(text);
}

/**
 * @param {string} text
 * @returns {[number, number][]}
 */
export function parseErrorRanges(text) {
  const ranges = [];
  for (const line of text.split(/\r?\n/)) {
    const match = /^E\s+(\d+)(?:\s*-\s*(\d+))?\s*$/.exec(line.trim());
    if (match) ranges.push([Number(match[1]), Number(match[2] ?? match[1])]);
  }
  return ranges;
}

