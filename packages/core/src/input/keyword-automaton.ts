/**
 * A multi-keyword matcher over UTF-8 bytes (Aho–Corasick with a dense transition table),
 * case-insensitive for ASCII letters. Testing a log line against dozens of keywords costs one
 * table step per byte, which is what lets the engine read a gigabyte of logs at disk speed;
 * a regular-expression alternation of the same words is an order of magnitude slower in V8.
 */

/** `lineTables().flags`: a keyword ended at this byte. */
export const KEYWORD = 1;
/** `lineTables().flags`: this byte ends a line (LF or CR). */
export const LINE_END = 2;

export class KeywordAutomaton {
  /** Next state for (state, byte class). */
  private readonly delta: Int32Array;
  /** Non-zero when reaching the state means a keyword ended here. */
  private readonly accepting: Uint8Array;
  /** Byte → class (letters folded to lower case; bytes in no keyword share class 0). */
  private readonly byteClass: Uint8Array;
  private readonly classes: number;
  /** Per state, the bit set of keywords (by index) that end there; `words` 32-bit words a state. */
  private readonly outputs: Uint32Array;
  /** Words in one keyword bit set. */
  readonly words: number;

  constructor(keywords: readonly string[]) {
    const patterns = keywords.map((keyword) => Buffer.from(keyword.toLowerCase(), 'utf8'));
    this.byteClass = new Uint8Array(256);
    let classes = 1;
    for (const pattern of patterns) {
      for (const byte of pattern) {
        if (this.byteClass[byte] === 0) {
          this.byteClass[byte] = classes;
          if (byte >= 97 && byte <= 122) this.byteClass[byte - 32] = classes; // upper-case letter
          classes++;
        }
      }
    }
    if (classes > 255) throw new Error('too many distinct bytes in keywords');
    this.classes = classes;

    // Trie.
    const goto: Map<number, number>[] = [new Map()];
    const accepting: number[] = [0];
    const ends: number[][] = [[]];
    for (const [index, pattern] of patterns.entries()) {
      let state = 0;
      for (const byte of pattern) {
        const cls = this.byteClass[byte]!;
        let next = goto[state]!.get(cls);
        if (next === undefined) {
          next = goto.length;
          goto.push(new Map());
          accepting.push(0);
          ends.push([]);
          goto[state]!.set(cls, next);
        }
        state = next;
      }
      accepting[state] = 1;
      ends[state]!.push(index);
    }
    // Failure links, breadth first, folded into a dense table.
    const states = goto.length;
    const delta = new Int32Array(states * classes);
    const fail = new Int32Array(states);
    const queue: number[] = [];
    for (let cls = 0; cls < classes; cls++) {
      const next = goto[0]!.get(cls);
      delta[cls] = next ?? 0;
      if (next !== undefined) queue.push(next);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      if (accepting[fail[state]!]) accepting[state] = 1;
      ends[state]!.push(...ends[fail[state]!]!);
      for (let cls = 0; cls < classes; cls++) {
        const next = goto[state]!.get(cls);
        if (next !== undefined) {
          fail[next] = delta[fail[state]! * classes + cls]!;
          delta[state * classes + cls] = next;
          queue.push(next);
        } else {
          delta[state * classes + cls] = delta[fail[state]! * classes + cls]!;
        }
      }
    }
    this.delta = delta;
    this.accepting = Uint8Array.from(accepting);
    this.words = Math.max(1, Math.ceil(patterns.length / 32));
    this.outputs = new Uint32Array(states * this.words);
    ends.forEach((list, state) => {
      for (const index of list) this.outputs[state * this.words + (index >>> 5)]! |= 1 << (index & 31);
    });
  }

  /** A bit set with the given keyword indices, in the layout `collect` fills. */
  maskOf(indices: readonly number[]): Uint32Array {
    const mask = new Uint32Array(this.words);
    for (const index of indices) mask[index >>> 5]! |= 1 << (index & 31);
    return mask;
  }

  /**
   * Sets in `into` (cleared first) the bit of every keyword that occurs in the text. Characters
   * are fed as their UTF-8 bytes, so non-ASCII keywords (`●`) match too.
   */
  collect(text: string, into: Uint32Array): void {
    into.fill(0);
    const { delta, accepting, byteClass, classes, outputs, words } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // Characters go through as their UTF-8 bytes (up to three for the BMP).
      let bytes: number;
      let count: number;
      if (code < 0x80) {
        bytes = code;
        count = 1;
      } else if (code < 0x800) {
        bytes = ((0xc0 | (code >> 6)) << 8) | (0x80 | (code & 0x3f));
        count = 2;
      } else {
        bytes = ((0xe0 | (code >> 12)) << 16) | ((0x80 | ((code >> 6) & 0x3f)) << 8) | (0x80 | (code & 0x3f));
        count = 3;
      }
      for (let k = count - 1; k >= 0; k--) {
        state = delta[state * classes + byteClass[(bytes >>> (k * 8)) & 0xff]!]!;
        if (accepting[state] !== 0) {
          const base = state * words;
          for (let w = 0; w < words; w++) into[w]! |= outputs[base + w]!;
        }
      }
    }
  }

  /**
   * Tables for a line scanner that finds line ends and keywords in one step per byte:
   * `state = next[state + byteClass[byte]]` (states are pre-multiplied by the class count, start
   * at 0), then `flags[state]` is 0 (go on), `KEYWORD` (a keyword ended) or `LINE_END` (the byte
   * is LF or CR; the caller resets `state` to 0).
   */
  lineTables(): { next: Int32Array; flags: Uint8Array; byteClass: Uint8Array } {
    if (this.lineTablesCache) return this.lineTablesCache;
    const classes = this.classes + 1; // one more class: LF and CR
    const endClass = this.classes;
    const states = this.accepting.length + 1; // one more state: "line ended"
    const endState = states - 1;
    const next = new Int32Array(states * classes);
    const flags = new Uint8Array(states * classes);
    for (let state = 0; state < states; state++) {
      for (let cls = 0; cls < classes; cls++) {
        const target = cls === endClass ? endState : state === endState ? this.delta[cls]! : this.delta[state * this.classes + cls]!;
        next[state * classes + cls] = target * classes;
      }
      flags[state * classes] = state === endState ? LINE_END : this.accepting[state]! !== 0 ? KEYWORD : 0;
    }
    const byteClass = Uint8Array.from(this.byteClass);
    byteClass[10] = endClass;
    byteClass[13] = endClass;
    this.lineTablesCache = { next, flags, byteClass };
    return this.lineTablesCache;
  }

  private lineTablesCache?: { next: Int32Array; flags: Uint8Array; byteClass: Uint8Array };

  /** True when any keyword occurs in bytes[start, end). */
  matchBytes(bytes: Uint8Array, start: number, end: number): boolean {
    const { delta, accepting, byteClass, classes } = this;
    let state = 0;
    for (let i = start; i < end; i++) {
      state = delta[state * classes + byteClass[bytes[i]!]!]!;
      if (accepting[state] !== 0) return true;
    }
    return false;
  }

  /** True when any keyword occurs in the text. */
  matchText(text: string): boolean {
    const bytes = Buffer.from(text, 'utf8');
    return this.matchBytes(bytes, 0, bytes.length);
  }
}
