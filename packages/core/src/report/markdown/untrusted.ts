/**
 * Turning untrusted log text into Markdown nodes that can't break the document, inject HTML,
 * mention people or link issues. Every string that came from a log goes through here.
 */
import escapeHtml from 'escape-html';
import type { Code, InlineCode, PhrasingContent } from 'mdast';

/** C0/C1 controls (tab kept) and bidirectional overrides (which can disguise text). */
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** A word GitHub would turn into a mention, an issue reference or a link. */
const LINKABLE_WORD = /@|#\d|\bGH-\d|:\/\/|^www\./i;

/** Removes characters that a reader can't see but that change how text reads or renders. */
export function clean(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** One line, whitespace collapsed, at most `maxChars` characters (an ellipsis marks a cut). */
export function oneLine(text: string, maxChars: number): string {
  const flat = clean(text).replace(/\s+/g, ' ').trim();
  return flat.length > maxChars ? `${flat.slice(0, Math.max(0, maxChars - 1))}…` : flat;
}

/** A code span: never a mention, link or HTML; pipes are escaped by the table extension. */
export function codeSpan(text: string, maxChars: number): InlineCode {
  return { type: 'inlineCode', value: oneLine(text, maxChars) };
}

/** A fenced code block; the serializer picks a fence longer than any backtick run inside. */
export function codeBlock(text: string, lang = 'text'): Code {
  return { type: 'code', lang, value: clean(text) };
}

/**
 * Prose from untrusted text: plain words stay text (the serializer escapes Markdown syntax
 * and `<`), words that GitHub would link (`@user`, `#123`, URLs) become code spans.
 */
export function prose(text: string, maxChars: number): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let plain = '';
  for (const part of oneLine(text, maxChars).split(/(\s+)/)) {
    if (LINKABLE_WORD.test(part)) {
      if (plain) nodes.push({ type: 'text', value: plain });
      plain = '';
      nodes.push({ type: 'inlineCode', value: part });
    } else {
      plain += part;
    }
  }
  if (plain) nodes.push({ type: 'text', value: plain });
  return nodes;
}

/** Text for a raw HTML context (a `<summary>`): one line, escaped, inside `<code>` so nothing links. */
export function htmlCode(text: string, maxChars: number): string {
  return `<code>${escapeHtml(oneLine(text, maxChars))}</code>`;
}
