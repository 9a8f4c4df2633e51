import { functionCode, functionGlossary } from './catalog';
import { witnessProblem } from './testing/glossary-witness';
import { compileFunction } from './testing/run-function';

/*
 * Glossary claims are tests, not prose: emitted code with one slip that breaks what a claim says (raw HTML passed
 * through, spaces no longer ignored in an ISBN, a digit outside the source base read anyway, an unrounded
 * length, "!" no longer ending a sentence) fails a witness of that claim.
 */

/** Function, the claim its slip breaks (a part of its text), and the slip: source text → mutant text. */
const SLIPS: [string, string, string, string][] = [
  ['markdown.to-html', 'raw HTML', "replace(/</g, '&lt;')", "replace(/</g, '<')"],
  ['html.escape', 'raw HTML', ".replace(/</g, '&lt;')", ".replace(/</g, '<')"],
  ['text.statistics', 'a sentence ends', "c === '.' || c === '!' || c === '?'", "c === '.' || c === '?'"],
  ['isbn.validate', 'hyphens and spaces', "replace(/[ -]/g, '')", "replace(/[-]/g, '')"],
  ['numbers.base_convert', 'a digit outside', 'at >= (from as number)', 'at >= 36'],
  ['units.length', 'rounded', 'Math.round(scaled) / factor', 'scaled / factor'],
];

describe('glossary claims catch slips in the emitted code', () => {
  it.each(SLIPS)('%s: the claim %p fails when %p becomes %p', (id, claimPart, from, to) => {
    const code = functionCode(id);
    const claim = functionGlossary(id).find((c) => c.claim.includes(claimPart));
    expect(code?.source).toContain(from);
    expect(claim).toBeDefined();
    const run = (source: string) => compileFunction(source, code?.exportName ?? '');
    const problems = (source: string) =>
      claim?.shows.map((w) => witnessProblem(run(source), w)).filter(Boolean);
    expect(problems(code?.source ?? '')).toEqual([]);
    expect(problems((code?.source ?? '').split(from).join(to))?.length).toBeGreaterThan(0);
  });
});
