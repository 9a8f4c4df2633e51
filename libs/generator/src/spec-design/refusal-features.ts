import { readInputRules, sameTerm, wordPairMemo, type EndpointSpec, type FieldSpec } from '@sf/service-spec';
import type { FunctionDesign, Refusal } from '../catalog/catalog-entry';
import { recogniseFeature } from '../catalog/catalog';
import { asSaid, featureWords, refuses } from '../catalog/feature-words';
import type { ContractBuilder } from './contract-builder';
import { addChecks } from './catalog-checks';
import { catalogDesignOf } from './catalog-endpoints';

/*
 * Key features that only say what is refused, naming inputs of another feature's computation by their domain
 * words ("zero or negative weights are rejected", "unbekannte Einheiten werden abgelehnt", "si falta la
 * altura, error", "une liste vide est refusée"). Designed after every other feature (like the constraints of
 * constraint-features.ts): each word of the feature must name an input of one computation, or belong to what
 * that computation states; every input it names must be refused that way by the computation's own validation
 * (a refusal its family computed), and those refusals become the feature's worked examples. A feature naming
 * anything the intent does not have is not attached here.
 */

/** What kind of value a refusal-only feature refuses. */
export type RefusedKind = 'not_positive' | 'negative' | 'below' | 'unknown' | 'empty' | 'missing';

export interface InputRefusal {
  kind: RefusedKind;
  /** The bound of `below`: values under it are refused. */
  limit?: number;
  /**
   * The feature's content words: those that should name inputs (or the computation). None when the feature
   * names only values in general ("negative values are not allowed", "i valori negativi non sono ammessi"):
   * then every input of the kind refused (a number, or one of listed values) is meant.
   */
  words: string[];
}

/** The kinds a feature naming no input can refuse of every input: numbers out of range, unlisted values. */
const GENERAL_KINDS: RefusedKind[] = ['negative', 'not_positive', 'below', 'unknown'];

const N = '(\\d+(?:[.,]\\d+)?)';
const KINDS: { kind: RefusedKind; pattern: RegExp }[] = [
  {
    kind: 'missing',
    pattern:
      /\b(?:missing|absent|omitted|fehlt|fehlen\w*|falta\w*|manquant\w*|mancant\w*|ausente\w*|sin|without|ohne|sans|senza|sem)\b/,
  },
  { kind: 'empty', pattern: /\b(?:empty|blank|leer\w*|vaci[oa]s?|vides?|vuot[oaie]|vazi[oa]s?)\b/ },
  {
    kind: 'unknown',
    pattern:
      /\b(?:unknown|unrecogni[sz]ed|unsupported|other than|unbekannt\w*|desconocid\w*|inconnue?s?|sconosciut\w*|desconhecid\w*|(?:we|wir|no|nous|non) (?:do not|don t|dont|nicht|ne)? ?(?:know|kenn\w*|conoc\w*|connai\w*|conosc\w*)(?: pas| nicht)?)\b/,
  },
  {
    kind: 'not_positive',
    pattern:
      /\b(?:(?:zero|null|cero|nul|nulo|nula|0)\s+(?:or|oder|o|ou)\s+(?:less|below|under|lower|weniger|darunter|menos|moins|negativ\w*|negatif\w*)|negati\w*\s+(?:or|oder|o|ou)\s+(?:zero|null|nul|nulle?|nul[oa]|cero)|not positive|non[- ]?positiv\w*|nicht positiv|no positiv\w*)\b/,
  },
  {
    kind: 'below',
    pattern: new RegExp(
      `\\b(?:below|under|less than|fewer than|lower than|unter|weniger als|kleiner als|menos de|menores? (?:de|que)|moins de|inferieure?s? a|sotto|meno di|minori di|inferiori a|abaixo de)\\s+${N}`,
    ),
  },
  { kind: 'negative', pattern: /\bnegati(?:v\w*|f|fs|ve|ves)\b/ },
];

/** Words that say a value is not allowed, beyond the refusal verbs (`refuses`). */
const NOT_ALLOWED =
  /\b(?:not allowed|not (?:be )?(?:permitted|admitted|accepted)|nicht (?:erlaubt|zulassig|zugelassen|gestattet)|no (?:se )?(?:permit\w*|admit\w*)|no (?:son |es )?(?:admitid\w*|permitid\w*)|interdit\w*|(?:ne )?(?:sont|est) pas (?:admis\w*|permis\w*|accepte\w*)|non (?:e |sono |viene |vengono )?(?:consentit\w*|ammess\w*|permess\w*|accettat\w*)|nao (?:e |sao )?(?:permitid\w*|admitid\w*|aceit\w*))\b/;

/** Words that say nothing of which input is meant (articles, binding verbs, the words of the kinds). */
const FILLER = new Set(
  (
    'the a an any of or and is are be with when if request requests value values number numbers amount given sent ' +
    'treated as answer answered http status code so an it its than other one ones zero less null not positive ' +
    'der die das den dem des ein eine einer eines einem von oder und ist sind wird werden mit wenn mit als null ' +
    'weniger nicht einen zu el la los las un una de del o y es son se si con cero menos que responde ' +
    'le les une des du ou et est sont avec nul nulle moins il lo gli uno di viene vengono e con sono ' +
    'os as um uma do da e com sao ou nao lo ' +
    'we wir nous noi must have has muss hay tiene hace faut bisogna respond responds responder responde ' +
    'reply answers return returns devolver devuelve antworten repondre rispondere numero nombre anzahl ' +
    // verbs of a status said of several values ("… restituiscono 400", "… ergeben 400", "… retornam 400")
    'restituisce restituiscono danno ergibt ergeben liefern liefert devuelven renvoient renvoie retornam retorna ' +
    // words for "values" and "inputs" themselves: a feature naming only these names no input in particular
    'input inputs wert werte eingabe eingaben zahlen valor valores entrada entradas valeur valeurs entree ' +
    'entrees nombres valore valori numeri numeros ' +
    // the request itself ("a body without "iban"", "um corpo sem "iban"", "une requête sans …"): no input named
    'body request payload korper koerper anfrage cuerpo solicitud peticion corps requete corpo richiesta pedido requisicao'
  ).split(' '),
);

/** Words naming the same input in the languages intents are written in, beyond the shared synonyms. */
const ALSO_SAME: string[][] = [
  ['unit', 'einheit', 'unidad', 'unite', 'unita', 'unidade'],
  ['text', 'texto', 'texte', 'testo'],
  ['list', 'liste', 'lista', 'zahlenliste', 'number', 'numbers', 'zahlen', 'numeros', 'nombres', 'numeri'],
  ['line', 'zeile', 'linea', 'ligne', 'item', 'posten', 'position', 'posicion'],
  ['price', 'preis', 'preise', 'prezzo', 'preco'],
  // "Un montant négatif ou manquant", "ein fehlender Betrag": the amount a calculation reads ("Net amount").
  ['amount', 'amounts', 'betrag', 'betrage', 'importe', 'monto', 'montant', 'montants', 'importo', 'quantia'],
  ['weight', 'peso', 'poids', 'gewicht'],
  ['height', 'altura', 'taille', 'grosse', 'altezza'],
  ['bill', 'addition', 'cuenta', 'rechnung', 'conto', 'conta'],
  ['people', 'person', 'personne', 'persona', 'persone', 'pessoa'],
  ['quantity', 'cantidad', 'quantite', 'menge', 'quantita', 'quantidade'],
  ['tip', 'trinkgeld', 'propina', 'pourboire', 'mancia', 'gorjeta'],
  ['title', 'titel', 'titulo', 'titre', 'titolo'],
  ['card', 'karte', 'kartennummer', 'tarjeta', 'carte', 'carta', 'cartao'],
  // "Eine leere Nummer", "un numéro vide": the number a check reads ("card_number").
  ['number', 'nummer', 'numero'],
  // The digits of a number written in a base ("a digit the source base does not have").
  [
    'digit',
    'digits',
    'ziffer',
    'ziffern',
    'digito',
    'digitos',
    'chiffre',
    'chiffres',
    'cifra',
    'cifre',
    'algarismo',
  ],
  ['speed', 'velocity', 'geschwindigkeit', 'velocidad', 'vitesse', 'velocita', 'velocidade'],
  ['length', 'distance', 'lange', 'laenge', 'longitud', 'longueur', 'lunghezza', 'comprimento'],
  ['temperature', 'temperatur', 'temperatura', 'temperatures'],
  ['mass', 'weight', 'masse', 'masa', 'massa'],
  ['notation', 'notacion', 'notazione', 'notacao', 'schreibweise'],
  // A loan's term counted in its monthly payments ("zero payments", "the number of monthly payments").
  ['months', 'payments', 'installments', 'instalments'],
  // Dice and their sides ("1 to 20 Würfel", "de 4 a 20 caras"); never "die", a German article.
  ['dice', 'wurfel', 'dado', 'dados', 'dadi'],
  ['sides', 'side', 'seiten', 'caras', 'faces', 'facce', 'lados'],
  ['zone', 'zeitzone', 'timezone', 'fuseau', 'huso', 'fuso'],
  [
    'currency',
    'currencies',
    'wahrung',
    'waehrung',
    'moneda',
    'monedas',
    'devise',
    'devises',
    'valuta',
    'moeda',
    'moedas',
  ],
];

/** The refusal a feature states, when it only says what is refused (no operation of its own), else null. */
export function readInputRefusal(feature: string): InputRefusal | null {
  const words = featureWords(feature.replace(/ß/g, 'ss'));
  const text = words.join(' ');
  if (words.length === 0 || words.length > 20 || /[/{}]/.test(feature)) return null;
  if (!refuses(words) && !NOT_ALLOWED.test(text)) return null;
  // Several kinds in one feature ("a negative amount or a missing currency"): each is a clause of the input
  // rules (`input-rules.ts`), never the first kind alone.
  const rules = readInputRules(feature);
  const clauses = rules?.clauses ?? [];
  if (new Set(clauses.map((c) => c.kind)).size > 1) return null;
  // "… answers 422": the input rules restate the computation's refusals with it (`input-rules.ts`).
  if (rules?.status === 422) return null;
  // A blank text, one without any letter or digit, a value that is no string: kinds only the input rules read
  // ("blank" is no empty text: "   " must be refused too).
  if (clauses.some((c) => c.kind === 'blank' || c.kind === 'letterless' || c.kind === 'not_string'))
    return null;
  for (const { kind, pattern } of KINDS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const rest = text.replace(pattern, ' ').replace(NOT_ALLOWED, ' ');
    const content = featureWords(rest).filter(
      (w) => w.length >= 3 && !/^\d/.test(w) && !FILLER.has(w) && !refuses([w]),
    );
    if (content.length > 5 || (content.length === 0 && !GENERAL_KINDS.includes(kind))) return null;
    const limit = kind === 'below' ? Number(m[1].replace(',', '.')) : undefined;
    return { kind, words: content, ...(limit === undefined ? {} : { limit }) };
  }
  return null;
}

/** Whether the feature is a refusal-only one this module attaches (no catalog computation of its own). */
export function onlyRefuses(feature: string): boolean {
  if (readInputRefusal(feature) === null) return false;
  // A refusal a catalog family reads as a rule of its own computation is held back as well: it attaches to
  // that computation once designed (`realiseFromCatalog`), or to the inputs it names here.
  const found = recogniseFeature(feature);
  return found === null || 'constraint' in found;
}

/** Whether two words name the same thing, in any of the languages intents are written in. */
export const same = wordPairMemo(sameOnce);

function sameOnce(a: string, b: string): boolean {
  if (sameTerm(a, b)) return true;
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return ALSO_SAME.some((g) => g.some((w) => sameTerm(w, x)) && g.some((w) => sameTerm(w, y)));
}

/** An input a feature can name: a top-level request field, or a field of the items of a list field. */
export interface NamedInput {
  field: FieldSpec;
  /** The list field holding it, for an item field. */
  list?: FieldSpec;
}

function inputsOf(d: FunctionDesign): NamedInput[] {
  const top = d.inputs.filter((i) => !i.fromPath).map((i) => i.field);
  return [
    ...top.map((field) => ({ field })),
    ...top.flatMap((list) => (list.items ?? []).map((field) => ({ field, list }))),
  ];
}

/** How a word names an input: 2 by the input's name (or its list's), 1 by its description, else 0. */
export function inputNaming(word: string, input: NamedInput): number {
  const name = featureWords(input.field.name.replace(/_/g, ' '));
  // A German noun and its plural in -n ("eine Note" of the list "noten").
  const plural = (n: string) => word.length >= 4 && word.endsWith('e') && n === `${word}n`;
  if (name.some((n) => same(n, word) || plural(n))) return 2;
  if (input.list && featureWords(input.list.name.replace(/_/g, ' ')).some((n) => same(n, word))) return 2;
  return featureWords(input.field.description).some((d) => d.length >= 3 && same(d, word)) ? 1 : 0;
}

/** The value a refusal sends to an input (the first item's, for an item field). */
function sentTo(input: NamedInput, r: Refusal): unknown {
  if (!input.list) return r.input[input.field.name];
  const list = r.input[input.list.name];
  return Array.isArray(list) && list.length > 0 && typeof list[0] === 'object' && list[0] !== null
    ? (list[0] as Record<string, unknown>)[input.field.name]
    : undefined;
}

/** Whether a refusal of the computation refuses the input the way the feature says. */
function refusedSo(input: NamedInput, r: Refusal, reading: InputRefusal): boolean {
  const v = sentTo(input, r);
  switch (reading.kind) {
    case 'not_positive':
      return typeof v === 'number' && v <= 0;
    case 'negative':
      return typeof v === 'number' && v < 0;
    case 'below':
      return typeof v === 'number' && reading.limit !== undefined && v < reading.limit;
    case 'unknown':
      return typeof v === 'string' && (input.field.enum ?? []).length > 0 && !input.field.enum?.includes(v);
    case 'empty':
      return (Array.isArray(v) && v.length === 0) || v === '';
    case 'missing':
      return false;
  }
}

/** A request leaving out a required top-level input: refused as missing by every computation. */
function missingRefusal(d: FunctionDesign, input: NamedInput): Refusal | null {
  const example = d.examples[0]?.input;
  if (input.list || !input.field.required || !example) return null;
  return {
    description: `A request without ${input.field.name} (${input.field.description.toLowerCase()}) is refused: it is missing.`,
    input: Object.fromEntries(Object.entries(example).filter(([k]) => k !== input.field.name)),
  };
}

/**
 * The value of the kind the feature refuses nearest its bound (-1 for "negative", 0 for "zero or negative"),
 * when the computation refuses `refused` at or above it: refusing a weight of 0, it refuses -1 as well. One
 * that refuses only values further down (a temperature below absolute zero, -300) shows nothing of -1, which it
 * answers.
 */
function lowerStill(reading: InputRefusal, refused: number): number | null {
  const wanted =
    reading.kind === 'negative'
      ? -1
      : reading.kind === 'not_positive'
        ? 0
        : reading.kind === 'below' && reading.limit !== undefined
          ? reading.limit - 1
          : null;
  return wanted === null || refused < wanted ? null : wanted;
}

/**
 * Whether the family's reference semantics answer (rather than refuse) the value of the kind the feature
 * refuses nearest its bound, sent to a top-level input beside the first worked example's other values; false
 * when they refuse it or the design has none to ask.
 */
function answersAtBound(d: FunctionDesign, input: NamedInput, reading: InputRefusal): boolean {
  const wanted = lowerStill(reading, Number.POSITIVE_INFINITY);
  const param = d.inputs.find((i) => i.field === input.field)?.param;
  const example = d.examples[0]?.input;
  if (!d.reference || input.list || wanted === null || param === undefined || !example) return false;
  const params: Record<string, unknown> = {};
  for (const i of d.inputs) if (i.field.name in example) params[i.param] = example[i.field.name];
  params[param] = wanted;
  try {
    return d.reference.compute(params).ok;
  } catch {
    return false;
  }
}

/** `r` with `value` sent to the input instead (in the first item, for an item field). */
function sending(input: NamedInput, r: Refusal, value: number): Refusal {
  if (!input.list) return { ...r, input: { ...r.input, [input.field.name]: value } };
  const list = r.input[input.list.name] as Record<string, unknown>[];
  return {
    ...r,
    input: { ...r.input, [input.list.name]: [{ ...list[0], [input.field.name]: value }, ...list.slice(1)] },
  };
}

/**
 * A refusal of the computation showing the input refused the way the feature says: one of its own, or one it
 * makes of a value further below a lower bound it refuses at (refusing a weight of 0, it refuses -1 as well).
 */
function refusalOf(d: FunctionDesign, input: NamedInput, reading: InputRefusal): Refusal | null {
  if (reading.kind === 'missing') return missingRefusal(d, input);
  // A computation whose reference semantics answer the value nearest the feature's bound (a temperature of
  // -1 °C) does not refuse what the feature says, whatever else below it refuses (-300 °C).
  if (answersAtBound(d, input, reading)) return null;
  const own = d.refusals.find((r) => refusedSo(input, r, reading));
  if (own) return own;
  for (const r of d.refusals) {
    const v = sentTo(input, r);
    // Only a refusal at the low side of the input's domain (0 or below) bounds it from below.
    if (typeof v !== 'number' || v > 0) continue;
    const value = lowerStill(reading, v);
    if (value !== null) return sending(input, r, value);
  }
  return null;
}

/** Whether an input is of the kind a feature naming no input refuses: a number, or one of listed values. */
function ofKind(input: NamedInput, reading: InputRefusal): boolean {
  const { type, enum: listed } = input.field;
  return reading.kind === 'unknown'
    ? (listed ?? []).length > 0
    : (type === 'number' || type === 'integer') && (listed ?? []).length === 0;
}

/**
 * How design `d` stands to the feature: the refusals that show it (for each word naming inputs, one of those
 * inputs refused that way; naming none, each input of the kind refused), `unrefused` when the feature names
 * an input the computation takes as it is (the feature cannot hold there), `unnamed` when it names nothing the
 * computation has.
 */
function refusalsFor(d: FunctionDesign, reading: InputRefusal): Refusal[] | 'unrefused' | 'unnamed' {
  const inputs = inputsOf(d);
  const out: Refusal[] = [];
  if (reading.words.length === 0) {
    const meant = inputs.filter((input) => !input.list && ofKind(input, reading));
    if (meant.length === 0) return 'unnamed';
    for (const input of meant) {
      const shown = refusalOf(d, input, reading);
      if (shown === null) return 'unrefused';
      if (!out.includes(shown)) out.push(shown);
    }
    return out;
  }
  const vocabulary = featureWords(d.summary);
  for (const w of reading.words) {
    const scored = inputs.map((input) => ({ input, s: inputNaming(w, input) })).filter((x) => x.s > 0);
    const best = Math.max(0, ...scored.map((x) => x.s));
    // Several inputs named equally ("unit": from and to) are all meant; one refused that way shows it.
    const chosen = scored.filter((x) => x.s === best).map((x) => x.input);
    if (chosen.length === 0) {
      if (!vocabulary.some((v) => same(v, w))) return 'unnamed';
      continue;
    }
    const shown = chosen.map((input) => refusalOf(d, input, reading)).filter((r): r is Refusal => r !== null);
    if (shown.length === 0) return 'unrefused';
    out.push(...shown.filter((r) => !out.includes(r)));
  }
  return out.length > 0 ? out : 'unnamed';
}

/**
 * Attaches a refusal-only feature to every computation whose inputs it names ("negative weights are an error"
 * beside kilograms → pounds, pounds → kilograms and ounces → grams is said of all three), with each
 * computation's own refusals of those inputs as its worked examples (the feature's words in their
 * description); those endpoints, or none when no computation has what it names, or when one of them takes
 * what it names as it is (a temperature converter answers negative values: "negative values are not allowed"
 * cannot hold there, so it is claimed nowhere rather than on the others alone).
 */
export function attachInputRefusal(b: ContractBuilder, feature: string): EndpointSpec[] {
  const reading = readInputRefusal(feature);
  if (!reading) return [];
  const found: { e: EndpointSpec; refusals: Refusal[] }[] = [];
  for (const e of b.contract.endpoints) {
    const d = catalogDesignOf(e);
    const refusals = d ? refusalsFor(d, reading) : 'unnamed';
    if (refusals === 'unrefused') return [];
    if (refusals !== 'unnamed') found.push({ e, refusals });
  }
  const said = asSaid(feature);
  for (const { e, refusals } of found) {
    addChecks(
      b,
      e,
      [],
      refusals.map((r) => ({ ...r, description: `${r.description} ("${said}")` })),
    );
  }
  return found.map((x) => x.e);
}

/** Claims a computation a feature changed, its words kept in the summary (the design speaks English). */
export function claimComputation(e: EndpointSpec, feature: string): void {
  if (!e.features.includes(feature)) e.features.push(feature);
  const said = `In the intent's words: "${asSaid(feature)}".`;
  if (!e.summary.includes(said)) e.summary = `${e.summary} ${said}`;
}

/** A refusal of a computation's inputs, claimed in the feature's words; false when it names none refused so. */
export function refuseInputs(b: ContractBuilder, feature: string): boolean {
  const endpoints = attachInputRefusal(b, feature);
  for (const e of endpoints) claimComputation(e, feature);
  return endpoints.length > 0;
}
