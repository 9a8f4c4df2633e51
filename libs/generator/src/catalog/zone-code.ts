/*
 * Emitted code shared by the time-zone functions (timezones.ts, timezones-offset.ts, timezones-many.ts): each
 * function's source is self-contained in the generated service, so the helpers are written into it under names of
 * its own.
 */

/** The source of `zone(zone)` (a zone the tz database knows, trimmed, else null) and `wall(ms, zone)` (the wall clock of instant ms in zone, as if UTC, in ms). */
export function zoneHelpersSource(zone: string, wall: string): string {
  return `/** The zone as written (trimmed), or null when the tz database does not know it. */
function ${zone}(zone: unknown): string | null {
  if (typeof zone !== 'string' || zone.trim() === '' || zone.length > 64) return null;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone.trim() });
    return zone.trim();
  } catch {
    return null;
  }
}

/** The wall-clock fields of instant \`ms\` in \`zone\`, as if they were UTC (milliseconds). */
function ${wall}(ms: number, zone: string): number {
  const parts: Record<string, number> = {};
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  for (const part of format.formatToParts(new Date(ms))) parts[part.type] = Number(part.value);
  const wall = new Date(0);
  wall.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  wall.setUTCHours(parts.hour, parts.minute, parts.second, 0);
  return wall.getTime();
}`;
}
