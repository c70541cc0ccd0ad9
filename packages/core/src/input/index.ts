/** Where logs come from and how their bytes become lines: the input layer of the core. */
export * from './lines.js';
export * from './ansi.js';
export * from './format.js';
export * from './source.js';
export * from './discover.js';
export { sniffContent, SNIFF_BYTES } from './sniff.js';
export type { ContentKind } from './sniff.js';
