import type { ClaimWitness } from '../catalog-entry';
import type { Fn } from './run-function';

/**
 * What is wrong with a glossary witness on a compiled catalog function (the emitted code, or a mutant of it):
 * '' when the answer shows the claim. Tests only.
 */
export function witnessProblem(fn: Fn, w: ClaimWitness): string {
  const result = fn(w.input, w.options ?? {});
  if (w.refused) return result.ok ? `answered ${JSON.stringify(result.value)} instead of refusing` : '';
  if (!result.ok) return `refused: ${result.problems.join('; ')}`;
  for (const [key, want] of Object.entries(w.answer ?? {})) {
    if (JSON.stringify(result.value[key]) !== JSON.stringify(want)) {
      return `${key} is ${JSON.stringify(result.value[key])}, not ${JSON.stringify(want)}`;
    }
  }
  for (const [key, part] of Object.entries(w.contains ?? {})) {
    if (!String(result.value[key]).includes(part))
      return `${key} ${JSON.stringify(result.value[key])} lacks ${part}`;
  }
  return '';
}
