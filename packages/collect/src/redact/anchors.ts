import { KEYWORD, KeywordAutomaton } from '@prodfix/core';

/** One rule's anchors: literal ASCII texts, and where they sit in a match. */
export interface RuleAnchors {
  anchors: readonly string[];
  /** Characters from a match's start to its anchor. */
  anchorAt: number;
}

/** A keyword of the automaton and the rules it is an anchor of. */
interface AnchorWord {
  /** Lower-case ASCII bytes of the keyword. */
  bytes: Uint8Array;
  /** Indices of the rules it anchors, with the distance back from the keyword's start to a match's start. */
  uses: { rule: number; back: number }[];
}

/**
 * Finds where rules may match in raw bytes, in one pass: every rule's anchors go into one
 * Aho–Corasick automaton (case-insensitive for ASCII), and each anchor found gives a candidate
 * start for its rules. A rule with no candidate in a text cannot match there.
 */
export class AnchorScanner {
  /** Where keywords end in some bytes (see `keywordEndFinder`). */
  private readonly findKeywordEnds: (bytes: Uint8Array) => number[] | null;
  /** Keywords by their last byte (lower case), to tell which one ended where the automaton says one did. */
  private readonly byLastByte = new Map<number, AnchorWord[]>();
  private readonly ruleCount: number;

  constructor(rules: readonly RuleAnchors[]) {
    this.ruleCount = rules.length;
    const words = new Map<string, AnchorWord>();
    rules.forEach((rule, index) => {
      for (const anchor of rule.anchors) {
        if (anchor.length === 0 || !/^[\x20-\x7e]+$/.test(anchor)) throw new Error(`anchor ${JSON.stringify(anchor)} is not printable ASCII`);
        const key = anchor.toLowerCase();
        let word = words.get(key);
        if (!word) {
          word = { bytes: Buffer.from(key, 'latin1'), uses: [] };
          words.set(key, word);
          const last = word.bytes[word.bytes.length - 1]!;
          this.byLastByte.set(last, [...(this.byLastByte.get(last) ?? []), word]);
        }
        word.uses.push({ rule: index, back: rule.anchorAt });
      }
    });
    this.findKeywordEnds = keywordEndFinder(new KeywordAutomaton([...words.keys()]));
  }

  /**
   * Candidate match starts in `bytes`, per rule (same order as given to the constructor),
   * ascending and without repeats; `undefined` for a rule with none. Null when no rule has any.
   */
  scan(bytes: Uint8Array): (number[] | undefined)[] | null {
    const ends = this.findKeywordEnds(bytes);
    if (!ends) return null;
    const found = new Array<number[] | undefined>(this.ruleCount);
    for (const end of ends) this.addStarts(bytes, end, found);
    for (const starts of found) starts?.sort((a, b) => a - b);
    return found;
  }

  /** Adds the candidate starts of every keyword that ends at `end` (inclusive). */
  private addStarts(bytes: Uint8Array, end: number, found: (number[] | undefined)[]): void {
    for (const word of this.byLastByte.get(lowerAscii(bytes[end]!)) ?? []) {
      const start = end - word.bytes.length + 1;
      if (start < 0 || !endsWith(bytes, start, word.bytes)) continue;
      for (const use of word.uses) {
        const at = start - use.back;
        if (at < 0) continue;
        const starts = (found[use.rule] ??= []);
        if (starts[starts.length - 1] !== at) starts.push(at);
      }
    }
  }
}

/**
 * The automaton's hot loop as a closure over its tables: V8 then treats the tables as
 * constants, which runs about twice as fast as reading them from an object's fields. Tables are
 * 16-bit so they stay in the L1 cache; line ends carry no flag (anchors never span lines).
 * Returns the offsets where a keyword ends (inclusive), ascending, or null for none.
 */
function keywordEndFinder(automaton: KeywordAutomaton): (bytes: Uint8Array) => number[] | null {
  const tables = automaton.lineTables();
  if (tables.next.some((state) => state > 0xffff)) throw new Error('too many anchor states for 16-bit tables');
  const next = Uint16Array.from(tables.next);
  const keywordEnds = tables.flags.map((flag) => flag & KEYWORD);
  const byteClass = Uint8Array.from(tables.byteClass);
  return (bytes) => {
    let ends: number[] | null = null;
    let state = 0;
    for (let i = 0; i < bytes.length; i++) {
      state = next[state + byteClass[bytes[i]!]!]!;
      if (keywordEnds[state] !== 0) (ends ??= []).push(i);
    }
    return ends;
  };
}

function lowerAscii(byte: number): number {
  return byte >= 65 && byte <= 90 ? byte + 32 : byte;
}

/** True when bytes[start…] equals `word` (lower-case ASCII), ignoring ASCII case. */
function endsWith(bytes: Uint8Array, start: number, word: Uint8Array): boolean {
  for (let k = 0; k < word.length; k++) if (lowerAscii(bytes[start + k]!) !== word[k]) return false;
  return true;
}
