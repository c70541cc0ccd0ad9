import { maskVariables } from '../patterns/mask.js';
import type { FileReport } from '../report/model.js';

/** Gives the failure signature of a failed file: equal signatures mean "failed the same way". */
export type SignatureOf = (file: FileReport) => string | undefined;

const MAX_SIGNATURE = 200;

/**
 * The default signature: category and title of the file's rank-1 failure, with what changes
 * from run to run (numbers, hex ids, paths, times…) masked, so the same error reads the same in
 * every run: `test-assertion: Timeout of <DUR> exceeded`.
 */
export const defaultSignature: SignatureOf = (file) => {
  const top = file.failures.find((failure) => failure.rank === 1) ?? file.failures[0];
  if (!top) return undefined;
  const title = maskVariables(top.title).replace(/\s+/g, ' ').trim().slice(0, MAX_SIGNATURE);
  return `${top.category}: ${title}`;
};
