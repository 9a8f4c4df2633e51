import { extractContract, featureFidelity, type EndpointSpec } from '@sf/service-spec';
import { familyIntent, offlineSpec } from '../testing/offline-spec';
import { designSpec } from './spec-designer';

/*
 * The phrasing table of balances that actions raise and lower: a gift card issued with a balance and redeemed,
 * loyalty points earned and redeemed, prepaid credit topped up and spent. Spelled out with routes and said in
 * plain words, in English, German, Spanish, French, Italian and Portuguese. Each row is an intent; it is read as
 * the balance moves its endpoints make (`out <field>` takes an amount away and refuses to go below the floor
 * with 409, `in <field>` adds it; ` fresh` when a record never used starts at 0 instead of 404), `read 0` when a
 * read answers a never-used record at 0, and whether the offline SPEC passes the fidelity gate for every
 * feature. Near misses use the class's words for something else ("charge a card through a payment provider",
 * "balanced parentheses", "redeem a discount code") and make no balance move. Rows not read yet are named in
 * NOT_YET_READ: such a row fails the suite as soon as it is read, so the set only shrinks.
 */

/** One balance move of an endpoint, or a read of a never-used record at 0. */
function moveOf(e: EndpointSpec): string | null {
  const b = e.behavior;
  if (b.kind === 'adjust' && b.direction !== undefined)
    return `${b.direction} ${b.field}${b.create_missing === true ? ' fresh' : ''}`;
  if (b.kind === 'get' && b.absent_as_default === true) return 'read 0';
  return null;
}

function reading(features: string[]): { moves: string[]; realised: boolean } {
  const intent = familyIntent('balance-service', 'balances of cards and accounts', features);
  const { contract } = designSpec(intent);
  const written = extractContract(offlineSpec(intent));
  const moves = [...new Set(contract.endpoints.map(moveOf).filter((m): m is string => m !== null))].sort();
  const realised = featureFidelity(written, features).every((f) => f.problems.length === 0);
  return { moves, realised };
}

const BALANCES: [string, string[], string[]][] = [
  [
    'gift cards spelled out in English',
    [
      'POST /cards {"code": string, "balance": number >= 0} issues a gift card and returns 201; an existing code returns 409',
      'POST /cards/{code}/redeem {"amount": number} returns {"code", "balance"}; an amount of 0 or less is 400; redeeming more than the balance is 409 and leaves it as it was; an unknown code is 404',
      'POST /cards/{code}/top-up {"amount": number} returns {"code", "balance"}',
      'GET /cards/{code} returns {"code", "balance"}; an unknown code is 404',
    ],
    ['in balance', 'out balance'],
  ],
  [
    'prepaid credit spelled out, spend and load',
    [
      'POST /accounts {"id": string, "credit": number >= 0} -> 201 with the account',
      'POST /accounts/{id}/spend {"amount": number} -> {"id", "credit"}; spending more than the credit -> 409, nothing changes; amount <= 0 -> 400',
      'POST /accounts/{id}/load {"amount": number} -> {"id", "credit"}',
    ],
    ['in credit', 'out credit'],
  ],
  [
    'German vouchers spelled out',
    [
      'POST /gutscheine {"code": string, "guthaben": number >= 0} legt einen Gutschein an (201); ein vorhandener Code → 409',
      'POST /gutscheine/{code}/einloesen {"betrag": number} → {"code", "guthaben"}; ein Betrag von 0 oder weniger → 400; mehr als das Guthaben → 409 und das Guthaben bleibt unverändert',
      'GET /gutscheine/{code} → {"code", "guthaben"}; unbekannter Code → 404',
    ],
    ['out guthaben'],
  ],
  [
    'Spanish gift cards spelled out',
    [
      'POST /tarjetas {"codigo": string, "saldo": number >= 0} crea una tarjeta regalo (201)',
      'POST /tarjetas/{codigo}/canjear {"importe": number} → {"codigo", "saldo"}; un importe de 0 o negativo → 400; canjear más que el saldo → 409 y el saldo no cambia',
      'POST /tarjetas/{codigo}/recargar {"importe": number} → {"codigo", "saldo"}',
    ],
    ['in saldo', 'out saldo'],
  ],
  [
    'French prepaid cards spelled out',
    [
      'POST /cartes {"numero": string, "solde": number >= 0} crée une carte (201)',
      'POST /cartes/{numero}/utiliser {"montant": number} → {"numero", "solde"} ; un montant nul ou négatif → 400 ; plus que le solde → 409 et le solde reste inchangé',
      'POST /cartes/{numero}/recharger {"montant": number} → {"numero", "solde"}',
    ],
    ['in solde', 'out solde'],
  ],
  [
    'Italian loyalty cards spelled out',
    [
      'POST /tessere {"codice": string, "punti": integer >= 0} crea una tessera (201)',
      'POST /tessere/{codice}/riscattare {"quantita": integer >= 1} → {"codice", "punti"}; riscattare più punti di quelli disponibili → 409',
      'POST /tessere/{codice}/accumulare {"quantita": integer >= 1} → {"codice", "punti"}',
    ],
    ['in punti', 'out punti'],
  ],
  [
    'Portuguese loyalty cards spelled out',
    [
      'POST /cartoes {"codigo": string, "pontos": integer >= 0} cria um cartão (201)',
      'POST /cartoes/{codigo}/resgatar {"quantidade": integer >= 1} → {"codigo", "pontos"}; resgatar mais pontos do que o saldo → 409 e nada muda',
      'POST /cartoes/{codigo}/ganhar {"quantidade": integer >= 1} → {"codigo", "pontos"}',
    ],
    ['in pontos', 'out pontos'],
  ],
  [
    'loyalty points where a card never used starts at 0',
    [
      'POST /cards/{card}/earn {"points": integer >= 1} -> {"card", "points"}: adds points; a card that was never used starts at 0',
      'POST /cards/{card}/redeem {"points": integer >= 1} -> {"card", "points"}; redeeming more points than the card has -> 409 and nothing changes',
      'GET /cards/{card} -> {"card", "points"}; a card that was never used has 0 points',
    ],
    ['in points fresh', 'out points fresh', 'read 0'],
  ],
  [
    'prepaid accounts in plain English',
    [
      'keep prepaid accounts with a name and a balance',
      'top up an account by an amount',
      'spend an amount from an account; spending more than the balance is refused and leaves it as it was',
    ],
    ['in balance', 'out balance'],
  ],
  [
    'German customer credit in words',
    [
      'Kundenkonten mit Name und Guthaben anlegen',
      'Guthaben aufladen: einen Betrag auf ein Konto buchen',
      'Mit dem Guthaben bezahlen: ein Betrag wird abgebucht; mehr als das Guthaben wird abgelehnt (409)',
    ],
    ['in guthaben', 'out guthaben'],
  ],
  [
    'Spanish members with points in words',
    [
      'Registrar socios con nombre y puntos',
      'Sumar puntos a un socio',
      'Canjear puntos de un socio; no se pueden canjear más puntos de los que tiene',
    ],
    ['in puntos', 'out puntos'],
  ],
  [
    'French wallets in words',
    [
      'Créer des portefeuilles avec un titulaire et un solde',
      'Recharger un portefeuille d un montant',
      'Payer avec un portefeuille : le montant est débité du solde ; payer plus que le solde est refusé (409)',
    ],
    ['in solde', 'out solde'],
  ],
];

/** The class's words for something else: no balance move. */
const NEAR_MISSES = [
  'Charge a customer through the payment provider and store the payment with its amount',
  'Check whether the parentheses in a text are balanced',
  'Compute the interest earned on a balance at a yearly rate over a number of years',
  'Redeem a discount code: SUMMER10 takes 10% off the order total; unknown codes are refused',
  'Load a list of numbers and return their average',
  'Use a template to render a greeting for a name',
  'Store players with a name and their points and list the top 10 by points',
];

/** Rows the designer does not read yet (each fails the suite once it is read). */
const NOT_YET_READ = new Set<string>([
  // a client-sent "id" in the create body is not shown by its worked example (records, not balances)
  'prepaid credit spelled out, spend and load',
  // a card known only by the path's {card}, with no create feature: the answer's "card" is not its key yet
  'loyalty points where a card never used starts at 0',
]);

describe('balances raised and lowered, said in words and routes', () => {
  it.each(BALANCES)('reads %s', (label, features, moves) => {
    const read = reading(features);
    (NOT_YET_READ.has(label) ? expect(read).not : expect(read)).toEqual({ moves, realised: true });
  });

  it.each(NEAR_MISSES)('reads no balance move in %j', (feature) => {
    const moves = reading([feature]).moves;
    (NOT_YET_READ.has(feature) ? expect(moves).not : expect(moves)).toEqual([]);
  });

  it('names only rows of the table in NOT_YET_READ', () => {
    const rows = new Set([...BALANCES.map(([label]) => label), ...NEAR_MISSES]);
    expect([...NOT_YET_READ].filter((f) => !rows.has(f))).toEqual([]);
  });
});
