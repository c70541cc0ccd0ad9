/**
 * An online log template miner in the spirit of Drain (He et al., ICWS 2017): lines are routed
 * through a fixed-depth prefix tree (token count, then the first few tokens) to a small set of
 * candidate clusters; a line joins the most similar candidate when enough positions agree,
 * and positions that disagree become the wildcard `<*>`; otherwise it starts a cluster.
 *
 * Feed it lines whose variables are already masked (`maskVariables`): masking does most of the
 * work, the miner finds what varies beyond that.
 */

/** The token that stands for a position whose value varies between lines of a cluster. */
export const WILDCARD = '<*>';

export interface MinerOptions {
  /**
   * Fraction of positions (0..1) a line must share with a cluster's template to join it.
   * Placeholders count as shared (`<NUM>` = `<NUM>`), so this is higher than Drain's usual 0.4–0.5.
   * Default 0.75 (Loghub-2.0 2k mean grouping accuracy is flat from 0.7 to 0.8, lower outside).
   */
  similarity?: number;
  /** How many leading tokens route a line in the tree. Default 2. */
  prefixTokens?: number;
  /** Children per tree node; past it, new keys share the wildcard child. Default 100. */
  maxChildren?: number;
  /**
   * Most clusters kept. Default 10,000. Past it no cluster is created: a line joins its most
   * similar candidate whatever the similarity, or the overflow cluster (template `<*>`) when it
   * has no candidate, so memory stays bounded and every line still gets an id.
   */
  maxClusters?: number;
  /** Tokens kept per line; the rest are folded into one trailing `<*>`. Default 128. */
  maxTokens?: number;
}

export interface MinedTemplate {
  id: number;
  /** Tokens joined by single spaces, varying positions as `<*>`. */
  template: string;
  /** Lines assigned to the cluster. */
  count: number;
}

interface Cluster {
  id: number;
  tokens: string[];
  count: number;
}

interface TreeNode {
  children: Map<string, TreeNode>;
  clusters: Cluster[];
}

const DEFAULTS: Required<MinerOptions> = {
  similarity: 0.75,
  prefixTokens: 2,
  maxChildren: 100,
  maxClusters: 10_000,
  maxTokens: 128,
};

const DIGIT = /\d/;

/** Holds a placeholder written by `maskVariables` (`<NUM>`, `<IP>`…) or the wildcard. */
const PLACEHOLDER = /<[A-Z*]+>/;

/** True for tokens that are probably variable: a digit or a placeholder in them (Drain's rule). */
function looksVariable(token: string): boolean {
  return DIGIT.test(token) || PLACEHOLDER.test(token);
}

/** Tokens that look variable route through the wildcard child. */
function routingKey(token: string): string {
  return looksVariable(token) ? WILDCARD : token;
}

/** A token made only of placeholders and punctuation: `<NUM>`, `(<SIZE>)`, `<IP>,<IP>`. */
const VARIABLE_ONLY = /^[^\p{L}\p{N}<]*(?:<[A-Z*]+>[^\p{L}\p{N}<]*)+$/u;

/**
 * Splits a line into whitespace-separated tokens, capped at `maxTokens`. A run of tokens that
 * hold only placeholders and punctuation becomes one token (`<SIZE> (<SIZE>)`), so a message
 * whose variable part spans a varying number of words keeps one length.
 */
export function tokenize(text: string, maxTokens: number): string[] {
  const tokens: string[] = [];
  let previousVariable = false;
  for (const token of text.split(/\s+/)) {
    if (token.length === 0) continue;
    const variable = VARIABLE_ONLY.test(token);
    if (variable && previousVariable) tokens[tokens.length - 1] += ` ${token}`;
    else tokens.push(token);
    previousVariable = variable;
  }
  if (tokens.length <= maxTokens) return tokens;
  const kept = tokens.slice(0, maxTokens - 1);
  kept.push(WILDCARD);
  return kept;
}

/** Online Drain-style template miner with bounded memory (see `MinerOptions.maxClusters`). */
export class TemplateMiner {
  private readonly options: Required<MinerOptions>;
  private readonly root: TreeNode = { children: new Map(), clusters: [] };
  private readonly clusters: Cluster[] = [];
  private overflow: Cluster | undefined;
  private mergedCache: Map<string, Cluster> | undefined;

  constructor(options: MinerOptions = {}) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** Assigns `text` to a cluster (creating one if none is similar enough) and returns its id. */
  add(text: string): number {
    this.mergedCache = undefined;
    const tokens = tokenize(text, this.options.maxTokens);
    const leaf = this.leafFor(tokens);
    const best = this.bestMatch(leaf.clusters, tokens);
    if (best && (best.similarity >= this.options.similarity || this.isFull())) {
      mergeInto(best.cluster, tokens);
      return best.cluster.id;
    }
    if (this.isFull()) return this.overflowCluster().id;
    const cluster: Cluster = { id: this.clusters.length, tokens, count: 1 };
    this.clusters.push(cluster);
    leaf.clusters.push(cluster);
    return cluster.id;
  }

  /**
   * The id of the template that cluster `id` belongs to now. Clusters whose templates keep the
   * same constant tokens in the same order (they differ only in variable-looking tokens, even
   * in number: `sent <SIZE>` and `sent <SIZE> (<SIZE>)`) form one template, named by the
   * largest cluster's id. Templates generalise as lines arrive, so ask after adding.
   */
  templateId(id: number): number {
    const cluster = this.cluster(id);
    if (cluster === this.overflow) return id;
    return this.merged().get(skeleton(cluster.tokens))!.id;
  }

  /** The current template text of cluster `id` (see `templateId`). */
  template(id: number): string {
    return this.cluster(this.templateId(id)).tokens.join(' ');
  }

  /** True when `id` is the overflow cluster, which holds lines that came past `maxClusters`. */
  isOverflow(id: number): boolean {
    return id === this.overflow?.id;
  }

  /** Every template with the lines it holds, in order of first appearance. */
  templates(): MinedTemplate[] {
    const counts = new Map<number, number>();
    const merged = this.merged();
    for (const cluster of this.clusters) {
      const head = merged.get(skeleton(cluster.tokens))!;
      counts.set(head.id, (counts.get(head.id) ?? 0) + cluster.count);
    }
    if (this.overflow) counts.set(this.overflow.id, this.overflow.count);
    return [...counts].map(([id, count]) => ({ id, template: this.cluster(id).tokens.join(' '), count }));
  }

  private cluster(id: number): Cluster {
    const cluster = id === this.overflow?.id ? this.overflow : this.clusters[id];
    if (!cluster) throw new RangeError(`no cluster ${id}`);
    return cluster;
  }

  /** Skeleton → the largest cluster with that skeleton (cached until the next `add`; the overflow cluster stays apart). */
  private merged(): Map<string, Cluster> {
    if (this.mergedCache) return this.mergedCache;
    const heads = new Map<string, Cluster>();
    for (const cluster of this.clusters) {
      const key = skeleton(cluster.tokens);
      const head = heads.get(key);
      if (!head || cluster.count > head.count) heads.set(key, cluster);
    }
    this.mergedCache = heads;
    return heads;
  }

  private isFull(): boolean {
    return this.clusters.length >= this.options.maxClusters;
  }

  private overflowCluster(): Cluster {
    this.overflow ??= { id: this.options.maxClusters, tokens: [WILDCARD], count: 0 };
    this.overflow.count++;
    return this.overflow;
  }

  /** Walks (creating as needed) token count → first `prefixTokens` routing keys. */
  private leafFor(tokens: string[]): TreeNode {
    let node = this.child(this.root, String(tokens.length));
    const depth = Math.min(this.options.prefixTokens, tokens.length);
    for (let i = 0; i < depth; i++) {
      node = this.child(node, routingKey(tokens[i]!));
    }
    return node;
  }

  private child(node: TreeNode, key: string): TreeNode {
    let next = node.children.get(key);
    if (next) return next;
    const full = node.children.size >= this.options.maxChildren;
    const actualKey = full ? WILDCARD : key;
    next = node.children.get(actualKey);
    if (!next) {
      next = { children: new Map(), clusters: [] };
      node.children.set(actualKey, next);
    }
    return next;
  }

  /** The most similar cluster: most equal constant positions, then most wildcards. */
  private bestMatch(candidates: Cluster[], tokens: string[]): { cluster: Cluster; similarity: number } | undefined {
    let best: Cluster | undefined;
    let bestSimilarity = -1;
    let bestWildcards = -1;
    for (const cluster of candidates) {
      let equal = 0;
      let wildcards = 0;
      const template = cluster.tokens;
      for (let i = 0; i < template.length; i++) {
        const t = template[i]!;
        if (t === WILDCARD) wildcards++;
        else if (fits(t, tokens[i])) equal++;
      }
      const similarity = template.length === 0 ? 1 : equal / template.length;
      if (similarity > bestSimilarity || (similarity === bestSimilarity && wildcards > bestWildcards)) {
        best = cluster;
        bestSimilarity = similarity;
        bestWildcards = wildcards;
      }
    }
    return best && { cluster: best, similarity: bestSimilarity };
  }
}

/** Digit runs and placeholders, for `skeleton`. */
const VARIABLE_PART = /<[A-Z*]+>|\d+/g;
const LETTER = /\p{L}/u;

/**
 * What a template says once its variables are gone: each token with its digits and
 * placeholders replaced by `*`, dropping tokens left with no letter (`(<SIZE>)`, `<*>`).
 */
function skeleton(tokens: string[]): string {
  const kept: string[] = [];
  for (const token of tokens) {
    const constant = token.replace(VARIABLE_PART, '*');
    if (constant === token || LETTER.test(constant)) kept.push(constant);
  }
  return kept.join(' ');
}

/** `key=` or `key:` at the start of a token, the part kept when its value varies. */
const KEY_PREFIX = /^[\p{L}_][\p{L}\p{N}_.-]*[=:]/u;

/** The key prefix two tokens share (`rhost=`), or undefined. */
function sharedKey(a: string, b: string): string | undefined {
  const key = KEY_PREFIX.exec(a)?.[0];
  return key !== undefined && b.startsWith(key) ? key : undefined;
}

/** True when line token `token` fits template token `slot` (equal, or `key=<*>` and `key=…`). */
function fits(slot: string, token: string | undefined): boolean {
  if (slot === token) return true;
  return token !== undefined && slot.endsWith(WILDCARD) && slot.length > WILDCARD.length && token.startsWith(slot.slice(0, -WILDCARD.length));
}

/** Counts the line in and generalises the positions where it differs (`<*>`, or `key=<*>`). */
function mergeInto(cluster: Cluster, tokens: string[]): void {
  cluster.count++;
  const template = cluster.tokens;
  for (let i = 0; i < template.length; i++) {
    const slot = template[i]!;
    const token = tokens[i]!;
    if (slot === WILDCARD || fits(slot, token)) continue;
    const key = sharedKey(slot, token);
    template[i] = key === undefined ? WILDCARD : `${key}${WILDCARD}`;
  }
}
