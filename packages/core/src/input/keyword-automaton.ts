/**
 * A multi-keyword matcher over UTF-8 bytes (Aho–Corasick with a dense transition table),
 * case-insensitive for ASCII letters. Testing a log line against dozens of keywords costs one
 * table step per byte, which is what lets the engine read a gigabyte of logs at disk speed;
 * a regular-expression alternation of the same words is an order of magnitude slower in V8.
 */

export class KeywordAutomaton {
  /** Next state for (state, byte class). */
  private readonly delta: Int32Array;
  /** Non-zero when reaching the state means a keyword ended here. */
  private readonly accepting: Uint8Array;
  /** Byte → class (letters folded to lower case; bytes in no keyword share class 0). */
  private readonly byteClass: Uint8Array;
  private readonly classes: number;

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
    for (const pattern of patterns) {
      let state = 0;
      for (const byte of pattern) {
        const cls = this.byteClass[byte]!;
        let next = goto[state]!.get(cls);
        if (next === undefined) {
          next = goto.length;
          goto.push(new Map());
          accepting.push(0);
          goto[state]!.set(cls, next);
        }
        state = next;
      }
      accepting[state] = 1;
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
  }

  /**
   * The tables behind `matchBytes`, for a caller that fuses matching into its own byte loop
   * (the line scanner): `next = delta[state * classes + byteClass[byte]]`, a keyword ended when
   * `accepting[next] !== 0`. State 0 is the start state.
   */
  tables(): { delta: Int32Array; accepting: Uint8Array; byteClass: Uint8Array; classes: number } {
    return { delta: this.delta, accepting: this.accepting, byteClass: this.byteClass, classes: this.classes };
  }

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
