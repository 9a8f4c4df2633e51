import type { AcceptanceCheck, EndpointSpec, SpecContract } from '../spec-contract';
import { label, lastStep } from './worked-examples';

/*
 * A feature saying summer time must come out right, or that times are answered in ISO 8601 with their offset,
 * claimed by a time-zone conversion: the zone conversion follows the tz database anyway, so what realises the
 * feature is what its worked examples show. Summer time is shown by one zone answered at two UTC offsets (both
 * sides of a clock change); the ISO form by every answered time ending in its offset.
 */

const DAYLIGHT_SAVING =
  /\b(?:daylight[\s-]sav\w*|summer[\s-]?time|winter[\s-]?time|dst|sommerzeit|winterzeit|zeitumstellung|horario de verano|cambio de hora|heure d ete|changement d heure|ora legale|horario de verao|hora de verao)\b/;
const OFFSET_FORM = /\biso[\s-]?8601\b.*\b(?:offset|versatz|desfase|decalage|scostamento|deslocamento)\b/;

const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]/g, ' ');

/** The request field and answered fields of the conversion's zone converted to, time and offset. */
function fieldsOf(e: EndpointSpec): { to: string; time: string; offset: string } | null {
  if (e.behavior.kind !== 'function' || e.behavior.function !== 'timezone.convert') return null;
  const { inputs, outputs } = e.behavior;
  const [to, time, offset] = [inputs.to, outputs.time, outputs.offset];
  return to && time && offset ? { to, time, offset } : null;
}

/** The happy answers of `e`: the zone converted to, the time and the offset each shows. */
function shown(
  e: EndpointSpec,
  checks: AcceptanceCheck[],
): { zone: unknown; time: unknown; offset: unknown }[] {
  const f = fieldsOf(e);
  if (f === null) return [];
  return checks
    .filter((c) => c.endpoint_id === e.id && c.kind === 'happy')
    .map((c) => {
      const step = lastStep(c);
      const sent = (step.request.body ?? {}) as Record<string, unknown>;
      const got = (step.expect.body_contains ?? {}) as Record<string, unknown>;
      return { zone: sent[f.to] ?? step.request.query?.[f.to], time: got[f.time], offset: got[f.offset] };
    });
}

/** What a conversion claiming a summer-time or ISO-offset feature lacks in its worked examples; empty when none. */
export function daylightSavingProblems(
  feature: string,
  endpoints: EndpointSpec[],
  contract: SpecContract,
): string[] {
  const text = fold(feature);
  const dst = DAYLIGHT_SAVING.test(text);
  const iso = OFFSET_FORM.test(text);
  if (!dst && !iso) return [];
  return endpoints.flatMap((e) => {
    if (fieldsOf(e) === null) return [];
    const answers = shown(e, contract.acceptance);
    const problems: string[] = [];
    if (dst) {
      const offsets = new Map<string, Set<string>>();
      for (const a of answers) {
        if (typeof a.zone !== 'string' || typeof a.offset !== 'string') continue;
        offsets.set(a.zone, (offsets.get(a.zone) ?? new Set<string>()).add(a.offset));
      }
      if (![...offsets.values()].some((s) => s.size > 1))
        problems.push(
          `it asks for summer time, but no worked example of ${label(e)} shows a zone at two UTC offsets (both sides of a clock change)`,
        );
    }
    if (iso && !answers.every((a) => typeof a.time === 'string' && /(?:[+-]\d{2}:\d{2}|Z)$/.test(a.time)))
      problems.push(
        `it asks for ISO 8601 with the offset, but a worked example of ${label(e)} answers a time without it`,
      );
    return problems;
  });
}
