import type { EndpointSpec } from '@sf/service-spec';
import type { FunctionDesign, WorkedExample } from '../catalog/catalog-entry';
import { featureWords, refuses } from '../catalog/feature-words';
import type { ContractBuilder } from './contract-builder';
import { addChecks } from './catalog-checks';
import { catalogDesignOf } from './catalog-endpoints';
import { claimComputation, inputNaming, same } from './refusal-features';

/*
 * Features that only say how a check reads what it is sent, as users write them after the check itself: "spaces
 * in the IBAN are ignored", "lower case is accepted", "los espacios entre los grupos de cifras se ignoran", "aceita
 * o CPF com ou sem pontos e hífen", "Leerzeichen und Bindestriche werden ignoriert". A check that already reads its
 * input so (the IBAN check drops spaces and reads lower case; the CPF check drops dots, dashes and spaces) realises
 * such a feature, with a worked example of its own: one of the check's answered examples sent written that way,
 * answered the same. A feature naming a way of writing the check does not read (hyphens in an IBAN), anything
 * refused, or words that name neither the check's input nor its computation, stays unrealised.
 */

/** Ways of writing an input that a check may read as the compact form. */
export type Tolerance = 'spaces' | 'hyphens' | 'dots' | 'lower';

const TOLERANCE_WORDS: Record<Tolerance, RegExp> = {
  spaces:
    /^(?:spaces?|whitespaces?|blanks|leerzeichen|espacios?|espaces?|spazi|spazio|espacos?|espacamentos?)$/,
  hyphens:
    /^(?:hyphens?|dash(?:es)?|bindestrich(?:e)?|striche?|guion(?:es)?|tirets?|trattin[oi]|hifen(?:s)?|tracos?|traco)$/,
  dots: /^(?:dots?|points?|periods?|punkte?|puntos?|punti|pontos?)$/,
  lower: /^(?:lowercase|kleinbuchstaben|kleinschreibung|minusculas?|minuscules?|minuscol[ae])$/,
};

/** "lower case", "lettres minuscules", "in Kleinbuchstaben": read as one word before the others. */
const LOWER_CASE = /\b(?:lower ?case|small letters|upper or lower case|any case|maiuscole e minuscole)\b/g;

/** Words that say the way of writing is read, not refused ("ignored", "accepted", "with or without"). */
const TOLERATED =
  /\b(?:ignor\w*|accept\w*|allowed|fine|ok|okay|tolerat\w*|erlaubt|akzeptiert|zulassig|egal|acepta\w*|admit\w*|permit\w*|valen|acceptee?s?|autorise\w*|accettat\w*|ammess\w*|consentit\w*|aceit\w*|permitid\w*|with or without|mit oder ohne|con o sin|avec ou sans|con o senza|com ou sem|do not matter|don t matter|dont matter|no importan|spielen keine rolle|n importent pas|non contano|nao importam)\b/;

/** Words that bind the sentence and name nothing of the check's. */
const FILLER = new Set(
  (
    'the a an in of and or is are be as well too also input inside between any it its their with without ' +
    'der die das den dem des in im und oder werden wird sind ist mit ohne auch zwischen ' +
    'el la los las en de del y o se son es con sin entre tambien ' +
    'le la les l un une des dans de du et ou sont est avec sans entre aussi ' +
    'il lo gli i nel nella e o sono viene vengono con senza tra anche ' +
    'o a os as no na do da dos das e ou sao com sem entre tambem ' +
    'groups group gruppen grupos groupes gruppi digit digits ziffern cifras chiffres cifre digitos ' +
    'number numbers nummer numero numeros letters letter buchstaben letras lettres lettere case upper'
  ).split(' '),
);

/** What a feature says is tolerated, and the words left to name the check's input; null when it says else. */
export function readTolerance(feature: string): { tolerated: Tolerance[]; words: string[] } | null {
  if (/[/{}]/.test(feature)) return null;
  const words = featureWords(feature);
  if (words.length === 0 || words.length > 18 || refuses(words)) return null;
  const text = words.join(' ');
  if (!TOLERATED.test(text)) return null;
  const tolerated = new Set<Tolerance>();
  if (LOWER_CASE.test(text)) tolerated.add('lower');
  LOWER_CASE.lastIndex = 0;
  const rest = featureWords(text.replace(LOWER_CASE, ' ').replace(TOLERATED, ' '));
  const left: string[] = [];
  for (const w of rest) {
    const kind = (Object.keys(TOLERANCE_WORDS) as Tolerance[]).find((k) => TOLERANCE_WORDS[k].test(w));
    if (kind) tolerated.add(kind);
    else if (w.length >= 3 && !/^\d/.test(w) && !FILLER.has(w) && !TOLERATED.test(w)) left.push(w);
  }
  if (tolerated.size === 0 || left.length > 3) return null;
  return { tolerated: [...tolerated], words: left };
}

/** What each check reads as its compact form (from the emitted code's own normalisation), by function id. */
function readsSo(d: FunctionDesign): Tolerance[] {
  switch (d.function) {
    case 'iban.validate':
      return ['spaces', 'lower'];
    case 'luhn.validate':
      return d.options?.hyphens === true ? ['spaces', 'hyphens'] : ['spaces'];
    case 'isbn.validate':
    case 'isbn.convert':
      return ['spaces', 'hyphens'];
    case 'cpf.validate':
      return ['spaces', 'hyphens', 'dots'];
    case 'dni.validate':
      return ['spaces', 'hyphens', 'lower'];
    default:
      return [];
  }
}

/** `value` written the ways the feature names: grouped by spaces, hyphens or dots, in lower case. */
export function writtenSo(value: string, tolerated: Tolerance[]): string {
  let out = value;
  if (tolerated.includes('lower')) out = out.toLowerCase();
  const seps = (['spaces', 'hyphens', 'dots'] as Tolerance[])
    .filter((t) => tolerated.includes(t))
    .map((t) => (t === 'spaces' ? ' ' : t === 'hyphens' ? '-' : '.'));
  if (seps.length === 0) return out;
  // Groups of three, their separators taken in turn: "529.982-247 25".
  const groups = out.match(/.{1,3}/g) ?? [out];
  return groups.reduce((s, g, i) => (i === 0 ? g : `${s}${seps[(i - 1) % seps.length]}${g}`), '');
}

/** The one text input of a check, or null. */
function textInput(d: FunctionDesign): FunctionDesign['inputs'][number]['field'] | null {
  const input = d.inputs.filter((i) => !i.fromPath && i.field.type === 'string');
  return input.length === 1 ? input[0].field : null;
}

/** Whether every word left names the check's input, or belongs to what the check states (none: any check). */
function namesCheck(d: FunctionDesign, words: string[]): boolean {
  const field = textInput(d);
  if (!field) return false;
  const vocabulary = featureWords(d.summary);
  return words.every((w) => inputNaming(w, { field }) > 0 || vocabulary.some((v) => same(v, w)));
}

/** The worked example showing the tolerance: an answered example's input written so, the same answer. */
function exampleFor(d: FunctionDesign, tolerated: Tolerance[]): WorkedExample | null {
  const field = textInput(d);
  if (!field) return null;
  const base = d.examples.find((x) => typeof x.input[field.name] === 'string');
  if (!base) return null;
  const compact = String(base.input[field.name])
    .replace(/[\s.-]/g, '')
    .toUpperCase();
  const sent = writtenSo(compact, tolerated);
  if (sent === compact) return null;
  return {
    description: `${field.name} ${JSON.stringify(sent)} is read as ${JSON.stringify(compact)}: the same answer`,
    input: { ...base.input, [field.name]: sent },
    output: base.output,
  };
}

/**
 * Realises a feature that says how a check reads its input on every check that reads it so, with a worked example
 * each; false when no check does, or when one the feature's words name does not (the feature cannot hold there).
 */
export function realiseTolerance(b: ContractBuilder, feature: string): boolean {
  const reading = readTolerance(feature);
  if (!reading) return false;
  const found: { e: EndpointSpec; example: WorkedExample }[] = [];
  for (const e of b.contract.endpoints) {
    const d = catalogDesignOf(e);
    const reads = d ? readsSo(d) : [];
    if (!d || reads.length === 0 || !namesCheck(d, reading.words)) continue;
    if (!reading.tolerated.every((t) => reads.includes(t))) return false;
    const example = exampleFor(d, reading.tolerated);
    if (!example) return false;
    found.push({ e, example });
  }
  for (const { e, example } of found) {
    addChecks(b, e, [example], []);
    claimComputation(e, feature);
  }
  return found.length > 0;
}
