/*
 * The reference semantics of a time-zone conversion, written apart from the emitted code (timezones.ts): the UTC
 * offset of a zone at an instant is read from `Intl`'s own offset name (`longOffset`: "GMT+02:00"), where the
 * emitted code compares wall clocks. Worked examples of daylight saving time are computed here.
 */

/** The UTC offset of `zone` at instant `ms`, in minutes, by `Intl`'s offset name (GMT, GMT+2, GMT-04:00). */
export function offsetMinutes(ms: number, zone: string): number {
  const name =
    offsetFormat(zone)
      .formatToParts(new Date(ms))
      .find((p) => p.type === 'timeZoneName')?.value ?? '';
  const m = /^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?$/.exec(name);
  if (!m) throw new Error(`no UTC offset in ${JSON.stringify(name)}`);
  if (m[1] === undefined) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** One formatter per zone (building one costs more than formatting; an instant's search formats 105 times). */
const OFFSET_FORMATS = new Map<string, Intl.DateTimeFormat>();

function offsetFormat(zone: string): Intl.DateTimeFormat {
  let format = OFFSET_FORMATS.get(zone);
  if (!format) {
    // Throws on a zone Intl does not know, before anything is cached.
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    if (OFFSET_FORMATS.size >= 1000) OFFSET_FORMATS.clear();
    OFFSET_FORMATS.set(zone, format);
  }
  return format;
}

/** Minutes written ±HH:MM. */
export function offsetWritten(minutes: number): string {
  const a = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** The earliest instant whose wall clock in `zone` reads `time` (YYYY-MM-DDTHH:MM:SS), or null when skipped. */
export function instantOf(time: string, zone: string): number | null {
  const wall = Date.parse(`${time}Z`);
  // Every offset of the tz database is a whole number of quarter hours between UTC-12 and UTC+14.
  const instants = Array.from({ length: 105 }, (_, i) => wall - (i - 48) * 15 * 60000).filter(
    (ms) => ms + offsetMinutes(ms, zone) * 60000 === wall,
  );
  return instants.length === 0 ? null : Math.min(...instants);
}

/** Local time `time` in `from` as the local time and offset in `to`: the reference answer. */
export function convertedByReference(
  time: string,
  from: string,
  to: string,
): { time: string; offset: string } | null {
  const instant = instantOf(time, from);
  if (instant === null) return null;
  const offset = offsetMinutes(instant, to);
  return {
    time: new Date(instant + offset * 60000).toISOString().slice(0, 19),
    offset: offsetWritten(offset),
  };
}
