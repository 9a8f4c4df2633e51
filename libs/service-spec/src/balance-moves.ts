/*
 * Balances that actions raise and lower, said in words: a gift card's balance redeemed and topped up, loyalty
 * points earned and redeemed, prepaid credit loaded and spent (Guthaben aufladen / einlösen, canjear / recargar
 * saldo, utiliser / recharger un solde, riscattare / ricaricare punti, resgatar / ganhar pontos). They move a
 * balance the way stock movements move a count on hand: `out` takes an amount away and never below the floor,
 * `in` adds it. The generator designs them as `adjust` endpoints with that direction and the fidelity gate holds
 * a feature saying one to such an endpoint, so both read the words from this one table. Folded text: lower case,
 * accents removed.
 */

/**
 * Lower case, accents removed, apostrophes as spaces; "credit card" and its kin name no balance, and a verb
 * after "never" says no movement.
 */
function balanceText(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[’'`]/g, ' ')
      // "a card that never earned anything", "nie aufgeladen": what has not happened moves nothing.
      .replace(/\b(?:never|nie|niemals|nunca|jamais|jamas|mai)\s+(?:been\s+|ever\s+)?[a-z]+/g, ' ')
      .replace(
        /\b(?:credit ?cards?|kreditkart\w*|tarjetas? de credito|cartes? de credit|cart[ae] di credito|cartoes? de credito|cartao de credito)\b/g,
        ' ',
      )
  );
}

/** Words naming a balance kept on a card, an account or a member. */
const BALANCE =
  /\b(balances?|credits?|prepaid|gift ?cards?|wallets?|loyalty|points|saldos?|guthaben\w*|geldkarte\w*|punkte\w*|solde|soldes|porte ?monnaies?|portefeuilles?|cagnottes?|credito|creditos|punti|puntos|pontos|monederos?|tarjetas? regalo|cartes? cadeau|portafogli\w*|carteiras?|cartao presente|cartoes presente)\b/;

/**
 * Words that show the feature is about something else: interest on a balance, the points of a game, a payment
 * provider's charge, a discount taken off a price.
 */
const NOT_BALANCE =
  /\b(interest\w*|zins\w*|interes\w*|interet\w*|interess\w*|juros|scores?|games?|players?|teams?|matches|leaderboards?|spiel\w*|jugador\w*|partidas?|joueurs?|giocator\w*|jogador\w*|stripe|payment provider|discount\w*|coupons?|rabatt\w*|descuentos?|remises?|sconto|sconti|descontos?|percent\w*|prozent\w*|porcentaje|pourcentage|percentuale)\b|%/;

/** Words that take an amount off a balance whenever a balance is about. */
const OUT_STRONG =
  /\b(redeem\w*|spend|spends|spending|spent|debit|debits|debited|debiting|einlos\w*|einloes\w*|eingelost|eingeloest|canje\w*|riscatt\w*|resgat\w*|addebit\w*|debitar\w*|debiter|debite|debitee|debites)\b/;
/** Words that take an amount off only beside the name of a balance ("pay with the credit", "mit Guthaben zahlen"). */
const OUT_WEAK =
  /\b(pay|pays|paying|paid|charg(?:e|es|ed|ing)|bezahl\w*|zahlen|zahlt|abbuch\w*|abgebucht|belast\w*|pagar|pagas?|pagado|cobrar|payer|paie|paye|payee|pagare|usar|utilizar|utiliser|usare|utilizzare|verwenden|gastar|gasta|gastado|depenser|depense|spender\w*|ausgeb\w*|deduct\w*)\b/;
/** Words that add an amount to a balance whenever a balance is about. */
const IN_STRONG =
  /\b(top(?:s|ped|ping)?[- ]?ups?|topup\w*|earn\w*|auflad\w*|aufgeladen|aufzuladen|gutschreib\w*|gutgeschrieben|recarg\w*|recharg\w*|ricaric\w*|recarreg\w*|acumul\w*|accumul\w*|cumul\w*|ganhar|ganha|ganham|gagn\w*|guadagn\w*|sammel\w*|gesammelt|crediter|credite|accredit\w*|creditar)\b/;
/**
 * Words that add an amount only beside the name of a balance ("load the card", "Guthaben laden"); "add" only with
 * what it adds ("add points", "ajouter des points"), since "add a card with a balance" makes a record.
 */
const IN_WEAK =
  /\b(load|loads|loaded|loading|laden|sumar|suma|abonar|carregar|caricare|deposit\w*|einzahl\w*|(?:add|adds|added|adding|anadir|agregar|ajout\w*|aggiung\w*|adicion\w*)\s+(?:[a-z0-9]+\s+){0,2}(?:points|puntos|punti|pontos|credits?|money|funds|amount|montant|importe|importo|valor|saldo|solde|balance)|(?:punkte|guthaben|betrag)\s+(?:[a-z]+\s+){0,3}hinzufug\w*)\b/;

/**
 * The balance movements a feature asks for: `out`, `in`, both, or none. A feature that names a balance reads
 * every movement word; otherwise only the strong ones count, and only when `balanceKept` says the intent keeps a
 * balance the feature may move ("top up an account").
 */
export function balanceMovesIn(feature: string, balanceKept = false): ('in' | 'out')[] {
  const text = balanceText(feature);
  if (NOT_BALANCE.test(text)) return [];
  const named = BALANCE.test(text);
  if (!named && !balanceKept) return [];
  const moves: ('in' | 'out')[] = [];
  if (OUT_STRONG.test(text) || (named && OUT_WEAK.test(text))) moves.push('out');
  if (IN_STRONG.test(text) || (named && IN_WEAK.test(text))) moves.push('in');
  return moves;
}

/** The words a feature says its balance movements with (for the realisation's texts). */
export function balanceMoveWords(feature: string): string[] {
  const text = balanceText(feature);
  return [OUT_STRONG, OUT_WEAK, IN_STRONG, IN_WEAK, BALANCE]
    .map((re) => re.exec(text)?.[0])
    .filter((x): x is string => x !== undefined)
    .flatMap((x) => x.split(/[\s-]+/))
    .filter((x) => x.length > 2);
}

/** Route segments that take an amount off a balance (`/redeem`, `/einloesen`, `/canjear`, `/utiliser`). */
const SEGMENT_OUT =
  /^(redeem|spend|charge|use|pay|debit|withdraw|einlosen|einloesen|einlosung|abbuchen|bezahlen|zahlen|belasten|canjear|canje|gastar|cobrar|pagar|usar|utilizar|utiliser|payer|debiter|depenser|riscattare|riscatto|usare|utilizzare|spendere|pagare|addebitare|resgatar|resgate|debitar)$/;
/** Route segments that add an amount to a balance (`/top-up`, `/earn`, `/aufladen`, `/recargar`, `/recharger`). */
const SEGMENT_IN =
  /^(top up|topup|earn|load|reload|credit|add|deposit|aufladen|laden|gutschreiben|einzahlen|sammeln|recargar|recarga|acumular|abonar|sumar|recharger|crediter|cumuler|gagner|ricaricare|ricarica|accumulare|guadagnare|caricare|accreditare|ganhar|carregar|recarregar|creditar|depositar)$/;

/**
 * The direction a route's action segment moves a balance (`/redeem`, `/top-up`, `/einloesen`), else null. Only a
 * resource keeping a balance reads it so: `/use` on a template moves nothing.
 */
export function balanceMoveOfSegment(segment: string): 'in' | 'out' | null {
  const text = balanceText(segment.replace(/[-_]/g, ' ')).trim();
  if (SEGMENT_OUT.test(text)) return 'out';
  if (SEGMENT_IN.test(text)) return 'in';
  return null;
}

/** Number fields a balance lives in ("balance", "credit_eur", "points", "guthaben", "saldo", "solde", "punti"). */
const BALANCE_NAMES =
  /^(?:\w+_)?(balance|credit|credits|points|punkte|punktestand|guthaben|saldo|solde|credito|punti|puntos|pontos)(?:_\w+)?$/;

/** Whether a record field's name says it holds a balance (a number or a whole count of points). */
export function namesBalance(name: string): boolean {
  return BALANCE_NAMES.test(balanceText(name));
}
