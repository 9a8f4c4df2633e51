import {
  roundingDecimalsIn,
  type EndpointError,
  type EndpointRequest,
  type EndpointResponse,
  type EndpointSpec,
  type FieldSpec,
  type OwnerAggregateBehavior,
  type ResourceSpec,
  type SpecContract,
} from '@sf/service-spec';
import { check, errorBody, fill, resourceOf, setup, type DraftCheck } from './acceptance-steps';
import type { ContractBuilder } from './contract-builder';
import { fold, singular, words } from './lexicon';
import { snakeName } from './naming';

/*
 * One owner's figure over kept records: "get a student's average mark, rounded to one decimal", "show a person's
 * average mood, to one decimal", "Für ein Kennzeichen die Summe der Kilometer abfragen", "consultar la media de
 * un alumno", "la moyenne d'un élève", "la media di uno studente", "a média de um aluno". Recognition,
 * documentation and worked examples of the `owner_aggregate` behaviour.
 */

/** Words of each figure, folded, in the six languages. */
const OPERATION_WORDS: [OwnerAggregateBehavior['operation'], RegExp][] = [
  [
    'average',
    /^(average|averages|mean|avg|durchschnitt|durchschnitts|durchschnittliche[nrs]?|mittelwert|schnitt|promedio|media|moyenne|medio|medie)$/,
  ],
  ['sum', /^(sum|total|totals|summe|gesamt|gesamtsumme|suma|somme|soma|somma|totale)$/],
];

/**
 * "total" also counts a list's records ("pages with the total"): it names an owner's sum only after the owner's
 * possessive ("a runner's total distance").
 */
const TOTAL_WORDS = /^(total|totals|gesamt|totale)$/;

/** Words that tie the figure to one owner: "a student's", "per student", "für ein Kennzeichen", "de un alumno". */
const ONE_OWNER =
  /\b(?:(?:a|an|one|each|every|per|for|of)\s+(?:(?:a|an|the|one|each|every|given|single)\s+)*(\w+)(?:\s*'s?)?|(\w+)\s*'s|(?:(?:pro|je|fur)\s+(?:(?:ein|eine|einen|einem|jedes|jede|jeden|den|die|das)\s+)?|(?:eines|einer|eine|ein|einem)\s+)(\w+)|(?:de|por|para|d|du|di|da|do|dun|d un|de un|de una|de um|de uma|di un|di uno|di una|par|pour)\s+(?:(?:un|una|uno|um|uma|une|el|la|le|il|lo|o|a|cada|chaque|ogni)\s+)?(\w+))\b/g;

/** Words of the numbers a computation is sent, never an owner of records. */
const NUMBER_SETS =
  /^(list|lists|liste|listen|lista|listas|set|sets|series|array|arrays|numbers|values|zahlen|werte|numeros|valores|nombres|valeurs|numeri|valori)$/;

/** Articles and the like, never an owner ("the mean of a list": "a" owns nothing). */
const ARTICLE_WORDS =
  /^(a|an|the|one|each|every|un|una|uno|um|uma|une|le|la|les|el|los|las|il|lo|gli|o|os|as|der|die|das|ein|eine|einen|einer|eines)$/;

/** Words for a person when the records name them by a field called "name": "a person's average mood". */
const PERSON_WORDS =
  /^(person|persons|people|someone|user|users|who|member|persona|personas|personne|personnes|pessoa|pessoas|benutzer|nutzer|utente|usuario|utilisateur)$/;
const NAME_FIELDS = /^(name|who|person|user|nombre|nom|nome|wer|quien|qui|chi|quem)$/;

/** What the feature asks: the figure and the decimals it is rounded to (2 when it names none). */
function readFigure(
  feature: string,
): { operation: OwnerAggregateBehavior['operation']; word: string } | null {
  for (const w of words(feature)) {
    for (const [operation, pattern] of OPERATION_WORDS) if (pattern.test(w)) return { operation, word: w };
  }
  return null;
}

/** Singular words the feature names an owner with ("a student's", "für ein Kennzeichen"). */
function ownerWords(feature: string): string[] {
  // "d'un joueur", "dell'alunno": the elided article is a word of its own.
  const text = fold(feature)
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\b(d|l|dell|dall|all|sull|nell)'/g, '$1 ');
  const found: string[] = [];
  for (const m of text.matchAll(ONE_OWNER)) {
    const word = m[1] ?? m[2] ?? m[3] ?? m[4];
    // A possessive owns the figure it stands before ("a student's average mark"), not any word ("banker's
    // rounding").
    const after = text
      .slice((m.index ?? 0) + m[0].length)
      .split(/\s+/)
      .filter((w) => w !== '');
    const figureNext = after.slice(0, 2).some((w) => OPERATION_WORDS.some(([, p]) => p.test(w)));
    if (/'s?$/.test(m[0]) && !figureNext) continue;
    // "the average of a list of numbers" is a computation's, owned by no one.
    if (word && !NUMBER_SETS.test(word) && !ARTICLE_WORDS.test(word)) found.push(singular(word));
    // "eines Kurses", "des Produkts": a German genitive ends in -es or -s the record's noun does not.
    if (m[3] && /[^e](?:es|s)$/.test(m[3]) && m[3].length > 4) found.push(m[3].replace(/e?s$/, ''));
  }
  return found;
}

/** The owner's field and the figure's field on a kept resource the feature speaks of; null when not one each. */
function target(
  r: ResourceSpec,
  feature: string,
  owners: string[],
): { owner: FieldSpec; value: FieldSpec } | null {
  const said = words(feature).map(singular);
  const numbers = r.fields.filter((f) => f.type === 'number' || f.type === 'integer');
  const namedNumbers = numbers.filter((f) =>
    f.name.split('_').every((part) => said.includes(singular(part))),
  );
  const value = namedNumbers.length === 1 ? namedNumbers[0] : numbers.length === 1 ? numbers[0] : null;
  if (!value) return null;
  const texts = r.fields.filter((f) => f.type === 'string' && f.enum === undefined && f.name !== value.name);
  const named = texts.filter((f) => owners.includes(singular(f.name)) || owners.includes(f.name));
  if (named.length === 1) return { owner: named[0], value };
  // "a person's average mood" over entries kept with "who (a name)": the one name field is the person's.
  const names = texts.filter((f) => NAME_FIELDS.test(f.name));
  if (owners.some((w) => PERSON_WORDS.test(w)) && names.length === 1) return { owner: names[0], value };
  return null;
}

/** Whether a feature asks one owner's figure ("a student's average mark"): designed once the records are. */
export function readsOwnerFigure(feature: string): boolean {
  const figure = readFigure(feature);
  if (figure === null || ownerWords(feature).length === 0) return false;
  return (
    !TOTAL_WORDS.test(figure.word) || /\w'?s\s+total/.test(fold(feature).toLowerCase().replace(/[’`]/g, "'"))
  );
}

/**
 * Realises "a student's average mark" on records another feature keeps: `GET /<records>/<figure>/{owner}`.
 * False when the feature asks no figure of one owner, or no kept resource holds both the owner and the number.
 */
export function realiseOwnerAggregate(b: ContractBuilder, feature: string): boolean {
  const figure = readFigure(feature);
  if (figure === null || !readsOwnerFigure(feature)) return false;
  const owners = ownerWords(feature);
  if (owners.length === 0) return false;
  const creatable = new Set(
    b.contract.endpoints.flatMap((e) => (e.behavior.kind === 'create' ? [e.behavior.resource] : [])),
  );
  const found = b.contract.resources.flatMap((r) => {
    const t = creatable.has(r.name) ? target(r, feature, owners) : null;
    return t ? [{ r, ...t }] : [];
  });
  if (found.length !== 1) return false;
  const { r, owner, value } = found[0];
  const output = snakeName(figure.word, figure.operation);
  if (output === owner.name || output === 'count') return false;
  const behavior: OwnerAggregateBehavior = {
    kind: 'owner_aggregate',
    resource: r.name,
    param: owner.name,
    owner_field: owner.name,
    value_field: value.name,
    operation: figure.operation,
    decimals: roundingDecimalsIn(feature) ?? 2,
    output,
  };
  b.endpoint('GET', `/${r.plural}/${output.replace(/_/g, '-')}/{${owner.name}}`, behavior, feature);
  return true;
}

const OPERATION_TEXT: Record<OwnerAggregateBehavior['operation'], string> = {
  average: 'average',
  sum: 'sum',
  min: 'lowest',
  max: 'highest',
};

/** Request, responses and errors of an owner's figure. */
export function ownerAggregateDocs(
  c: SpecContract,
  b: OwnerAggregateBehavior,
): { request: EndpointRequest; responses: EndpointResponse[]; errors: EndpointError[] } {
  const r = resourceOf(c, b.resource);
  const owner = r?.fields.find((f) => f.name === b.owner_field);
  const example = typeof owner?.example === 'string' ? owner.example : 'sample';
  const label = b.owner_field.replace(/_/g, ' ');
  return {
    request: {
      params: [{ name: b.param, description: `The ${label} whose records count`, example }],
    },
    responses: [
      {
        status: 200,
        description: `The ${label}, the ${OPERATION_TEXT[b.operation]} of their ${b.value_field.replace(/_/g, ' ')} values rounded to ${b.decimals} decimals in ${b.output}, and how many values in count`,
        example: { [b.owner_field]: example, [b.output]: 4.5, count: 2 },
      },
    ],
    errors: [
      {
        status: 404,
        code: 'NOT_FOUND',
        when: `the ${label} has no ${b.resource.replace(/-/g, ' ')} record with a ${b.value_field.replace(/_/g, ' ')}`,
      },
    ],
  };
}

/** Three values the field accepts whose average, sum, lowest and highest all differ: m, m + 1, m + 1. */
function valuesFor(f: FieldSpec): number[] | null {
  const lo =
    f.minimum ?? (f.exclusive_minimum === undefined ? undefined : Math.floor(f.exclusive_minimum) + 1);
  const hi =
    f.maximum ?? (f.exclusive_maximum === undefined ? undefined : Math.ceil(f.exclusive_maximum) - 1);
  const m = lo ?? (hi === undefined ? 4 : hi - 3);
  if (hi !== undefined && m + 1 > hi) return null;
  return [m, m + 1, m + 1];
}

function figureOf(b: OwnerAggregateBehavior, values: number[]): number {
  const sum = values.reduce((s, v) => s + v, 0);
  const raw = {
    average: sum / values.length,
    sum,
    min: Math.min(...values),
    max: Math.max(...values),
  }[b.operation];
  const scale = 10 ** b.decimals;
  return Math.round(raw * scale) / scale;
}

/** Worked example: three records of one owner, then the owner's figure and count. */
export function ownerAggregateHappyCheck(
  c: SpecContract,
  e: EndpointSpec,
  b: OwnerAggregateBehavior,
): DraftCheck | null {
  const r = resourceOf(c, b.resource);
  const owner = r?.fields.find((f) => f.name === b.owner_field);
  const value = r?.fields.find((f) => f.name === b.value_field);
  if (!r || !owner || !value || owner.type !== 'string' || owner.enum || owner.format) return null;
  const values = valuesFor(value);
  if (values === null) return null;
  const who = `${e.id}-ok`;
  const steps = [];
  for (const [i, v] of values.entries()) {
    const made = setup(c, b.resource, `${who}-${i + 1}`, { [b.owner_field]: who, [b.value_field]: v });
    if (!made) return null;
    steps.push(...made.steps);
  }
  const figure = figureOf(b, values);
  steps.push({
    request: { method: e.method, path: fill(e.path, { [b.param]: who }) },
    expect: {
      status: 200,
      body_contains: { [b.owner_field]: who, [b.output]: figure, count: values.length },
    },
  });
  return check(
    e,
    'happy',
    `A ${b.owner_field.replace(/_/g, ' ')} with ${b.value_field.replace(/_/g, ' ')} ${values.join(', ')} has ${b.output} ${figure} (the ${OPERATION_TEXT[b.operation]}, rounded to ${b.decimals} decimals) over ${values.length} records.`,
    steps,
  );
}

/** The 404 of an owner with no record. */
export function ownerAggregateErrorCheck(
  e: EndpointSpec,
  b: OwnerAggregateBehavior,
  err: EndpointError,
): DraftCheck | null {
  if (err.status !== 404) return null;
  return check(e, 'error', `A ${b.owner_field.replace(/_/g, ' ')} with no record answers 404 ${err.code}.`, [
    {
      request: { method: e.method, path: fill(e.path, { [b.param]: `${e.id}-nobody` }) },
      expect: { status: 404, body_contains: errorBody(err.code) },
    },
  ]);
}
