/** Hour-of-day counting for the guide's "distribution of errors by hour" (UTC, hours 0..23). */

const ISO = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,]\d+)?)?\s*(Z|[+-]\d\d:?\d\d)?/;

/** Counts per hour of day (index 0..23) of the given hours; values outside 0..23 or not integers are ignored. */
export function hourHistogram(hours: Iterable<number>): number[] {
  const histogram = new Array<number>(24).fill(0);
  for (const hour of hours) {
    if (Number.isInteger(hour) && hour >= 0 && hour < 24) histogram[hour]!++;
  }
  return histogram;
}

/**
 * The UTC hour of an ISO-like timestamp (`2024-05-06T09:50:14.1206542Z`, `2024-05-06 09:50:14`,
 * `2024-05-06T11:50:14+02:00`). A timestamp without a zone is taken as UTC, as runner logs are.
 */
export function hourOfTimestamp(timestamp: string): number | undefined {
  const match = ISO.exec(timestamp);
  if (!match) return undefined;
  const hour = Number(match[4]);
  if (hour > 23) return undefined;
  const zone = match[7];
  if (zone === undefined || zone === 'Z') return hour;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  const minutes = hour * 60 + Number(match[5]) - offsetMinutes;
  return Math.floor((((minutes % 1440) + 1440) % 1440) / 60);
}

/** The busiest hour (earliest on ties), its count and its share of all counts; undefined when all are zero. */
export function peakHour(histogram: readonly number[]): { hour: number; count: number; share: number } | undefined {
  let total = 0;
  let best = -1;
  for (let hour = 0; hour < histogram.length; hour++) {
    const count = histogram[hour] ?? 0;
    total += count;
    if (count > 0 && (best === -1 || count > histogram[best]!)) best = hour;
  }
  return best === -1 ? undefined : { hour: best, count: histogram[best]!, share: histogram[best]! / total };
}
