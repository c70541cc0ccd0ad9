/**
 * The eval's figures as rows (figure, value, target, PASS/MISS) and their plain-text table.
 *
 * @typedef {{ figure: string; value: number; unit: 'ratio' | 'lines'; detail?: string; target?: { op: '>=' | '<='; value: number } }} Row
 */

/** The targets on the dev corpus. */
export const TARGETS = {
  githubHit1: { op: '>=', value: 0.9 },
  githubHit3: { op: '>=', value: 0.97 },
  jenkinsHit1: { op: '>=', value: 0.9 },
  logchunksHit1: { op: '>=', value: 0.7 },
  medianLines: { op: '<=', value: 15 },
  bugswarmStatus: { op: '>=', value: 0.95 },
  bugswarmRecall: { op: '>=', value: 0.9 },
  loghubMean: { op: '>=', value: 0.9 },
};

/** @param {Row} row */
export function rowPasses(row) {
  if (!row.target || Number.isNaN(row.value)) return undefined;
  return row.target.op === '>=' ? row.value >= row.target.value : row.value <= row.target.value;
}

/** @param {Row} row */
function formatValue(row) {
  if (Number.isNaN(row.value)) return 'n/a';
  return row.unit === 'ratio' ? row.value.toFixed(3) : String(Math.round(row.value * 10) / 10);
}

/**
 * @param {Row[]} rows
 * @returns {string}
 */
export function formatTable(rows) {
  const cells = rows.map((row) => {
    const pass = rowPasses(row);
    return [
      row.figure,
      formatValue(row),
      row.target ? `${row.target.op === '>=' ? '≥' : '≤'} ${row.target.value}` : '',
      pass === undefined ? '' : pass ? 'PASS' : 'MISS',
      row.detail ?? '',
    ];
  });
  const header = ['figure', 'value', 'target', 'result', 'detail'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((text, i) => (i === 1 ? text.padStart(widths[i]) : text.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
