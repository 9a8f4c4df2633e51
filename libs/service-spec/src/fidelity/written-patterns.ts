import type { EndpointSpec, SpecContract } from '../spec-contract';
import type { LiteralField } from './feature-literals';
import { expectedFields, label, lastStep, sentFields } from './worked-examples';

/*
 * A date or time notation a feature writes as a field's value (`"time": "YYYY-MM-DDTHH:mm"`) says how that value
 * is written, not only that it is a date-time: a service answering "2026-03-16T14:30:00" to a feature writing
 * minutes does not do what it says (found by the eval: a time-zone conversion deployed answering seconds the
 * route's notation leaves out, its probes expecting "14:30"). The worked examples of the feature's endpoint
 * must write such a field as the notation does: a date alone, minutes, or seconds.
 */

/** What a notation asks of a value: a date alone, a date-time to the minute, or to the second. */
function shapeOf(pattern: string): { regex: RegExp; says: string } | null {
  const p = pattern.toLowerCase();
  if (!/^yyyy-mm-dd/.test(p)) return null;
  if (!/hh:mm/.test(p)) return { regex: /^\d{4}-\d{2}-\d{2}$/, says: 'a date alone' };
  if (/hh:mm:ss/.test(p)) return { regex: /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}/, says: 'seconds' };
  return { regex: /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?!:\d)/, says: 'no seconds' };
}

/** A notation that writes a zone: `Z`, `+HH:MM`, `±hh`, `XXX`, an offset or zone named after the time. */
const ZONE_WRITTEN = /(?:z|[+±-]\s*hh(?::?mm)?|x{1,3}|offset|zone)\s*$/i;
/** A written time that ends in a zone: `Z` or `±HH:MM`. */
const ZONE_SUFFIX = /\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})$/i;

/** The worked examples of `target` that write a field with a notation otherwise than the notation does. */
export function writtenPatternProblems(
  request: LiteralField[],
  response: LiteralField[],
  target: EndpointSpec,
  contract: SpecContract,
): string[] {
  const checks = contract.acceptance.filter((c) => c.endpoint_id === target.id && c.kind === 'happy');
  const problems: string[] = [];
  // Every answer is written as the notation says; of what is sent, one example at least shows the notation taken
  // (a service may take other writings besides).
  const judge = (fields: LiteralField[], side: 'sends' | 'answers') => {
    for (const field of fields) {
      const shape = field.pattern ? shapeOf(field.pattern) : null;
      if (!shape) continue;
      const dates = checks
        .map((c) => (side === 'sends' ? sentFields(lastStep(c)) : expectedFields(lastStep(c)))[field.name])
        .filter((v): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v));
      // An answer carries no zone the notation leaves out ("local": "YYYY-MM-DDTHH:mm:ss" beside an "offset"
      // field answered "2026-07-01T08:00:00-04:00": the eval's h9/h10 time-zone intents).
      const zoned = side === 'answers' && !ZONE_WRITTEN.test(field.pattern ?? '');
      const off = dates.find((v) => !shape.regex.test(v) || (zoned && ZONE_SUFFIX.test(v)));
      const shown =
        side === 'answers' ? off === undefined : dates.length === 0 || dates.some((v) => shape.regex.test(v));
      if (!shown && off !== undefined) {
        problems.push(
          `${label(target)} field "${field.name}" is written ${field.pattern} (${shape.says}), but a worked example ${side} "${String(off)}"`,
        );
      }
    }
  };
  judge(request, 'sends');
  judge(response, 'answers');
  return problems;
}
