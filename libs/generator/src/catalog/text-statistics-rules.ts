import { glossIn, type Language } from './feature-words';

/*
 * Rules a feature states about what the text statistics count: where a sentence ends ("a sentence ends with a
 * full stop, a question mark or an exclamation mark", "ein Satz endet mit einem Punkt, …") and whether a dash
 * standing on its own is a word ("a dash standing on its own is not a word", "un guion suelto no cuenta como
 * palabra"). The counts end a sentence at . ! and ? only: a feature naming other ends (a semicolon, a line
 * break) or only some of those three states another rule, which they do not follow.
 */

const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]/g, ' ');

/** A sentence said to end ("a sentence ends with", "Satzende", "une phrase se termine par"), folded. */
const SENTENCE_ENDS =
  /\b(?:sentences? (?:ends?|ending|is ended|are ended|finish\w*|stops?)|ends? (?:of )?a sentence|satz(?:es)? (?:endet|enden|hort auf)|satzende\w*|satze enden|(?:oracion|oraciones|frase|frases) (?:termina\w*|acaba\w*|finaliza\w*)|fin de (?:la )?(?:oracion|frase)|phrases? (?:se )?termin\w*|phrases? (?:finit|finissent)|fin (?:de|d) (?:une )?phrase|fras[ei] (?:finisc\w*|termin\w*)|fine (?:della|di una) frase)\b/;
const QUESTION =
  /\b(?:question marks?|fragezeichen|(?:signos? de )?interrogacion|points? d interrogation|punt[oi] interrogativ[oi]|punt[oi] di domanda|pontos? de interrogacao)\b/;
const EXCLAMATION =
  /\b(?:exclamation (?:marks?|points?)|ausrufezeichen|(?:signos? de )?exclamacion|points? d exclamation|punt[oi] esclamativ[oi]|pontos? de exclamacao)\b/;
const FULL_STOP = /\b(?:full stops?|periods?|dots?|punkt|punto|point|punti|ponto(?: final)?)\b/;
/** Ends of a sentence the counts do not take. */
const OTHER_ENDS =
  /\b(?:semicolons?|colons?|line breaks?|newlines?|new lines?|ellips[ei]s|paragraphs?|semikolon|doppelpunkt|zeilenumbruch\w*|absatz|punto y coma|dos puntos|salto de linea|point virgule|deux points|retour a la ligne|punto e virgola|due punti|a capo|ponto e virgula|dois pontos|quebra de linha)\b/;
/** A mark written as itself after the rule ("ended by . ! or ?"), not a sentence's own final stop. */
const MARK = /(?:^|[\s"'(«,/])([.!?;:…])(?=[\s"'),»/]|$)/g;

/**
 * How a feature says a sentence ends: 'stated' when it names exactly the ends the counts take (full stop,
 * question mark, exclamation mark), 'other' when it names others or fewer, null when it says nothing of it.
 */
export function sentenceEndRule(text: string): 'stated' | 'other' | null {
  const folded = fold(text);
  const at = folded.search(SENTENCE_ENDS);
  if (at < 0) return null;
  const rule = folded.slice(at);
  const marks = new Set([...text.slice(text.length - rule.length).matchAll(MARK)].map((m) => m[1]));
  if (QUESTION.test(rule)) marks.add('?');
  if (EXCLAMATION.test(rule)) marks.add('!');
  // "point d'interrogation" and "punto esclamativo" hold the word for a full stop: read them first.
  const rest = rule.replace(new RegExp(QUESTION, 'g'), ' ').replace(new RegExp(EXCLAMATION, 'g'), ' ');
  if (FULL_STOP.test(rest)) marks.add('.');
  if (OTHER_ENDS.test(rule) || [...marks].some((m) => !'.!?'.includes(m))) return 'other';
  return marks.size === 3 ? 'stated' : 'other';
}

const DASH =
  /\b(?:dash(?:es)?|hyphens?|minus(?: signs?)?|gedankenstrich\w*|bindestrich\w*|strich|guion(?:es)?|raya|tirets?|trattin[oi]|lineett[ae]|hifen(?:s|es)?|travess(?:ao|oes)|tracos?)\b/;
const ALONE =
  /\b(?:on (?:its|their) own|alone|lone|by (?:itself|themselves)|standing|isolated|single|alleinstehend\w*|einzeln\w*|allein\w*|frei ?stehend\w*|suelt[oa]s?|aislad[oa]s?|sol[oa]s?|seuls?|isole(?:s)?|tout seul|da sol[oa]|isolat[oi]|sozinh[oa]s?|isolad[oa]s?|avulso)\b/;
const NOT_A_WORD =
  /\b(?:(?:not|isn t|aren t|doesn t|don t) (?:a |count(?:ed)? as (?:a )?)?words?|no words?|never (?:a )?words?|kein(?:e|en)? wort|nicht als wort|nicht (?:gezahlt|mitgezahlt)|no (?:es|son|cuenta\w*) (?:como )?(?:una )?palabras?|no se cuenta\w*|n est pas un mot|ne (?:sont|compte\w*) pas|pas (?:un|comme un) mot|non (?:e|sono|conta\w*) (?:come )?(?:una )?parol[ae]|nao (?:e|sao|conta\w*) (?:como )?(?:uma )?palavras?)\b/;

/** Whether a feature says that a dash standing on its own is not a word (folded words of the six languages). */
export function dashIsNoWord(text: string): boolean {
  const folded = fold(text);
  return DASH.test(folded) && ALONE.test(folded) && NOT_A_WORD.test(folded);
}

const SENTENCE_END_GLOSS: Partial<Record<Language, string>> = {
  de: ' Ein Satz endet mit einem Punkt, einem Fragezeichen oder einem Ausrufezeichen (Satzende).',
  es: ' Una oración (frase) termina en punto, signo de interrogación o signo de exclamación.',
  fr: " Une phrase se termine par un point, un point d'interrogation ou un point d'exclamation.",
  it: ' Una frase finisce con un punto, un punto interrogativo o un punto esclamativo.',
  pt: ' Uma frase termina com um ponto final, um ponto de interrogação ou um ponto de exclamação.',
};

const DASH_GLOSS: Partial<Record<Language, string>> = {
  de: ' Ein alleinstehender Strich (Bindestrich oder Gedankenstrich) zählt nicht als Wort.',
  es: ' Un guion o una raya suelta (aislada) no cuenta como palabra.',
  fr: ' Un tiret seul (isolé) ne compte pas comme un mot.',
  it: ' Un trattino da solo (isolato) non conta come parola.',
  pt: ' Um hífen ou travessão sozinho (isolado) não conta como palavra.',
};

/** The summary sentences of the rules a feature states, in English and its own languages. */
export function rulesSummary(rules: { sentenceEnds: boolean; dashNotWord: boolean }, languages: Language[]) {
  return (
    (rules.sentenceEnds
      ? ' A sentence ends with a full stop (period, .), a question mark (?) or an exclamation mark (!).' +
        glossIn(SENTENCE_END_GLOSS, languages)
      : '') +
    (rules.dashNotWord
      ? ' A dash standing on its own (-, – or — between spaces) is not a word; a hyphenated word (well-known) ' +
        'is one word.' +
        glossIn(DASH_GLOSS, languages)
      : '')
  );
}

/** Texts with lone dashes and a hyphenated word, counted by hand: words, characters, sentences, both extras. */
export const DASH_FACTS: [string, number, number, number, string, string][] = [
  ['Yes - no – maybe — fine.', 4, 24, 1, 'fine', 'maybe'],
  ['A well-known fact - really.', 4, 27, 1, 'a', 'well-known'],
];
