/*
 * How the units family writes a unit down: its symbol, quantity, exact factor, names and the words and symbols
 * that name it (see units-tables.ts).
 */

export type Quantity = 'length' | 'mass' | 'volume' | 'speed' | 'data_size' | 'pressure' | 'energy' | 'area';

export interface UnitDef {
  /** The unit's symbol: the value of a `from`/`to` field. */
  symbol: string;
  quantity: Quantity;
  /** How many of the quantity's base unit one of it is, as written in the emitted code. */
  factor: string;
  singular: string;
  plural: string;
  /** The request/response field named after it (snake_case). */
  field: string;
  /** Its exact definition, as summaries state it (none for a base unit). */
  definition?: string;
  words: string[];
  /** Symbols matched as written (case-sensitive), possibly several tokens ("km/h"). */
  symbols: string[];
  /** Symbols that only name the unit right after a number ("500 g", "2 L"). */
  afterNumber: string[];
  /**
   * Words that name the unit only in a feature that speaks of its quantity ("bar" beside "pressure" or "psi",
   * not a progress bar; "pascal" beside "kPa", not a name).
   */
  contextual?: string[];
  /**
   * Symbols of one language matched as written, only in a feature that speaks of the quantity: the French "Ko",
   * "Mo", "Go" of a file size, never a Monday ("Mo–Fr") or a language ("Go").
   */
  localSymbols?: string[];
}

const list = (text: string): string[] => (text ? text.split(/\s*,\s*/) : []);

/**
 * A unit: `names` is "singular|plural|field"; `words` a comma-separated list of words and phrases; `symbols`
 * and `afterNumber` space-separated symbols.
 */
export function def(
  symbol: string,
  quantity: Quantity,
  factor: string,
  names: string,
  definition: string,
  words: string,
  symbols = '',
  afterNumber = '',
): UnitDef {
  const [singular, plural, field] = names.split('|');
  return {
    symbol,
    quantity,
    factor,
    singular,
    plural,
    field,
    ...(definition ? { definition } : {}),
    words: list(words),
    symbols: symbols ? symbols.split(' ') : [],
    afterNumber: afterNumber ? afterNumber.split(' ') : [],
  };
}
