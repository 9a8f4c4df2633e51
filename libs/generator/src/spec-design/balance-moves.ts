import {
  balanceMoveOfSegment,
  namesBalance,
  readFeatureLiterals,
  type AdjustBehavior,
} from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import { fold } from './lexicon';
import { isBalance, isLevel, movedLevel } from './stock-levels';
import { snakeName } from './naming';

/*
 * Balances moved on spelled-out routes: `POST /cards/{code}/redeem {"amount": number}`, `/top-up`, `/earn`,
 * `/einloesen`, `/canjear`, `/utiliser`, `/riscattare`, `/resgatar`. The record's balance (a number field named
 * "balance", "credit", "points", "Guthaben", "saldo", "solde", "punti", "pontos") moves by the amount sent: `out`
 * takes it away and refuses to go below 0 with 409, changing nothing; `in` adds it. A resource whose records
 * are never created by a feature of their own gets the balance the answer names. A stock level on the same
 * record is the stock's to move.
 */

/** "a card that was never used starts at 0", "beginnt bei 0", "empieza en 0", "commence à 0", "parte da 0". */
const STARTS_AT_ZERO =
  /\b(?:never (?:been )?used|not used yet|unused|nie (?:benutzt|verwendet)\w*|nunca usad[oa]s?|jamais utilise\w*|mai usat[oa]|nunca usad[oa])\b[^.;]{0,40}\b(?:0|zero|null|cero)\b|\b(?:starts?|begins?) (?:at|from|with) (?:0|zero)\b|\b(?:beginnt|startet) (?:bei|mit) (?:0|null)\b|\b(?:empieza|comienza|arranca) (?:en|con|desde) (?:0|cero)\b|\b(?:commence|demarre|part) (?:a|de) (?:0|zero)\b|\b(?:parte|inizia|comincia) (?:da|a) (?:0|zero)\b|\b(?:comeca|inicia) (?:em|com|do) (?:0|zero)\b|\b(?:on|at) first use\b|\bcreated (?:on first use|automatically)\b/;

/** Whether the records of `resource` start at 0 on first use: the feature says so, or another of its moves does. */
function startsAtZero(b: ContractBuilder, resource: string, feature: string): boolean {
  if (STARTS_AT_ZERO.test(fold(feature).toLowerCase())) return true;
  return b.contract.endpoints.some(
    (e) =>
      (e.behavior.kind === 'adjust' && e.behavior.resource === resource && e.behavior.create_missing) ||
      (e.behavior.kind === 'get' && e.behavior.resource === resource && e.behavior.absent_as_default),
  );
}

/**
 * The balance a route's segment moves on `resource`, as an adjustment by the amount sent; null when the segment moves no
 * balance, the records keep a stock level instead, or neither they nor the answer name a balance.
 */
export function balanceAdjust(
  b: ContractBuilder,
  feature: string,
  resource: string,
  param: string,
  segment: string,
): AdjustBehavior | null {
  const direction = balanceMoveOfSegment(segment);
  if (direction === null) return null;
  // The one number the body writes ({"amount": number}, {"betrag": number}, {"points": integer}), else `amount`.
  const numbers = readFeatureLiterals(feature).request.filter(
    (f) => f.type === 'integer' || f.type === 'number',
  );
  const amount = numbers.length === 1 ? snakeName(numbers[0].name, 'amount') : 'amount';
  const r = b.resource(resource);
  if (r.fields.some(isLevel)) return null;
  if (!r.fields.some(isBalance)) {
    // "POST /cards/{card}/earn {"points": integer} -> {"card", "points"}": the answer names the balance it moves.
    const literals = readFeatureLiterals(feature);
    const sent = numbers.find((f) => snakeName(f.name, 'amount') === amount);
    const named = literals.response.map((f) => snakeName(f.name, 'balance')).filter((n) => n !== r.key);
    const field = named.find(namesBalance);
    if (field === undefined) return null;
    b.ensureField(resource, {
      name: field,
      type: sent?.type === 'integer' ? 'integer' : 'number',
      required: false,
      default: 0,
      minimum: 0,
      description: `Current ${field.replace(/_/g, ' ')}, 0 until changed`,
      example: 0,
    });
  }
  const level = movedLevel(r, direction);
  if (!level) return null;
  const moved: AdjustBehavior = {
    kind: 'adjust',
    resource,
    param,
    field: level.name,
    amount_field: amount === r.key ? 'amount' : amount,
    direction,
  };
  // A record made on first use is found again by its key; without one it stays unknown (404).
  if (r.key !== undefined && startsAtZero(b, resource, feature)) moved.create_missing = true;
  return moved;
}
