import type { AcceptanceCheck } from '../spec-contract';
import { answersStated, readWrittenValues, type WrittenValue } from '../written-values';
import { lastStep, sentFields } from './worked-examples';

/**
 * The answers a feature states that a worked example of its endpoints contradicts: the feature writes "4 = IV"
 * or "100 km/h is 62.14 mph" and a happy example sends that value (with both units, when it writes them) but
 * expects another answer of the same kind ("4" → "IIII", 100 km/h → 60 mph). Such a SPEC tells the build to
 * test the opposite of what the user wrote. An example that answers nothing comparable (a boolean, another
 * unit) says nothing about the pair, and a pair no example sends is left to the other checks.
 */
export function statedAnswerProblems(feature: string, checks: AcceptanceCheck[], where: string): string[] {
  const problems: string[] = [];
  for (const { given, stated } of readWrittenValues(feature, false).pairs) {
    for (const [sent, answer] of [
      [given, stated],
      [stated, given],
    ]) {
      const about = checks.filter((c) => c.kind === 'happy' && sends(c, sent, answer));
      const answers = about.flatMap((c) => comparableAnswers(c, answer));
      if (answers.length === 0) continue;
      if (!answers.some((a) => same(a, answer))) {
        problems.push(
          `it states that ${shown(sent)} gives ${shown(answer)}, but the worked example of ${where} sending ${shown(sent)} answers ${JSON.stringify(answers[0])}`,
        );
      }
      break;
    }
  }
  return problems;
}

function shown(v: WrittenValue): string {
  return v.unit === undefined ? v.text : `${v.text} ${v.unit}`;
}

/**
 * Whether a check sends `value` (a field equal to it, case aside for a text), and the units of both sides when
 * the feature writes them (a fixed converter, which sends no unit, is not held to a pair with units).
 */
function sends(c: AcceptanceCheck, value: WrittenValue, answer: WrittenValue): boolean {
  const sent = Object.values(sentFields(lastStep(c)));
  const holds = sent.some((v) =>
    typeof v === 'number'
      ? value.number !== undefined && Math.abs(v - value.number) < 1e-9
      : typeof v === 'string' &&
        (v === value.text || (value.number !== undefined && v.trim() !== '' && Number(v) === value.number)),
  );
  if (!holds) return false;
  const units = [value.unit, answer.unit].filter((u): u is string => u !== undefined);
  return units.every((u) => sent.some((v) => typeof v === 'string' && v.toLowerCase() === u.toLowerCase()));
}

/** The answer's top-level values that can be compared with the stated one: texts, and numbers for a number. */
function comparableAnswers(c: AcceptanceCheck, answer: WrittenValue): (string | number)[] {
  const step = lastStep(c);
  if (step.expect.status >= 300) return [];
  const body = step.expect.body_contains;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return [];
  return Object.values(body as Record<string, unknown>).filter(
    (v): v is string | number =>
      (typeof v === 'string' && answer.number === undefined) ||
      (typeof v === 'number' && answer.number !== undefined),
  );
}

function same(a: string | number, stated: WrittenValue): boolean {
  return typeof a === 'number'
    ? stated.number !== undefined && answersStated(a, stated.number)
    : a === stated.text;
}
