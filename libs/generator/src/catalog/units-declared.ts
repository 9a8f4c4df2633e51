import type { FunctionDesign, WorkedExample } from './catalog-entry';
import { conversionReference } from './conversion-reference';
import { semanticsOf } from './units-design';
import { QUANTITIES } from './units-facts';
import { unit, type Quantity } from './units-tables';

/*
 * A feature may state a unit's definition to fewer digits than the exact one ("1 psi = 6894.757 Pa" beside an
 * answer rounded to 4 decimals): what it states is honoured, so that unit converts by the factor it writes
 * (option `factors`), and the worked examples that involve it are worked out again by the reference semantics
 * with that factor; the others keep the exact tables and their hand-written facts.
 */

/** Whether a factor is a power of ten (the metric units, whose definitions are exact as written). */
const decimalPower = (factor: string) => /^(?:10*|0\.0*1)$/.test(factor);

/**
 * The factor a stated definition "1 <a> = <amount> <b>" gives, when it rounds the exact one: the unit that is not
 * metric takes it (`{psi: 6894.757}` for "1 psi = 6894.757 Pa", `{psi: 6896.551724…}` for "1 kPa = 0.145 psi"),
 * or null when neither unit is metric (then the definition is no rounding the family can take).
 */
export function declaredFactor(a: string, b: string, amount: number): Record<string, number> | null {
  const [fa, fb] = [unit(a).factor, unit(b).factor];
  if (decimalPower(fb) && !decimalPower(fa)) return { [a]: Number((amount * Number(fb)).toPrecision(15)) };
  if (decimalPower(fa) && !decimalPower(fb)) return { [b]: Number((Number(fa) / amount).toPrecision(15)) };
  return null;
}

/**
 * How a stated definition "1 <a> = <raw> <b>" stands to the tables: the reading that agrees ("1,852" is read as
 * 1.852 and as 1852) with the factor `declared` when it is the exact one written to fewer digits (four significant
 * at least; `{}` when it is the exact one), or null when it contradicts them or rounds a definition between two
 * units neither of which is metric.
 */
export function definitionAgrees(
  a: string,
  b: string,
  raw: string,
): { value: string; declared: Record<string, number> } | null {
  const ratio = Number(unit(a).factor) / Number(unit(b).factor);
  const readings = /^\d+,\d{3}$/.test(raw)
    ? [raw.replace(',', '.'), raw.replace(',', '')]
    : [raw.replace(',', '.')];
  const rounded = (r: string) => {
    const places = r.includes('.') ? r.length - r.indexOf('.') - 1 : 0;
    return (
      r.replace(/^[0.]+/, '').replace('.', '').length >= 4 && Number(ratio.toFixed(places)) === Number(r)
    );
  };
  const value = readings.find((r) => Math.abs(Number(r) - ratio) <= 1e-9 * ratio || rounded(r));
  if (value === undefined) return variantAgrees(a, b, readings);
  if (Math.abs(Number(value) - ratio) <= 1e-9 * ratio) return { value, declared: {} };
  const declared = declaredFactor(a, b, Number(value));
  return declared ? { value, declared } : null;
}

/**
 * Other definitions in legal use of a unit the tables define one way, in the tables' base unit: a cup is the US
 * customary one (236.5882365 ml) unless the feature states the US legal cup (240 ml, nutrition labelling) or the
 * metric cup (250 ml) — then that one is the feature's own, used as written.
 */
const VARIANTS: Readonly<Record<string, number[]>> = { cup: [0.24, 0.25] };

/** "1 cup = 240 ml": a stated definition naming one of the unit's other definitions (see above), or null. */
function variantAgrees(
  a: string,
  b: string,
  readings: string[],
): { value: string; declared: Record<string, number> } | null {
  const factor = (r: string) => Number((Number(r) * Number(unit(b).factor)).toPrecision(15));
  const value = readings.find((r) => VARIANTS[a]?.includes(factor(r)));
  return value === undefined ? null : { value, declared: { [a]: factor(value) } };
}

const quantityOf = (fn: string): Quantity | undefined =>
  (Object.keys(QUANTITIES) as Quantity[]).find((q) => QUANTITIES[q].functionId === fn);

/** Design `d` converting the units of `declared` by the factors the feature states; null when it cannot. */
export function declaredDesign(d: FunctionDesign, declared: Record<string, number>): FunctionDesign | null {
  const quantity = quantityOf(d.function);
  if (!quantity || Object.keys(declared).length === 0) return quantity ? d : null;
  const options: Record<string, string | number | boolean> = {
    ...(d.options ?? {}),
    factors: JSON.stringify(declared),
  };
  const reference = conversionReference(semanticsOf(quantity, declared), options);
  const spellings =
    typeof options.spellings === 'string' ? (JSON.parse(options.spellings) as Record<string, string>) : {};
  const symbol = (v: unknown) => spellings[String(v)] ?? String(v);
  const fixed = typeof options.from === 'string' && typeof options.to === 'string';
  const source = d.inputs[0].field.name;
  const target = d.outputs[0].field;
  const stated = Object.entries(declared)
    .map(([u, f]) => `1 ${u} = ${f} ${baseSymbol(quantity)}`)
    .join(', ');
  const again = (x: WorkedExample): WorkedExample | null => {
    const value = fixed ? x.input[source] : x.input.value;
    const [from, to] = fixed
      ? [String(options.from), String(options.to)]
      : [symbol(x.input.from), symbol(x.input.to)];
    if (!Object.hasOwn(declared, from) && !Object.hasOwn(declared, to)) return x;
    const result = reference.compute(fixed ? { value } : { value, from, to });
    if (!result.ok) return null;
    const answer = result.results.value;
    return {
      description: `${String(value)} ${from} is ${String(answer)} ${to}, by the definition the feature states (${stated}).`,
      input: x.input,
      output: { [target]: answer },
    };
  };
  const examples = d.examples.map(again);
  if (examples.some((x) => x === null) || examples.length === 0) return null;
  const worked = examples as WorkedExample[];
  return {
    ...d,
    summary: `${d.summary} The feature's own definition${Object.keys(declared).length > 1 ? 's' : ''} ${stated} ${Object.keys(declared).length > 1 ? 'are' : 'is'} used as written.`,
    inputs: d.inputs.map((i, k) =>
      k === 0
        ? { ...i, field: { ...i.field, example: fixed ? worked[0].input[source] : worked[0].input.value } }
        : i,
    ),
    outputs: d.outputs.map((o, k) => (k === 0 ? { ...o, example: worked[0].output[target] } : o)),
    options,
    examples: worked,
    reference,
    ...(d.respell
      ? {
          respell: (values: (string | number)[]) => {
            const spelled = d.respell?.(values);
            return spelled ? declaredDesign(spelled, declared) : null;
          },
        }
      : {}),
  };
}

/** The symbol of a quantity's base unit (factor 1). */
function baseSymbol(quantity: Quantity): string {
  return Object.keys(QUANTITIES[quantity].facts[0].amounts).find((s) => unit(s).factor === '1') ?? '';
}
