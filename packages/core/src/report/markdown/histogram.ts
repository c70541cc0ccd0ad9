/** The hour-of-day distribution of error lines, as a Mermaid bar chart. */
import type { RootContent } from 'mdast';
import type { Report } from '../model.js';
import { heading, paragraph, text } from './nodes.js';

const HOURS = 24;

function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

/** Mermaid `xychart-beta` source for 24 hourly counts (only numbers and our own labels). */
export function hourChart(counts: readonly number[]): string {
  const labels = Array.from({ length: HOURS }, (_, hour) => `"${String(hour).padStart(2, '0')}"`);
  const values = Array.from({ length: HOURS }, (_, hour) => Math.max(0, Math.trunc(counts[hour] ?? 0)));
  return [
    'xychart-beta',
    '  title "Error lines by hour of day (UTC)"',
    `  x-axis "Hour (UTC)" [${labels.join(', ')}]`,
    `  y-axis "Error lines" 0 --> ${Math.max(1, ...values)}`,
    `  bar [${values.join(', ')}]`,
  ].join('\n');
}

/** The chart and its peak hour, when the logs carried timestamps. */
export function histogramSection(report: Report): RootContent[] {
  const counts = report.hourHistogram;
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return [];
  const peak = counts.reduce((best, count, hour) => (count > (counts[best] ?? 0) ? hour : best), 0);
  return [
    heading(2, 'Errors by hour of day'),
    { type: 'code', lang: 'mermaid', value: hourChart(counts) },
    paragraph(text(`${total} error lines with a timestamp; the most (${counts[peak]}) at ${hourLabel(peak)}–${hourLabel((peak + 1) % HOURS)} UTC.`)),
  ];
}
