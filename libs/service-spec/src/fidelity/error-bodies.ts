import { errorBodyShape, errorBodyText } from '../error-body';
import type { SpecContract } from '../spec-contract';
import type { FeatureLiterals } from './feature-literals';

/**
 * What keeps the error bodies a feature spells (`returns 400 with {"error": string}`) from being honoured: one
 * service spells every error one way (`errors.body`), so the contract's shape must be the one the feature
 * writes, and no other key feature may ask for another (neither is realised until the user says which is
 * meant). Bodies no shape can answer are already findings of `readFeatureLiterals`.
 */
export function errorBodyProblems(
  contract: SpecContract,
  features: string[],
  read: FeatureLiterals[],
  index: number,
): string[] {
  const wanted = read[index].errorShapes;
  if (wanted.length === 0) return [];
  const problems: string[] = [];
  if (wanted.length > 1) {
    problems.push(
      `it asks for errors spelled both as ${wanted.map((x) => errorBodyText(x)).join(' and as ')}; a service spells every error one way`,
    );
  }
  read.forEach((other, i) => {
    const differing = other.errorShapes.filter((x) => !wanted.includes(x));
    if (i !== index && differing.length > 0) {
      problems.push(
        `key feature "${features[i]}" asks for errors spelled as ${differing.map((x) => errorBodyText(x)).join(' or ')}; a service spells every error one way, so the user must say which is meant`,
      );
    }
  });
  // Until the features agree, no contract shape can honour them all: naming one to set would mislead.
  if (problems.length > 0) return problems;
  const answered = errorBodyShape(contract);
  if (wanted[0] !== answered) {
    problems.push(
      `it asks for error bodies ${errorBodyText(wanted[0])}, but the contract answers every error as ${errorBodyText(answered)} (set "errors": {"body": "${wanted[0]}"})`,
    );
  }
  return problems;
}
