import type { AcceptanceCheck, EndpointSpec } from '../spec-contract';
import { label, lastStep } from './worked-examples';

/*
 * A slug's maximum length said with a cut ("the slug is at most 20 characters, cut at a word boundary", "au plus
 * 50 caractères : on coupe entre deux mots") shortens the slug; it refuses nothing. It is realised only by slug
 * makers (`text.slugify`) set to that length and to the cut after whole words (option cut "word" — the only cut
 * a slug maker is designed with when a feature says one), whose worked answers are all within the length.
 */

/** Words saying a longer slug is cut (folded, lower case). */
const CUT =
  /\b(?:cut|cuts|truncat\w*|shorten\w*|gekurzt|abgeschnitten|kurz\w*|cort\w*|recort\w*|trunc\w*|coup\w*|tronqu\w*|raccourci\w*|tagli\w*|tronca\w*|accorcia\w*)\b/;

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether a length rule is a slug's cut rather than a refused length. */
export function saysSlugCut(feature: string): boolean {
  const text = fold(feature);
  return /\bslugs?\b/.test(text) && CUT.test(text);
}

/** What the endpoints lack to cut their slugs at `max` characters after whole words. */
export function slugCutProblems(max: number, endpoints: EndpointSpec[], checks: AcceptanceCheck[]): string[] {
  const problems: string[] = [];
  for (const e of endpoints) {
    const b = e.behavior as { kind: string; function?: string; options?: Record<string, unknown> };
    if (b.kind !== 'function' || b.function !== 'text.slugify')
      problems.push(`it cuts a slug at ${max} characters, but ${label(e)} makes no slug`);
    else if (b.options?.max_length !== max || b.options?.cut !== 'word')
      problems.push(`it cuts a slug at ${max} characters after whole words, but ${label(e)} is not set so`);
  }
  const ids = new Set(endpoints.map((e) => e.id));
  const answered = checks
    .filter((c) => ids.has(c.endpoint_id) && c.kind === 'happy')
    .map((c) => (lastStep(c).expect.body_contains as Record<string, unknown> | undefined)?.slug)
    .filter((s): s is string => typeof s === 'string');
  if (answered.length === 0) problems.push('it cuts a slug, but no worked example answers one');
  if (answered.some((s) => s.length > max))
    problems.push(`it cuts a slug at ${max} characters, but a worked example answers a longer one`);
  return problems;
}
