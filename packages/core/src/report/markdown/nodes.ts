/** Small builders for the mdast nodes the summary is made of. */
import type { Heading, Paragraph, PhrasingContent, RootContent, Table, TableCell } from 'mdast';

export function heading(depth: Heading['depth'], text: string): Heading {
  return { type: 'heading', depth, children: [{ type: 'text', value: text }] };
}

export function paragraph(...children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

export function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

export function strong(value: string): PhrasingContent {
  return { type: 'strong', children: [{ type: 'text', value }] };
}

/** An italic remark, used to say what was left out. */
export function remark(value: string): Paragraph {
  return paragraph({ type: 'emphasis', children: [{ type: 'text', value }] });
}

/** Raw HTML that we wrote ourselves (every untrusted part already escaped by the caller). */
export function html(value: string): RootContent {
  return { type: 'html', value };
}

type Cell = PhrasingContent | PhrasingContent[] | string;

function cell(content: Cell): TableCell {
  if (typeof content === 'string') return { type: 'tableCell', children: [{ type: 'text', value: content }] };
  return { type: 'tableCell', children: Array.isArray(content) ? content : [content] };
}

/** A GFM table: a header row of our own labels and rows of cells. */
export function table(header: string[], rows: Cell[][], align?: Table['align']): Table {
  return {
    type: 'table',
    align: align ?? header.map(() => null),
    children: [header, ...rows].map((row) => ({ type: 'tableRow', children: row.map(cell) })),
  };
}

/** "`n` more … are in the JSON report." when a section was cut, nothing otherwise. */
export function leftOut(hidden: number, what: string): RootContent[] {
  return hidden > 0 ? [remark(`${hidden} more ${what} left out here; the JSON report has them all.`)] : [];
}
