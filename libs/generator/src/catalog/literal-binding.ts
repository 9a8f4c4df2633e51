import {
  fieldRuleConstraints,
  isCalendarDate,
  isDateTime,
  isEmailAddress,
  isHexString,
  isWebUrl,
  readFeatureLiterals,
  type FieldSpec,
  type LiteralField,
} from '@sf/service-spec';
import type { FunctionDesign, Refusal, WorkedExample } from './catalog-entry';
import { sampleExample, sampleFits } from './written-samples';
import {
  hasMeaning,
  isGenericResult,
  isGenericText,
  nameFits,
  namesPartOf,
  sameMeaning,
} from './param-affinity';

/*
 * A feature that spells its API out ("POST /convert with body {"value": number, "from": "C"|"F"|"K", …}
 * returns {"value": number}") and that a catalog family recognises is realised at the route and with the field
 * names it writes: the family's design is bound onto them, or, when they cannot all be honoured, not used.
 */

/** The design moved onto the feature's literal route and fields, or null when the two do not fit exactly. */
export function bindLiteral(feature: string, given: FunctionDesign): FunctionDesign | null {
  const literals = readFeatureLiterals(feature);
  if (literals.routes.length !== 1 || literals.problems.length > 0 || literals.errorBodies.length > 0)
    return null;
  const [route] = literals.routes;
  if (route.method !== 'GET' && route.method !== 'POST') return null;
  const fromPath = [...route.path.matchAll(/\{([a-z][a-z0-9_]*)\}/g)].map((m) => m[1]);
  if (route.path.replace(/\{[a-z][a-z0-9_]*\}/g, '').includes('{')) return null;
  // Statuses other than the ones every computation answers (200, 400 — or 422, as the feature writes it — for a
  // refused value) cannot be promised.
  const own = (s: number) => given.errors?.some((e) => e.status === s) ?? false;
  if (literals.statuses.some((s) => s !== 200 && s !== 400 && s !== 422 && !own(s))) return null;
  const refusal422 = literals.statuses.includes(422) && !own(422);
  // One status for every refused value: a feature writing both 400 and 422 splits them in a way not read here.
  if (refusal422 && literals.statuses.includes(400)) return null;
  const written: LiteralField[] = [
    ...fromPath.map((name) => ({ name, optional: false })),
    ...(route.method === 'GET' ? literals.queryFields : literals.request),
  ];
  const spelled = respelled(given, written);
  if (!spelled) return null;
  // An answer written to the minute ("local": "YYYY-MM-DDTHH:mm") is answered so, when the computation can.
  const toMinute = literals.response.some((w) => w.pattern && /hh:mm(?!:ss)/i.test(w.pattern));
  const design = toMinute && spelled.minuteForm ? spelled.minuteForm(spelled) : spelled;
  const inputs = bindFields(
    design.inputs.map((i) => i.field),
    written,
  );
  if (!inputs) return null;
  const echoed = bindEchoes(design, literals.response, inputs);
  const answered = literals.response.filter((f) => !echoed.some((x) => x.field === f.name));
  // A written input the answer names again is that input repeated as sent, when the results bind onto the
  // other fields (`{"n": integer, "roman": string}`) and the name means no result it would otherwise carry
  // (`{"heure": texte, "decalage": texte}` beside `{"heure": …}` is the converted time); when it is the only
  // field (`?digits=…` answered as `{"digits": string}`), it is the result under the input's name.
  const plain = bindOutputs(design, answered, inputs);
  let repeated = repeatedInputs(design, answered, inputs);
  const rest = answered.filter((f) => !repeated.has(f.name));
  const withEcho = repeated.size > 0 && rest.length > 0 ? bindOutputs(design, rest, inputs) : null;
  // A computation answering its result under its input's own name converts that input in place (`{"time": …}` in,
  // `{"time": …}` out): the written input named again in the answer is the converted value, not the value sent.
  const inPlace = (field: string, name: string) =>
    design.inputs.some((i) => i.field.name === field && inputs.get(i.field.name) === name);
  const meant = (name: string) =>
    plain !== null &&
    design.outputs.some(
      (o) =>
        plain.get(o.field) === name &&
        (o.field === name ||
          sameMeaning(o.field, name) ||
          sameMeaning(o.result, name) ||
          inPlace(o.field, name)),
    );
  const echo = withEcho !== null && (plain === null || [...repeated.keys()].some((n) => !meant(n)));
  if (!echo) repeated = new Map();
  const outputs = echo ? withEcho : plain;
  if (!outputs) return null;
  // Values written where types would be are one request and its answer: shown, as the reference answers it.
  const sample = sampleExample(feature, design, inputs, outputs);
  if (!sample) return null;
  const rename = (values: Record<string, unknown>, names: Map<string, string>) =>
    Object.fromEntries(Object.entries(values).map(([k, v]) => [names.get(k) ?? k, v]));
  // An echoed input is answered as sent: each worked example shows it beside the results.
  const paramField = new Map(design.inputs.map((i) => [i.param, i.field.name]));
  const designName = new Map([...inputs].map(([d, w]) => [w, d]));
  const echoOf = (x: WorkedExample) => ({
    ...Object.fromEntries(echoed.map((e) => [e.field, x.input[paramField.get(e.param) ?? e.param]])),
    ...Object.fromEntries(
      [...repeated].map(([field, from]) => [field, x.input[designName.get(from) ?? from]]),
    ),
  });
  // A date-time the feature writes to the minute (`"zeit": "YYYY-MM-DDTHH:MM"`) is sent so in the worked examples
  // (the gate asks one to show the notation): whole minutes lose their ":00" seconds.
  const minutes = new Set(
    written.filter((w) => w.pattern && /hh:mm(?!:ss)/i.test(w.pattern)).map((w) => w.name),
  );
  const inNotation = (input: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(input).map(([k, v]) => [
        k,
        minutes.has(k) && typeof v === 'string' ? v.replace(/(T\d{2}:\d{2}):00(?=Z?$)/, '$1') : v,
      ]),
    );
  const renameExample = (x: WorkedExample): WorkedExample => ({
    ...x,
    input: inNotation(rename(x.input, inputs)),
    output: { ...rename(x.output, outputs), ...echoOf(x) },
  });
  // The written refusal status replaces 400 on every VALIDATION_FAILED refusal; a family's own codes keep theirs.
  const restatus = (x: Refusal): Refusal =>
    refusal422 && x.code === undefined && (x.status ?? 400) === 400 ? { ...x, status: 422 } : x;
  const renameRefusal = (x: Refusal): Refusal => ({ ...x, input: rename(x.input, inputs) });
  // Bounds the written types state, declared where every worked example of the computation keeps them.
  const declared = new Map<string, FieldSpec>();
  for (const i of design.inputs) {
    const name = inputs.get(i.field.name) ?? i.field.name;
    const field = declareWritten(
      { ...i.field, name },
      written.find((w) => w.name === name),
    );
    // A field the feature writes without an optional mark is required, when every worked example sends it.
    if (written.find((w) => w.name === name)?.optional === false && !field.required)
      field.required = design.examples.every((x) => x.input[i.field.name] !== undefined);
    const kept = design.examples.every((x) => within(field, x.input[i.field.name]));
    if (kept) declared.set(i.field.name, field);
  }
  const boundRefusals = design.examples[0]
    ? [...declared.values()].flatMap((f) => outsideRefusals(f, renameExample(design.examples[0]).input))
    : [];
  return {
    ...design,
    method: route.method,
    path: route.path,
    inputs: design.inputs.map((i) => {
      const name = inputs.get(i.field.name) ?? i.field.name;
      const field = declared.get(i.field.name) ?? { ...i.field, name };
      return { ...i, field, ...(fromPath.includes(name) ? { fromPath: true } : {}) };
    }),
    outputs: [
      ...design.outputs.map((o) => ({ ...o, field: outputs.get(o.field) ?? o.field })),
      ...echoed.map((e) => ({
        result: e.result,
        field: e.field,
        description: e.description,
        example: design.examples[0] ? echoOf(design.examples[0])[e.field] : undefined,
      })),
    ],
    // After the family's own: refusals and constraints build on the first worked example as the family made it.
    examples: [...design.examples, ...(sample.example ? [sample.example] : [])].map(renameExample),
    refusals: [
      ...design.refusals.map(renameRefusal),
      ...(route.method === 'GET' && design.examples[0]
        ? parameterRefusals(renameExample(design.examples[0]).input, design, inputs, fromPath)
        : []),
      ...boundRefusals,
    ].map(restatus),
    ...(repeated.size > 0 ? { echo: Object.fromEntries(repeated) } : {}),
    ...(refusal422 ? { refusalStatus: 422 as const } : {}),
  };
}

/**
 * Written response fields that repeat an input as sent (`{"n": integer, "roman": string}` for `{"n":
 * integer}`): a response field with the very name of a written input, or with the computation's name for an
 * input written under another, of a type that can hold it. Response field → request field.
 */
function repeatedInputs(
  design: FunctionDesign,
  response: LiteralField[],
  inputs: Map<string, string>,
): Map<string, string> {
  const found = new Map<string, string>();
  for (const i of design.inputs) {
    const name = inputs.get(i.field.name) ?? i.field.name;
    // Under the input's written name, or under the computation's own name for it when the route names the input
    // otherwise (`GET /arabic/{numeral}` answering `{"roman", "n"}`: the numeral sent, and its value).
    const w =
      response.find((f) => f.name === name) ??
      (name === i.field.name ? undefined : response.find((f) => sameMeaning(f.name, i.field.name)));
    if (!w) continue;
    const example = design.examples[0]?.input[i.field.name] ?? i.field.example;
    if (w.enum || (w.type && !holds(w.type, example))) continue;
    found.set(w.name, name);
  }
  return found;
}

/**
 * The design whose listed values are the ones the feature lists (`"kph"|"mph"` for a speed's units), when the
 * computation can take them under those spellings; the design itself when the feature lists none of its own;
 * null when its fields list different values or one the computation cannot take.
 */
function respelled(design: FunctionDesign, written: LiteralField[]): FunctionDesign | null {
  const own = design.inputs.flatMap((i) => (i.field.enum ? [i.field.enum] : []));
  // One value written for a field of a computation listing none is a request's value, not a list (sampleFits).
  const listed = written.filter((w) => w.enum && (w.enum.length > 1 || own.length > 0));
  const other = listed.flatMap((w) => (w.enum && !own.some((e) => sameValues(e, w.enum!)) ? [w.enum] : []));
  if (other.length === 0 || !design.respell) return design;
  if (!other.every((values) => sameValues(values, other[0]))) return null;
  return design.respell(other[0]);
}

/**
 * The field with the bounds or format its written type states (`"from": base (2..36)`, `"n": integer 1..3999`)
 * declared, so that the emitted service checks them (400) and the contract shows them. Only where the
 * computation's field declares none of its own on that side: a computation's stricter domain stays its own.
 */
function declareWritten(field: FieldSpec, written: LiteralField | undefined): FieldSpec {
  const rule = written?.rule ? fieldRuleConstraints(written.rule) : null;
  // A computation's input default is its own design; a rule naming one is left as unread as before.
  if (!rule || rule.default !== undefined) return field;
  const out: FieldSpec = { ...field };
  // A validator's input takes any text and answers whether it is valid: a format it checks is its answer, not a
  // 400 (only the written shapes of dates and hex digits are declared).
  if (
    rule.format !== undefined &&
    field.type === 'string' &&
    field.format === undefined &&
    SHAPE_FORMATS.has(rule.format)
  )
    out.format = rule.format;
  if (field.type !== 'number' && field.type !== 'integer') return out;
  const lower = field.minimum ?? field.exclusive_minimum;
  const upper = field.maximum ?? field.exclusive_maximum;
  if (lower === undefined) {
    if (rule.minimum !== undefined) out.minimum = rule.minimum;
    if (rule.exclusive_minimum !== undefined) out.exclusive_minimum = rule.exclusive_minimum;
  }
  if (upper === undefined) {
    if (rule.maximum !== undefined) out.maximum = rule.maximum;
    if (rule.exclusive_maximum !== undefined) out.exclusive_maximum = rule.exclusive_maximum;
  }
  return out;
}

/** The formats a computation's input declares from its written type. */
const SHAPE_FORMATS = new Set<FieldSpec['format']>(['date', 'date-time', 'hex']);

/** What a declared format accepts (the generated checks apply the same rules). */
const FORMAT_CHECKS: Partial<Record<NonNullable<FieldSpec['format']>, (value: unknown) => boolean>> = {
  date: isCalendarDate,
  'date-time': isDateTime,
  email: isEmailAddress,
  hex: isHexString,
  url: isWebUrl,
};

/**
 * Whether a worked example's value keeps the bounds and the format a field declares (a format the computation's
 * own examples break, such as a zoned date-time for a plain `YYYY-MM-DD` date, is not declared).
 */
function within(f: FieldSpec, value: unknown): boolean {
  if (typeof value === 'string' && f.format !== undefined) return FORMAT_CHECKS[f.format]?.(value) ?? true;
  if (typeof value !== 'number') return true;
  return (
    (f.minimum === undefined || value >= f.minimum) &&
    (f.maximum === undefined || value <= f.maximum) &&
    (f.exclusive_minimum === undefined || value > f.exclusive_minimum) &&
    (f.exclusive_maximum === undefined || value < f.exclusive_maximum)
  );
}

/** A request just outside each bound a number field declares, refused by the field's check. */
function outsideRefusals(f: FieldSpec, example: Record<string, unknown>): Refusal[] {
  if (f.type !== 'number' && f.type !== 'integer') return [];
  const step = f.type === 'integer' ? 1 : 0.5;
  const outside: [number | undefined, string][] = [
    [f.minimum === undefined ? undefined : f.minimum - step, `below its minimum ${String(f.minimum)}`],
    [f.exclusive_minimum, `not above ${String(f.exclusive_minimum)}`],
    [f.maximum === undefined ? undefined : f.maximum + step, `above its maximum ${String(f.maximum)}`],
    [f.exclusive_maximum, `not below ${String(f.exclusive_maximum)}`],
  ];
  return outside
    .filter((o): o is [number, string] => o[0] !== undefined)
    .map(([value, why]) => ({
      description: `The field ${f.name} set to ${String(value)}, ${why} (out of range), is refused.`,
      input: { ...example, [f.name]: value },
    }));
}

/**
 * Requests that a GET computation must refuse because of a parameter, not a value of its domain: each query
 * parameter left out in turn, and a number parameter (query or path) written as text that is no number. Built
 * from the first worked example, so everything else in them is valid.
 */
function parameterRefusals(
  example: Record<string, unknown>,
  design: FunctionDesign,
  names: Map<string, string>,
  fromPath: string[],
): Refusal[] {
  const refusals: Refusal[] = [];
  for (const i of design.inputs) {
    const name = names.get(i.field.name) ?? i.field.name;
    const where = fromPath.includes(name) ? 'path parameter' : 'query parameter';
    if (!fromPath.includes(name) && i.field.required) {
      const { [name]: _left, ...rest } = example;
      refusals.push({
        description: `A request without the query parameter ${name} (missing) is refused, naming it.`,
        input: rest,
      });
    }
    if (i.field.type === 'number' || i.field.type === 'integer') {
      refusals.push({
        description: `The ${where} ${name} written as "12abc", a non-numeric value (not a number), is refused.`,
        input: { ...example, [name]: '12abc' },
      });
    }
  }
  return refusals;
}

/**
 * Design field name → written field name, every field on both sides used once: same names first, then fields
 * that can only mean each other (the same listed values, or the only remaining fields of one type).
 */
function bindFields(design: FieldSpec[], written: LiteralField[]): Map<string, string> | null {
  if (design.length !== written.length) return null;
  const bound = new Map<string, string>();
  const free = new Set(written.map((w) => w.name));
  for (const f of design) {
    if (free.has(f.name)) {
      bound.set(f.name, f.name);
      free.delete(f.name);
    }
  }
  // Fields that only one written field fits by type, then by name (`src` for `from`), until nothing changes.
  for (const byName of [false, true]) {
    let progress = true;
    while (progress) {
      progress = false;
      for (const f of design.filter((x) => !bound.has(x.name))) {
        const fitting = written.filter((w) => free.has(w.name) && fits(f, w));
        let candidates = byName && fitting.length > 1 ? fitting.filter((w) => nameFits(f, w)) : fitting;
        // Two dates fit a birth date and a reference date alike: the name that means one of them tells.
        if (byName && candidates.length > 1) {
          const meant = candidates.filter((w) => sameMeaning(f.name, w.name));
          if (meant.length === 1) candidates = meant;
        }
        if (candidates.length !== 1) continue;
        bound.set(f.name, candidates[0].name);
        free.delete(candidates[0].name);
        progress = true;
      }
    }
  }
  if (bound.size !== design.length) return null;
  for (const f of design) {
    const w = written.find((x) => x.name === bound.get(f.name));
    if (!w || !fits(f, w)) return null;
  }
  return bound;
}

/** Whether a written field can carry a design field: a fitting type, and exactly its listed values if any. */
function fits(f: FieldSpec, w: LiteralField): boolean {
  if (w.enum) return f.enum !== undefined ? sameValues(f.enum, w.enum) : sampleFits(f, w);
  // A field written without its values ("from=GiB", `"unit": string`) takes the values the computation knows:
  // any other is outside its domain and refused.
  if (f.enum) return !w.type || w.type === 'string';
  if (!w.type) return true;
  if (w.type === 'number' || w.type === 'integer') return f.type === 'number' || f.type === 'integer';
  if (w.type === 'array') return f.type.endsWith('[]');
  return w.type === f.type;
}

function sameValues(a: (string | number)[], b: (string | number)[]): boolean {
  return a.length === b.length && a.every((v) => b.includes(v));
}

/**
 * Design output field → written response field; every written response field must be one of the outputs. Same
 * names first, then names of the same meaning (`checksum` for `check_digit`, `ergebnis` for `value`, in the
 * languages intents are written in) where exactly one written field and one result fit each other, then the one
 * field left for the one result left, unless their names say they differ (`colour` is no `category`; a name
 * the feature gives the amount it sends, `howfar`, is the amount converted).
 */
function bindOutputs(
  design: FunctionDesign,
  written: LiteralField[],
  inputs: Map<string, string>,
): Map<string, string> | null {
  const bound = new Map<string, string>();
  if (written.length === 0) return bound;
  const free = new Set(written.map((w) => w.name));
  for (const o of design.outputs) {
    if (free.has(o.field)) {
      bound.set(o.field, o.field);
      free.delete(o.field);
    }
  }
  const typeHolds = (name: string, example: unknown) => {
    const type = written.find((w) => w.name === name)?.type;
    return !type || holds(type, example);
  };
  const means = (o: FunctionDesign['outputs'][number], name: string) =>
    sameMeaning(o.field, name) || sameMeaning(o.result, name) || namesPartOf(o.field, name);
  let progress = true;
  while (progress) {
    progress = false;
    for (const o of design.outputs.filter((x) => !bound.has(x.field))) {
      const fitting = [...free].filter((n) => means(o, n) && typeHolds(n, o.example));
      if (fitting.length !== 1) continue;
      // The written field must mean no other result left, or the pair is a guess.
      const rivals = design.outputs.filter(
        (x) => x !== o && !bound.has(x.field) && means(x, fitting[0]) && typeHolds(fitting[0], x.example),
      );
      if (rivals.length > 0) continue;
      bound.set(o.field, fitting[0]);
      free.delete(fitting[0]);
      progress = true;
    }
  }
  // A result that only repeats an input (the zone converted to) may be left out of the written answer.
  const unbound = design.outputs.filter((o) => !bound.has(o.field) && o.repeats === undefined);
  if (free.size === 1 && unbound.length === 1) {
    const [name] = [...free];
    // The one field left takes the one result left only when the type written can hold it, and its name is
    // generic (`result`) or means that result, or the result has no meaning known to tell them apart.
    const [o] = unbound;
    if (!typeHolds(name, o.example)) return null;
    const known = hasMeaning(o.field) || hasMeaning(o.result);
    // `?howfar=<number>` answered as `{"howfar": number}`: the amount read, converted.
    const amountRead = design.inputs.some((i) => inputs.get(i.field.name) === name && means(o, i.field.name));
    const generic = isGenericResult(name) || (typeof o.example === 'string' && isGenericText(name));
    if (known && !generic && !means(o, name) && !amountRead) return null;
    bound.set(o.field, name);
    free.delete(name);
  }
  return free.size === 0 ? bound : null;
}

/** Whether a written response type can hold a result like `example`. */
function holds(type: string, example: unknown): boolean {
  if (type === 'number' || type === 'integer') return typeof example === 'number';
  if (type === 'string') return typeof example === 'string';
  if (type === 'boolean') return typeof example === 'boolean';
  if (type === 'array') return Array.isArray(example);
  return typeof example === 'object' && example !== null && !Array.isArray(example);
}

/**
 * Written response fields that repeat an input the design can echo: a field whose written value names the
 * input (`"unit": "<dst>"` beside `?dst=<unit>`), or one named as the echoed result (`"unit": string`,
 * `"einheit": Zieleinheit`) when no output of the design has that name.
 */
function bindEchoes(
  design: FunctionDesign,
  written: LiteralField[],
  inputs: Map<string, string>,
): { result: string; param: string; description: string; field: string }[] {
  const echoes = design.echoes ?? [];
  const paramField = new Map(design.inputs.map((i) => [i.param, i.field.name]));
  const found: { result: string; param: string; description: string; field: string }[] = [];
  for (const w of written) {
    if (design.outputs.some((o) => o.field === w.name)) continue;
    const named = w.enum?.length === 1 ? /^<\s*([A-Za-z_]\w*)\s*>$/.exec(String(w.enum[0]))?.[1] : undefined;
    const echo = echoes.find((e) => {
      const sent = inputs.get(paramField.get(e.param) ?? e.param);
      return named !== undefined ? named === sent : !w.enum && sameMeaning(w.name, e.result);
    });
    if (echo && (!w.type || w.type === 'string')) found.push({ ...echo, field: w.name });
  }
  return found;
}
