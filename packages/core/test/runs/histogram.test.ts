import { describe, expect, it } from 'vitest';
import { hourHistogram, hourOfTimestamp, peakHour } from '../../src/runs/histogram.js';

describe('hour histogram', () => {
  it('counts hours of the day and ignores values that are not hours', () => {
    const histogram = hourHistogram([9, 9, 14, 23, 0, 24, -1, 3.5, Number.NaN]);
    expect(histogram).toHaveLength(24);
    expect(histogram[9]).toBe(2);
    expect(histogram[14]).toBe(1);
    expect(histogram[23]).toBe(1);
    expect(histogram[0]).toBe(1);
    expect(histogram.reduce((a, b) => a + b, 0)).toBe(5);
  });

  it('reads the UTC hour of runner, plain and offset timestamps', () => {
    expect(hourOfTimestamp('2026-01-05T10:01:00.1000000Z ##[error]boom')).toBe(10);
    expect(hourOfTimestamp('2026-01-05 07:59:59,123 ERROR db down')).toBe(7);
    expect(hourOfTimestamp('2026-01-05T01:30:00+02:00')).toBe(23);
    expect(hourOfTimestamp('2026-01-05T22:45:00-0330')).toBe(2);
    expect(hourOfTimestamp('2026-01-05T25:00:00Z')).toBeUndefined();
    expect(hourOfTimestamp('ERROR no time here')).toBeUndefined();
  });

  it('finds the busiest hour, earliest on ties, with its share', () => {
    const histogram = hourHistogram([2, 2, 2, 17, 17, 17, 5, 5]);
    expect(peakHour(histogram)).toEqual({ hour: 2, count: 3, share: 3 / 8 });
    expect(peakHour(hourHistogram([]))).toBeUndefined();
  });
});
