import type { FunctionDesign, Recognised, WorkedExample } from './catalog-entry';
import { roundTo } from './feature-words';
import { declaredDesign, definitionAgrees } from './units-declared';
import { QUANTITIES } from './units-facts';
import { mentionsIn, type Mention, type Token } from './units-read';
import { unitSpelled } from './units-spelled';
import { unit, unitsOf, type Quantity } from './units-tables';

/*
 * A feature that only states the factors of units a converter of the intent converts, on a line of its own:
 * "1 nœud vaut exactement 1,852 km/h et 1 mph vaut 1,609344 km/h", "1 Meile entspricht 1,609344 km, 1 Seemeile
 * 1,852 km", "pounds/ounces are avoirdupois: 1 lb = 453.59237 g exactly, 16 oz to the pound", "cup (tazza USA =
 * 236,5882365 ml)". Each factor is checked against the tables: one that agrees is a fact the converter already
 * holds, and the feature joins that converter (a constraint) with a worked example per factor, an amount large
 * enough that every written digit shows in the answer, so a converter with another factor fails its tests; a
 * factor that rounds the exact one is used as written (units-declared.ts). A factor the tables contradict, or a
 * line that says anything beyond factors, is not read here: the feature then stays unrealised, never guessed.
 */

/** One factor the feature states: 1 `from` = `amount` `to`, as the tables' symbols. */
interface Stated {
  from: string;
  to: string;
  amount: string;
}

/** Words of "one" before the unit a definition defines. */
const ONE = new Set(['1', 'one', 'a', 'an', 'ein', 'eine', 'einer', 'un', 'una', 'une', 'uno', 'um', 'uma']);

/** Words of equality between a unit and its amount ("vaut exactement", "entspricht", "equivale a", "="). */
const EQUALS = new Set(
  (
    '= is equals equal makes vaut valent vale valen fait font est ist gleich entspricht equivale equivalen ' +
    'corresponde corresponden es son e sono sao exactly precisely exactement exactamente esattamente ' +
    'exatamente genau exakt to a'
  ).split(' '),
);

/** Words between an amount and the unit it makes up ("16 oz to the pound", "16 Unzen pro Pfund"). */
const TO_THE = new Set(
  'to the a an in per pro je por par au un una une uno um uma in im el la le al na no each'.split(' '),
);

/**
 * Words a line of factors may hold beside them: joiners, qualifiers of the units ("avoirdupois", "US",
 * "exactly"), "other units" and "by definition".
 */
const BESIDE = new Set(
  (
    'and or und oder y o et ou e the of de des du la le les el los las di da do das der die den to are is ' +
    'sind son sont sono sao est ist es exactly exactement exactamente esattamente exatamente genau exakt ' +
    'avoirdupois international us usa american americano americana americain americaine amerikanisch ' +
    'amerikanische amerikanischen imperial imperiale imperiaux statute metric nautical units unit unites unite ' +
    'unidades unidad unita einheiten einheit other others autres otras outras altre weitere andere also auch ' +
    'aussi tambien anche tambem by definition definition definicion definizione definicao per definizione ' +
    'por definicao par'
  ).split(' '),
);

/** Words of units in a definition the mention reader leaves alone (English "in" and "once", Portuguese "nó"). */
const DEFINED: Readonly<Record<string, string>> = { no: 'kn', nos: 'kn', once: 'oz' };

/** The unit of `quantity` a word defined with "1 <word> = …" names, if one. */
function definedWord(quantity: Quantity, t: Token): string | undefined {
  const local = DEFINED[t.low];
  if (local && unit(local).quantity === quantity) return local;
  return unitSpelled(quantity, t.raw)?.symbol;
}

/** The symbol of the mention starting at token `i`, when one starts there and names a unit. */
const mentionAt = (mentions: Mention[], i: number) => mentions.find((m) => m.start === i && m.unit);

/**
 * The factors a line states and the tokens they take, or undefined when some word of the line is neither a
 * factor, a unit nor a word that may stand beside them (the line says more than factors).
 */
function statedIn(text: string, tokens: Token[]): { stated: Stated[] } | undefined {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '');
  const mentions = mentionsIn(tokens);
  const taken = new Set<number>();
  const stated: Stated[] = [];
  const take = (from: number, to: number) => {
    for (let i = from; i < to; i++) taken.add(i);
  };
  // "1 lb = 453.59237 g", "1 nœud vaut exactement 1,852 km/h", "1 Seemeile 1,852 km", "1 in = 2,54 cm".
  for (let i = 1; i < tokens.length; i++) {
    if (!ONE.has(tokens[i - 1].low) || tokens[i].num || taken.has(i)) continue;
    const a = mentionAt(mentions, i);
    let k = a ? a.end : i + 1;
    const start = k;
    while (k < tokens.length && !tokens[k].num && EQUALS.has(tokens[k].low) && k - start < 3) k++;
    const b = tokens[k]?.num ? mentionAt(mentions, k + 1) : undefined;
    if (!b || (a === undefined && mentions.some((m) => i >= m.start && i < m.end))) continue;
    // A word the mentions leave to other readers ("in", "nó", "once") names a unit of the quantity it is defined in.
    const from = a?.unit ?? definedWord(unit(b.unit!).quantity, tokens[i]);
    if (!from) continue;
    stated.push({ from, to: b.unit!, amount: tokens[k].raw });
    take(i - 1, b.end);
  }
  for (const a of mentions) {
    if (!a.unit || taken.has(a.start)) continue;
    // "cup (tazza USA = 236,5882365 ml)": the unit, then its own names in brackets before "=".
    const open = folded.slice(tokens[a.end - 1].end).trimStart();
    const equals = tokens.findIndex((t, k) => k >= a.end && t.raw === '=');
    if (open.startsWith('(') && equals >= a.end && equals - a.end <= 4) {
      const words = tokens.slice(a.end, equals);
      const c = tokens[equals + 1]?.num ? mentionAt(mentions, equals + 2) : undefined;
      const close = c ? folded.slice(tokens[c.end - 1].end).trimStart() : '';
      if (c && close.startsWith(')') && words.every((t) => !t.num)) {
        stated.push({ from: a.unit, to: c.unit!, amount: tokens[equals + 1].raw });
        take(a.start, c.end);
        continue;
      }
    }
    // "16 oz to the pound": one of the second unit is that many of the first.
    const count = tokens[a.start - 1];
    let j = a.end;
    while (j < tokens.length && TO_THE.has(tokens[j].low) && j - a.end < 3) j++;
    const whole = mentionAt(mentions, j);
    if (count?.num && /^\d+$/.test(count.raw) && j > a.end && whole && !taken.has(a.start - 1)) {
      stated.push({ from: whole.unit!, to: a.unit, amount: count.raw });
      take(a.start - 1, whole.end);
    }
  }
  const free = tokens.filter(
    (t, i) =>
      !taken.has(i) &&
      !['/', ':', '='].includes(t.raw) &&
      !BESIDE.has(t.low) &&
      !mentions.some((m) => i >= m.start && i < m.end),
  );
  // The names a unit is given in brackets before its "=" ("tazza USA", "cucchiaio") are its own.
  return free.length === 0 && stated.length > 0 ? { stated } : undefined;
}

/** The units a converter design takes, each with the spelling it is sent as. */
function unitsTaken(d: FunctionDesign, quantity: Quantity): Map<string, string> {
  const o = d.options ?? {};
  if (typeof o.from === 'string' && typeof o.to === 'string')
    return new Map([
      [o.from, o.from],
      [o.to, o.to],
    ]);
  if (typeof o.spellings === 'string') {
    const spelled = JSON.parse(o.spellings) as Record<string, string>;
    return new Map(Object.entries(spelled).map(([written, symbol]) => [symbol, written]));
  }
  return new Map(unitsOf(quantity).map((u) => [u.symbol, u.symbol]));
}

/**
 * A worked example of factor `s` on design `d` (already holding the feature's declared factors): `10^k` of its
 * unit into the other one (or, when the converter does not take that one, into another unit it takes), `k` the
 * least that shows every digit of the answer within the design's decimals; null when the converter does not take
 * the unit the factor defines, or computes no answer.
 */
function factorExample(d: FunctionDesign, quantity: Quantity, s: Stated): WorkedExample | null {
  const taken = unitsTaken(d, quantity);
  const o = d.options ?? {};
  const fixed = typeof o.from === 'string' ? [String(o.from), String(o.to)] : null;
  const decimals = Number(o.decimals ?? 2);
  let pair: [string, string] | undefined;
  let base = 1;
  if (fixed) {
    if (fixed[0] === s.from && fixed[1] === s.to) pair = [s.from, s.to];
    else if (fixed[0] === s.to && fixed[1] === s.from) {
      pair = [s.to, s.from];
      base = Number(s.amount.replace(',', '.'));
    }
  } else if (taken.has(s.from)) {
    const other = taken.has(s.to) ? s.to : [...taken.keys()].find((u) => u !== s.from);
    if (other) pair = [s.from, other];
  }
  if (!pair || !d.reference) return null;
  const [from, to] = pair;
  const factor = (u: string) => Number(unit(u).factor);
  let chosen: { value: number; answer: number } | null = null;
  for (let k = 0; k <= 6; k++) {
    const value = Number((base * 10 ** k).toPrecision(15));
    const result = d.reference.compute(fixed ? { value } : { value, from, to });
    if (!result.ok || typeof result.results.value !== 'number') return null;
    chosen = { value, answer: result.results.value };
    const exact = (value * factor(from)) / factor(to);
    if (Math.abs(roundTo(exact, decimals) - exact) <= 1e-9 * Math.max(1, exact) && chosen.answer !== 0) break;
  }
  if (!chosen) return null;
  const [source, target] = [taken.get(from) ?? from, taken.get(to) ?? to];
  const field = d.outputs[0].field;
  const input = fixed
    ? { [d.inputs[0].field.name]: chosen.value }
    : { value: chosen.value, from: source, to: target };
  return {
    description: `${chosen.value} ${source} is ${chosen.answer} ${target}, by the factor the feature states (1 ${s.from} = ${s.amount.replace(',', '.')} ${s.to}).`,
    input,
    output: { [field]: chosen.answer },
  };
}

/**
 * A line of factors only (see above): the constraint joining the converter of their quantity that takes the
 * units they define, with a worked example of each; null when one contradicts the tables; undefined when the line
 * is no such line.
 */
export function recogniseStatedFactors(text: string, tokens: Token[]): Recognised | undefined {
  const read = statedIn(text, tokens);
  if (!read) return undefined;
  const quantities = new Set(read.stated.flatMap((s) => [unit(s.from).quantity, unit(s.to).quantity]));
  if (quantities.size !== 1) return undefined;
  const [quantity] = [...quantities];
  const declared: Record<string, number> = {};
  for (const s of read.stated) {
    const agrees = definitionAgrees(s.from, s.to, s.amount);
    if (!agrees) return null;
    Object.assign(declared, agrees.declared);
  }
  const said = read.stated.map((s) => `1 ${s.from} = ${s.amount.replace(',', '.')} ${s.to}`).join('; ');
  const refined = (d: FunctionDesign): FunctionDesign | null => {
    const design = declaredDesign(d, declared);
    if (!design) return null;
    const added = read.stated.map((s) => factorExample(design, quantity, s));
    if (added.some((x) => x === null)) return null;
    const same = (x: WorkedExample, y: WorkedExample) => JSON.stringify(x.input) === JSON.stringify(y.input);
    const fresh = (added as WorkedExample[]).filter(
      (x, i, all) => all.findIndex((y) => same(x, y)) === i && !design.examples.some((y) => same(x, y)),
    );
    return {
      ...design,
      summary: `${design.summary} As the feature states ("${text.trim()}"): ${said}.`,
      examples: [...design.examples, ...fresh],
    };
  };
  return {
    constraint: {
      function: QUANTITIES[quantity].functionId,
      refusals: () => [],
      fits: (d) => refined(d) !== null,
      refine: (d) => refined(d) ?? d,
    },
  };
}
