import type { EndpointSpec } from '@sf/service-spec';
import type { FunctionDesign, WorkedExample } from '../catalog/catalog-entry';
import { recogniseFeature } from '../catalog/catalog';
import { asSaid, featureWords, refuses } from '../catalog/feature-words';
import { statedFolds } from '../catalog/text-fold';
import { addChecks } from './catalog-checks';
import { catalogDesignOf } from './catalog-endpoints';
import type { ContractBuilder } from './contract-builder';
import { claimComputation } from './refusal-features';

/*
 * Stated properties of a text computation, each a key feature of its own beside the feature asking for the
 * computation: "never a hyphen at the start or end", "no repeated hyphens", "punctuation is removed", "accents are
 * dropped (é → e)", "an empty text has 0 words". A property is claimed by the computation only when the family's
 * reference semantics keep it on inputs that would break it (text with punctuation at both ends, a run of dashes,
 * accented letters, the empty text): those become worked examples of their own, quoting the feature, with the
 * answers the reference gives. A computation that does not keep it (a slug with stated foldings has no reference to
 * ask), or a feature saying more than the properties it states, leaves the feature to the other readings; the gate
 * then refuses it when nothing realises it.
 */

/** One property a feature can state of a computation. */
interface TextProperty {
  /** The catalog functions it is said of. */
  functions: string[];
  /** Whether the folded feature states it. */
  reads: (folded: string) => boolean;
  /** The words that state it (beside those of the computation they are said of). */
  vocabulary: RegExp;
  /** Texts that would break it if the computation did not keep it. */
  probes: (feature: string) => string[];
  /** Whether the answer to `input` keeps it. */
  holds: (input: string, answer: Record<string, unknown>, feature: string) => boolean;
}

const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]/g, ' ');

const HYPHEN =
  /\b(?:hyphens?|dash(?:es)?|separators?|bindestrich\w*|trennstrich\w*|trennzeichen|guion(?:es)?|tirets?|trattin[oi]|hifen(?:s|es)?|tracos?)\b/;
const EDGE =
  /\b(?:start|starts|end|ends|begin|begins|beginning|edges?|leading|trailing|beginnt|endet|empieza|empiezan|termina|terminan|commence|commencent|finit|finissent|inizia|iniziano|finisce|comeca|comecam|terminam|anfang|ende|enden|beginn|rand|principio|inicio|final|extremos|comienzo|debut|fin|bouts|extremites|inizio|fine|estremi|fim|pontas|extremidades)\b/;
const NEVER =
  /\b(?:never|no|not|without|nie|niemals|kein\w*|nunca|ni|sin|jamais|sans|aucun\w*|mai|senza|nessun\w*|nem|sem|nenhum\w*|nao)\b/;
const RUN =
  /\b(?:repeated|double|doubled|consecutive|in a row|twice|doppelt\w*|mehrfach\w*|aufeinanderfolgend\w*|seguidos|dobles|repetidos|consecutivos|de suite|doubles|doubl\w*|repetes|consecutifs|doppi|ripetuti|consecutivi|di fila|duplos|seguidas|consecutivas)\b/;
/** Words saying a run becomes one: "repeated dashes are merged", "guiones repetidos se unen en uno". */
const MERGED =
  /\b(?:merged|merge|collapsed|collapse|squashed|zusammengefasst|zusammengezogen|fusionan|fusionad\w*|fusionn\w*|fusionat\w*|fundid\w*|se unen|unid[oa]s|uniti|reduced to one|become one|zu einem)\b/;
const PUNCTUATION = /\b(?:punctuation|satzzeichen|puntuacion|ponctuation|punteggiatura|pontuacao)\b/;
const ACCENTS = /\b(?:accents?|diacritics?|akzente?|acentos?|accenti|accento|tildes?)\b/;
const REMOVED =
  /\b(?:removed|dropped|stripped|folded|gone|taken out|entfernt|fallen weg|weg|gestrichen|quitad\w*|eliminad\w*|se quitan|se eliminan|enlev\w*|supprim\w*|retir\w*|tolt\w*|rimoss\w*|eliminat\w*|removid\w*|retirad\w*)\b/;
/** Words saying the opposite of a removal: "accents are kept", "hyphens at the ends stay". */
const KEPT =
  /\b(?:kept|keep|keeps|stay|stays|remain|remains|preserved|bleiben|behalten|erhalten|se mantienen|se conservan|conserv\w*|gard\w*|restano|mantenut\w*|mantid\w*|permanecem)\b/;
const EMPTY_TEXT = /\b(?:empty|leer\w*|vaci[oa]|vide|vuot[oa]|vazi[oa])\b/;
const ZERO = /(?:\b0\b|\b(?:zero|null|cero|nul|nulle)\b)/;
const WORDS = /\b(?:words?|worter|wort|palabras?|mots?|parole|parola|palavras?|counts?)\b/;

const CASE =
  /\b(?:case|upper|lower|capitals?|uppercase|lowercase|gross\w*|klein\w*|mayusculas?|minusculas?|majuscules?|minuscules?|maiuscol\w*|minuscol\w*|maiusculas?|casse)\b/;
const SAME =
  /\b(?:same|ignored|ignore|ignoring|do not matter|does not matter|doesn t matter|don t matter|egal|gleich|igual|iguales|da igual|ignora\w*|pas d importance|meme|memes|ignore\w*|non contano|uguali|stessa|indifferente|nao importa|iguais|mesma)\b/;
/** "Without distinguishing" says the same as "the same": "sin distinguir mayúsculas", "sans distinguer la casse". */
const NOT_DISTINGUISHING =
  /\b(?:without distinguishing|sin distinguir|sans distinguer|senza distinguere|sem distinguir|ohne zu unterscheiden)\b/g;
const DIFFERENT =
  /\b(?:different|distinct|differ\w*|verschieden\w*|unterschied\w*|unterscheid\w*|distint\w*|diferentes?|distingu\w*|divers\w*)\b/;
const COUNT_AS =
  /\b(?:count|counts|treated|considered|zahlen|gelten|cuentan|comptent|contano|contam|letters?)\b/;

const slugOf = (a: Record<string, unknown>) => (typeof a.slug === 'string' ? a.slug : '');
const lettersOf = (text: string) => fold(text).replace(/[^a-z0-9]/g, '');

const PROPERTIES: TextProperty[] = [
  {
    // No separator at either end.
    functions: ['text.slugify'],
    reads: (f) => HYPHEN.test(f) && EDGE.test(f) && NEVER.test(f) && !KEPT.test(f),
    vocabulary: new RegExp(`${HYPHEN.source}|${EDGE.source}|${NEVER.source}`),
    probes: () => ['--Hello, World!--', '  (Draft) notes: part 2! '],
    holds: (_input, a) => slugOf(a) !== '' && !/^[-_]|[-_]$/.test(slugOf(a)),
  },
  {
    // One separator between words, never two.
    functions: ['text.slugify'],
    reads: (f) => HYPHEN.test(f) && RUN.test(f) && (NEVER.test(f) || MERGED.test(f)) && !KEPT.test(f),
    vocabulary: new RegExp(
      `${HYPHEN.source}|${RUN.source}|${NEVER.source}|${MERGED.source}|\\b(?:two|zwei|dos|deux|due|dois)\\b`,
    ),
    probes: () => ['Ten Tips -- Part 2', 'Q&A:  what?! now'],
    holds: (_input, a) => slugOf(a) !== '' && !/--|__|-_|_-/.test(slugOf(a)),
  },
  {
    // Punctuation gone: only letters, digits and single separators between them.
    functions: ['text.slugify'],
    reads: (f) => PUNCTUATION.test(f) && REMOVED.test(f) && !KEPT.test(f),
    vocabulary: new RegExp(`${PUNCTUATION.source}|${REMOVED.source}`),
    probes: () => ['Hello, World!', 'What?! (really) "yes"; no.'],
    holds: (_input, a) => /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/.test(slugOf(a)),
  },
  {
    // Accents dropped: the same letters without their marks (é → e), as the feature states them when it does.
    functions: ['text.slugify'],
    reads: (f) => ACCENTS.test(f) && (REMOVED.test(f) || statedFolds(f).length > 0) && !KEPT.test(f),
    vocabulary: new RegExp(`${ACCENTS.source}|${REMOVED.source}`),
    probes: (feature) => [
      'Crème brûlée à Paris',
      'Año Nuevo en Mérida',
      ...statedFolds(feature).map(([from]) => `${from}a ${from.toUpperCase()}b`),
    ],
    holds: (input, a, feature) => {
      const slug = slugOf(a);
      if (!/^[a-z0-9_-]+$/.test(slug)) return false;
      // A folding the feature states ("ç vira c") is shown by its own probe, the others by their plain letters.
      const stated = statedFolds(feature).find(([from]) => input.startsWith(`${from}a`));
      return stated ? slug.startsWith(`${stated[1]}a`) : slug.replace(/[-_]/g, '') === lettersOf(input);
    },
  },
  {
    // Upper and lower case read as the same letter.
    functions: ['text.palindrome'],
    reads: (f) => {
      const g = f.replace(NOT_DISTINGUISHING, ' same ');
      return CASE.test(g) && SAME.test(g) && !DIFFERENT.test(g);
    },
    vocabulary: new RegExp(`${CASE.source}|${SAME.source}|${COUNT_AS.source}|${NOT_DISTINGUISHING.source}`),
    probes: () => ['Racecar', 'Never odd or Even'],
    holds: (_input, a) => a.palindrome === true,
  },
  {
    // An empty text counted, not refused: 0 words.
    functions: ['text.statistics'],
    reads: (f) => EMPTY_TEXT.test(f) && ZERO.test(f) && WORDS.test(f),
    vocabulary: new RegExp(`${EMPTY_TEXT.source}|${ZERO.source}|${WORDS.source}`),
    probes: () => [''],
    holds: (_input, a) => a.words === 0,
  },
];

/** Words that name nothing in particular: articles, verbs of being and having, prepositions. */
const FILLER = new Set(
  (
    'the a an is are be of at in on or and its it every any all there should must may can will has have with ' +
    'der die das den dem des ein eine einer am im an und oder ist sind wird werden darf durfen soll es gibt ' +
    'el la los las un una de del al en y o es son se debe deben hay que con ' +
    'le les une des du au aux et ou est sont doit doivent il y a avec de ' +
    'il lo gli un una di del della all alla e o sono deve devono ci ' +
    'o os as um uma do da dos das no na e ou sao deve devem ha com vira become becomes into turns wird zu ' +
    'haber existir geben avoir avere haver ter'
  ).split(' '),
);

/** The properties a feature states, when it states only those (none when it says anything else or refuses). */
export function readTextProperties(feature: string): TextProperty[] {
  const folded = fold(feature);
  if (folded.length > 200 || /[{}/]/.test(feature) || refuses(featureWords(feature))) return [];
  return PROPERTIES.filter((p) => p.reads(folded));
}

/** The words of the folded feature that state one of the properties read (phrases such as "in a row" whole). */
function statingWords(folded: string, read: TextProperty[]): Set<string> {
  const words = new Set<string>();
  for (const p of read)
    for (const m of folded.matchAll(new RegExp(p.vocabulary.source, 'g')))
      for (const w of featureWords(m[0])) words.add(w);
  return words;
}

/** Whether every word of the feature states a property read, names the computation, or says nothing in particular. */
function saysOnly(feature: string, read: TextProperty[], design: FunctionDesign, claimed: string[]): boolean {
  const stating = statingWords(fold(feature), read);
  const own = new Set([...featureWords(design.summary), ...claimed.flatMap((f) => featureWords(f))]);
  return featureWords(feature).every(
    (w) => FILLER.has(w) || w.length < 2 || /^\d+$/.test(w) || stating.has(w) || own.has(w),
  );
}

/** The worked examples showing every property on design `d`, or null when the reference does not keep one. */
function examplesOf(d: FunctionDesign, read: TextProperty[], feature: string): WorkedExample[] | null {
  const text = d.inputs.find((i) => i.field.type === 'string' && !i.fromPath);
  const base = d.examples[0]?.input;
  if (!d.reference || !text || !base) return null;
  const said = asSaid(feature);
  const out: WorkedExample[] = [];
  for (const p of read) {
    for (const probe of p.probes(feature)) {
      // An empty text is no input of a computation whose validation refuses it.
      if (probe === '' && text.field.allow_empty !== true) return null;
      const params: Record<string, unknown> = {};
      for (const i of d.inputs) if (i.field.name in base) params[i.param] = base[i.field.name];
      params[text.param] = probe;
      const answer = d.reference.compute(params);
      if (!answer.ok) return null;
      const output: Record<string, unknown> = {};
      for (const o of d.outputs) if (o.result in answer.results) output[o.field] = answer.results[o.result];
      if (!p.holds(probe, output, feature)) return null;
      out.push({
        description: `${JSON.stringify(probe)} answers ${JSON.stringify(output)} ("${said}").`,
        input: { ...base, [text.field.name]: probe },
        output,
      });
    }
  }
  return out;
}

/**
 * Claims a property-only feature on every text computation it is said of that keeps it, with its worked
 * examples; false (the contract untouched) when it states none, says more, or one such computation does not keep it.
 */
export function attachTextProperty(b: ContractBuilder, feature: string): boolean {
  const read = readTextProperties(feature);
  if (read.length === 0) return false;
  const found: { e: EndpointSpec; examples: WorkedExample[] }[] = [];
  for (const e of b.contract.endpoints) {
    const d = catalogDesignOf(e);
    if (!d || !read.every((p) => p.functions.includes(d.function))) continue;
    if (!saysOnly(feature, read, d, e.features)) return false;
    const examples = examplesOf(d, read, feature);
    if (examples === null) return false;
    found.push({ e, examples });
  }
  for (const { e, examples } of found) {
    addChecks(b, e, examples, []);
    claimComputation(e, feature);
  }
  return found.length > 0;
}

/**
 * Whether a feature only states properties of a computation another feature of the intent asks for ("no repeated
 * hyphens" beside a slug): it is held back until that computation is designed. Alone, or beside nothing it is said
 * of, it is read as ever ("remove accents (é → e)" is a computation of its own).
 */
export function statesTextProperty(feature: string, features: string[]): boolean {
  const read = readTextProperties(feature);
  if (read.length === 0) return false;
  const fn = (f: string) => {
    const found = recogniseFeature(f);
    return found && 'design' in found ? found.design.function : null;
  };
  const own = fn(feature);
  if (own !== null && read.some((p) => p.functions.includes(own))) return false;
  return features.some((f) => {
    if (f === feature) return false;
    const other = fn(f);
    if (other !== null) return read.every((p) => p.functions.includes(other));
    // A route spelled out is bound to its computation later ("POST /slugify with {"text": string} …"): one naming
    // the computation is enough to wait for it (what is not claimed is designed as before).
    const words = featureWords(f);
    return read.every((p) => p.functions.some((id) => words.some((w) => NAMES[id]?.test(w))));
  });
}

/** The word naming each computation properties are said of. */
const NAMES: Readonly<Record<string, RegExp>> = {
  'text.slugify': /^slug/,
  'text.palindrome': /^palindrom/,
  'text.statistics': /^(?:words?|count|counts|stats|statistics)$/,
};
