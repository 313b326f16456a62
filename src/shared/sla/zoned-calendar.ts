/**
 * The wall-clock fields of an instant in a given time zone, read through
 * Intl so the process's own TZ never matters (a seat in a UTC container
 * still shows Beijing time). Only numbers come out of Intl; the wording is
 * ours, so the text does not shift with the ICU version.
 */
export interface ZonedFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** Days since 1970-01-01 of the local calendar date: subtracting two gives "tomorrow", "in 3 days". */
  dayNumber: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function zonedFields(epochMs: number, timeZone: string): ZonedFields {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const year = fields.year ?? 1970;
  const month = fields.month ?? 1;
  const day = fields.day ?? 1;
  return {
    year,
    month,
    day,
    // Some ICU versions still say 24 for midnight even with h23.
    hour: (fields.hour ?? 0) % 24,
    minute: fields.minute ?? 0,
    dayNumber: Math.round(Date.UTC(year, month - 1, day) / 86_400_000),
  };
}
