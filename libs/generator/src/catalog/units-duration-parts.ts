import type { FieldSpec } from '@sf/service-spec';
import { integerField, type FunctionCode, type FunctionDesign } from './catalog-entry';
import { glossIn, type Language } from './feature-words';
import { DURATION_GLOSS } from './units-duration-forms';

/*
 * Durations in parts, as numbers: a feature that names the parts as words ("into hours, minutes and seconds",
 * "in Stunden, Minuten und Sekunden") and writes no text format asks for the parts themselves, {"hours",
 * "minutes", "seconds"}, not a text "1:02:05". The other way takes the parts and answers {"total_seconds"}.
 *
 * Decisions: the hours are not folded into days (90000 s is 25 h); the inverse takes each part optional,
 * defaulting to 0, at least one present; every part a non-negative whole number, minutes and seconds may go
 * past 59 (90 minutes is 5400 s, as a stopwatch adds them). Negative or non-whole values and no part at all are
 * refused with 400 VALIDATION_FAILED (non-whole values by the field types, before the function runs).
 */

export const DURATION_TO_PARTS_CODE: FunctionCode = {
  id: 'duration.to_parts',
  exportName: 'formatDurationParts',
  source: `/** duration.to_parts: whole \`seconds\` split into whole hours (not folded into days), minutes 0-59 and seconds 0-59. */
export const formatDurationParts: CatalogFunction = (input) => {
  const total = input.seconds;
  if (typeof total !== 'number' || !Number.isInteger(total)) {
    return { ok: false, problems: ['seconds must be a whole number of seconds'] };
  }
  if (total < 0) return { ok: false, problems: ['a duration cannot be negative (' + String(total) + ' seconds)'] };
  if (total > Number.MAX_SAFE_INTEGER) return { ok: false, problems: ['the duration is too long to split'] };
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return { ok: true, value: { hours, minutes, seconds } };
};`,
};

export const DURATION_FROM_PARTS_CODE: FunctionCode = {
  id: 'duration.from_parts',
  exportName: 'parseDurationParts',
  source: `/**
 * duration.from_parts: whole \`hours\`, \`minutes\` and \`seconds\` (each optional, 0 when left out, at least one sent;
 * none negative, minutes and seconds may go past 59) as a total number of seconds.
 */
export const parseDurationParts: CatalogFunction = (input) => {
  const problems: string[] = [];
  let total = 0;
  let sent = 0;
  for (const [name, scale] of [['hours', 3600], ['minutes', 60], ['seconds', 1]] as const) {
    const part = input[name];
    if (part === undefined || part === null) continue;
    sent++;
    if (typeof part !== 'number' || !Number.isInteger(part)) problems.push(name + ' must be a whole number');
    else if (part < 0) problems.push(name + ' cannot be negative (' + String(part) + ')');
    else total += part * scale;
  }
  if (sent === 0) problems.push('send at least one of hours, minutes and seconds');
  if (problems.length > 0) return { ok: false, problems };
  if (!Number.isSafeInteger(total)) return { ok: false, problems: ['the duration is too long to count in seconds'] };
  return { ok: true, value: { total_seconds: total } };
};`,
};

/** Durations split by hand: 3600 seconds to the hour, 60 to the minute. */
const SPLITS: { seconds: number; hours: number; minutes: number; rest: number; note: string }[] = [
  { seconds: 3725, hours: 1, minutes: 2, rest: 5, note: '3600 + 2 × 60 + 5' },
  { seconds: 59, hours: 0, minutes: 0, rest: 59, note: 'less than a minute' },
  { seconds: 3600, hours: 1, minutes: 0, rest: 0, note: 'exactly one hour' },
  { seconds: 90000, hours: 25, minutes: 0, rest: 0, note: 'the hours are not folded into days' },
];

/** Seconds written as examples in the feature ("3725 seconds", "like 5000"), split by hand. */
function ownSplits(text: string): typeof SPLITS {
  const own = [
    ...text.matchAll(/(?<![\d.,:])(\d{1,6})\s*(?:s|secs?|seconds?|sekunden|segundos|secondes|secondi)\b/gi),
    ...text.matchAll(/\b(?:like|e\.?g\.?|such as|z\.?\s?b\.?|wie|como|comme|come)\s+(\d{1,6})(?![\d.,:])/gi),
  ].map((m) => Number(m[1]));
  const rows = [
    ...own.map((seconds) => ({
      seconds,
      hours: Math.floor(seconds / 3600),
      minutes: Math.floor((seconds % 3600) / 60),
      rest: seconds % 60,
      note: "the feature's own example",
    })),
    ...SPLITS,
  ];
  return rows.filter((r, i) => rows.findIndex((x) => x.seconds === r.seconds) === i).slice(0, SPLITS.length);
}

const PARTS_GLOSS: Partial<Record<Language, string>> = {
  de: ' Die Teile als Zahlen: Stunden, Minuten, Sekunden.',
  es: ' Las partes como números: horas, minutos, segundos.',
  fr: ' Les parties en nombres : heures, minutes, secondes.',
  it: ' Le parti come numeri: ore, minuti, secondi.',
  pt: ' As partes como números: horas, minutos, segundos.',
};

export function toPartsDesign(languages: Language[], text: string): FunctionDesign {
  return {
    function: DURATION_TO_PARTS_CODE.id,
    method: 'POST',
    path: '/duration/parts',
    summary:
      'Splits a duration given in whole seconds into its parts as whole numbers: hours (3600 seconds each, not' +
      ' folded into days, so 90000 seconds is 25 hours), minutes (0-59) and seconds (0-59); a negative or' +
      ' non-whole number of seconds is refused with 400.' +
      glossIn(DURATION_GLOSS, languages) +
      glossIn(PARTS_GLOSS, languages),
    inputs: [
      { param: 'seconds', field: integerField('seconds', 'The duration in whole seconds, 0 or more', 3725) },
    ],
    outputs: [
      { result: 'hours', field: 'hours', description: 'Whole hours (not folded into days)', example: 1 },
      { result: 'minutes', field: 'minutes', description: 'Whole minutes, 0 to 59', example: 2 },
      { result: 'seconds', field: 'seconds', description: 'Whole seconds, 0 to 59', example: 5 },
    ],
    examples: ownSplits(text).map((d) => ({
      description: `${d.seconds} seconds is ${d.hours} h ${d.minutes} min ${d.rest} s (${d.note}).`,
      input: { seconds: d.seconds },
      output: { hours: d.hours, minutes: d.minutes, seconds: d.rest },
    })),
    refusals: [{ description: 'A negative duration (-10 seconds) is refused.', input: { seconds: -10 } }],
  };
}

const optionalPart = (name: string, description: string, example: number): FieldSpec => ({
  ...integerField(name, description, example),
  required: false,
});

export function fromPartsDesign(languages: Language[]): FunctionDesign {
  return {
    function: DURATION_FROM_PARTS_CODE.id,
    method: 'POST',
    path: '/duration/total-seconds',
    summary:
      'Adds up a duration given in parts, whole hours, minutes and seconds (each optional and 0 when left out,' +
      ' at least one sent; minutes and seconds may go past 59), into its total number of seconds: hours × 3600 +' +
      ' minutes × 60 + seconds. A negative or non-whole part, or no part at all, is refused with 400.' +
      glossIn(DURATION_GLOSS, languages) +
      glossIn(PARTS_GLOSS, languages),
    inputs: [
      { param: 'hours', field: optionalPart('hours', 'Whole hours, 0 or more (0 when left out)', 2) },
      { param: 'minutes', field: optionalPart('minutes', 'Whole minutes, 0 or more (0 when left out)', 30) },
      { param: 'seconds', field: optionalPart('seconds', 'Whole seconds, 0 or more (0 when left out)', 15) },
    ],
    outputs: [
      {
        result: 'total_seconds',
        field: 'total_seconds',
        description: 'The duration in seconds',
        example: 9015,
      },
    ],
    examples: [
      {
        description: '2 h 30 min 15 s is 9015 seconds (7200 + 1800 + 15).',
        input: { hours: 2, minutes: 30, seconds: 15 },
        output: { total_seconds: 9015 },
      },
      {
        description: '1 h 2 min 5 s is 3725 seconds (3600 + 120 + 5).',
        input: { hours: 1, minutes: 2, seconds: 5 },
        output: { total_seconds: 3725 },
      },
      {
        description: '90 minutes alone is 5400 seconds (the parts left out are 0; minutes may go past 59).',
        input: { minutes: 90 },
        output: { total_seconds: 5400 },
      },
      {
        description: '25 hours is 90000 seconds.',
        input: { hours: 25, minutes: 0, seconds: 0 },
        output: { total_seconds: 90000 },
      },
    ],
    refusals: [
      {
        description: 'A negative part (-5 minutes) is refused.',
        input: { hours: 1, minutes: -5, seconds: 0 },
      },
      { description: 'No part at all is refused.', input: {} },
    ],
  };
}
