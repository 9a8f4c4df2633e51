import type { EndpointSpec } from '../spec-contract';

/*
 * A feature naming the letter cases it converts to ("upper, lower, title or snake case", "the caller says which
 * one") claimed by a case conversion: every case it names must be answered, and a choice left to the caller must be
 * an input of the request (blind h12: a conversion answering snake, camel, kebab … — no upper, no lower, no choice —
 * deployed green).
 */

const STYLES: [string, RegExp][] = [
  [
    'upper',
    /\bupper\b|\buppercase\b|\bmajuscul\w*|\bgross(?:buchstab\w*|schreib\w*)|\bmayuscul\w*|\bmaiuscol\w*|\bmaiuscul\w*/,
  ],
  ['lower', /\blower\b|\blowercase\b|\bminuscul\w*|\bklein(?:buchstab\w*|schreib\w*)|\bminuscol\w*/],
  ['title', /\btitle\b|\btitel\w*|\btitulo\b|\btitre\b|\btitolo\b/],
  ['snake', /\bsnake\w*/],
  ['camel', /\bcamel\w*/],
  ['kebab', /\bkebab\w*/],
  ['pascal', /\bpascal\w*/],
  ['constant', /\bconstant\w*/],
];

const CHOICE =
  /\b(?:which one|says which|(?:the caller|they|you|user) (?:chooses?|picks?|says)|chos[ea]n|choose|pick(?:ed)?|select(?:ed)?|(?:aus)?wahl\w*|wahlt|elig\w*|elegid\w*|escog\w*|choisi\w*|scegli\w*|scelt\w*|escolh\w*)\b/;

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’_-]/g, ' ');

function requestFields(e: EndpointSpec) {
  return [...(e.request.body?.fields ?? []), ...(e.request.query ?? [])];
}

/** What a case conversion claiming `feature` leaves out of the cases it names, or of the caller's choice. */
export function caseStyleProblems(feature: string, endpoints: EndpointSpec[]): string[] {
  const text = fold(feature);
  if (
    !/\bcase\b|\bcasse\b|\bschreibweise\b|\bmayusculas\b|\bmaiuscol/.test(text) &&
    !/\bsnake\b|\bcamel\b|\bkebab\b/.test(text)
  )
    return [];
  const named = STYLES.filter(([, pattern]) => pattern.test(text)).map(([style]) => style);
  if (named.length < 2) return [];
  const problems: string[] = [];
  for (const e of endpoints) {
    if (e.behavior.kind !== 'function' || e.behavior.function !== 'text.case-conversion') continue;
    const answered = [
      ...Object.keys(e.behavior.outputs),
      ...requestFields(e).flatMap((f) => (f.enum ?? []).map(String)),
    ].map(fold);
    const missing = named.filter((style) => !answered.some((a) => a.split(' ').includes(style)));
    const where = `${e.method} ${e.path}`;
    if (missing.length > 0)
      problems.push(`it names the ${missing.join(', ')} case, which ${where} does not answer`);
    if (CHOICE.test(text) && !requestFields(e).some((f) => (f.enum ?? []).length >= 2))
      problems.push(`it lets the caller choose the case, but ${where} reads no choice of case`);
  }
  return problems;
}
