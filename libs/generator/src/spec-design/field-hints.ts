/*
 * Words that tell a named field's kind (folded): a date, a time of day, a count or a measure, a stock's threshold,
 * money and measures with decimals.
 */

// German compounds name a date or a year by their last part: Geburtsdatum, Erscheinungsjahr.
export const DATE_HINT =
  /\b(date|day|deadline|due|birthday|birthdate|fecha|datum|\w+datum|data)\b|yyyy-mm-dd/;
/** A date named with a time of day is no calendar date ("date and time"): it keeps plain text. */
export const TIME_HINT = /\b(time|hour|datetime|timestamp|uhrzeit|hora|heure|ora)\b/;
/** Words that name a number of things or a measure: an integer unless {@link DECIMAL_HINT} says otherwise. */
export const NUMBER_HINT =
  /\b(number of|count|amount|price|cost|quantity|qty|age|total|maximum|minimum|max|min|capacity|limit|seats|score|points|punkte|punktzahl|puntos|puntuacion|pontos|punti|preis|precio|prix|preco|prezzo|betrag|importe|montant|anzahl|cantidad|quantite|quantidade|quantita|menge|year|years|jahr|\w+jahr|ano|annee|anno|rating|grade|stars|votes|duration|minutes|hours|seconds|secs|sekunden|segundos|secondes|weight|height|distance|salary|fee|budget|balance|guthaben|saldo|saldos|solde|soldes|stock|bestand|lagerbestand|stuckzahl|existencias|estoque|giacenza|pages|calories|temperature|temperatures|temperatur|temperaturen|temperatura|temperaturas|temperature|kwh|gehalt|salario|salaire|stipendio|gewicht|peso|poids|dauer|duracion|duree|durata|importo|paginas|pagine|seiten|voto|voti)\b/;
/**
 * Words that name a stock's threshold, a number however it is written: "reorder level", "reorder point",
 * Mindestbestand, Mindestmenge, Meldebestand, punto de pedido, seuil de réapprovisionnement, punto di riordino,
 * ponto de reposição, stock mínimo, quantità minima.
 */
export const THRESHOLD_HINT =
  /\b(reorder|restock|threshold|mindest\w*|meldebestand|schwelle\w*|punto de (?:pedido|reorden)|umbral|reorden|seuil|reapprovisionnement|riordino|riassortimento|soglia|reposicao|reposicion|reabastecimiento|reassort|bestellpunkt\w*|nachbestell\w*|limiar|minim[oa]s?|minimale?s?)\b/;
/** Money and measures with decimals. */
export const DECIMAL_HINT =
  /\b(price|cost|amount|salary|fee|budget|balance|guthaben|saldo|saldos|solde|soldes|weight|height|distance|preis|precio|prix|preco|prezzo|betrag|importe|importo|montant|gehalt|salario|salaire|stipendio|gewicht|peso|poids|temperatures?|temperatur|temperaturen|temperaturas?|kwh|euros?|dollars?|usd|eur|gbp|pounds?|kg|km|miles)\b/;
