/**
 * The phrasing table of literal field types written as domain words or bounded types (a unit, a numeral base,
 * a currency code, a time-zone name, a date pattern, dice notation, a locale tag, `string of 1..200 chars`,
 * `integer 1..3600`): spelled-out features as different people write them, in the languages intents use.
 * Shared by the table's spec and the probe that lists what the designer reads.
 */

/** Spelled-out features whose field types are domain words or bounds, each realisable by a catalog function. */
export const TYPE_WORD_PHRASINGS: string[] = [
  // units of length, mass, temperature, data size
  'GET /convert/length?value=<number>&from=<unit>&to=<unit> -> {"value": number}; units m, km, ft, mi',
  'POST /length {"value": number, "from": unit, "to": unit} returns {"value": number} (units m, cm, km, in, ft, yd, mi)',
  'POST /mass {"amount": number >= 0, "from": unit of mass, "to": unit of mass} -> {"amount": number}; kg, g, lb, oz',
  'POST /temperature {"value": number, "from": "C"|"F"|"K", "to": "C"|"F"|"K"} -> {"value": number}',
  'GET /bytes?value=<number>&from=<data size unit>&to=<data size unit> -> {"value": number}; B, KB, MB, GB, KiB, MiB, GiB',
  'POST /umrechnen/laenge {"wert": Zahl, "von": Einheit, "nach": Einheit} -> {"wert": Zahl}; Einheiten m, km, mi',
  'POST /masse {"menge": Zahl ≥ 0, "von": Masseeinheit, "nach": Masseeinheit} liefert {"menge": Zahl}; kg, g, lb',
  'POST /convertir/longitud {"valor": número, "de": unidad, "a": unidad} -> {"valor": número}; unidades m, km, mi, ft',
  'POST /convertir/temperatura {"valor": número, "de": unidad de temperatura, "a": unidad de temperatura} -> {"valor": número}',
  'POST /convertir/distance {"valeur": nombre, "de": unité, "vers": unité} -> {"valeur": nombre}; unités m, km, mi',
  'POST /converti/lunghezza {"valore": numero, "da": unità, "a": unità} -> {"valore": numero}; unità m, km, mi',
  'POST /converter/massa {"valor": número, "de": unidade, "para": unidade} -> {"valor": número}; kg, g, lb',
  // numeral bases
  'POST /radix {"value": string, "from": base (2..36), "to": base (2..36)} -> {"value": string}',
  'GET /base?n=<string>&from=<integer 2..36>&to=<integer 2..36> -> {"result": string}',
  'POST /basis {"zahl": Zeichenkette, "von": Basis 2..36, "nach": Basis 2..36} -> {"zahl": Zeichenkette}',
  'POST /base {"numero": cadena, "de": base entre 2 y 36, "a": base entre 2 y 36} -> {"numero": cadena}',
  // currency codes
  'POST /format/money {"amount": number, "currency": ISO 4217 currency code, "locale": locale tag} -> {"text": string}',
  'POST /betrag {"betrag": Zahl, "waehrung": Währungscode, "sprache": Sprachcode} -> {"text": Zeichenkette}',
  'POST /formatear {"importe": número, "moneda": código de moneda, "idioma": etiqueta de idioma} -> {"texto": cadena}',
  'POST /formater {"montant": nombre, "devise": code devise, "langue": code de langue} -> {"texte": chaîne}',
  // time zones
  'GET /time/convert?at=<date-time>&from=<IANA time zone>&to=<IANA time zone> -> {"at": date-time}',
  'POST /zeitzone {"zeit": Zeitstempel, "zone": IANA-Zeitzone} -> {"lokal": Zeichenkette}',
  'POST /zona-horaria {"instante": fecha y hora, "zona": zona horaria IANA} -> {"local": cadena}',
  // date patterns
  'POST /age {"birthdate": "YYYY-MM-DD"} -> {"years": integer}',
  'POST /jours-ouvres {"debut": "AAAA-MM-JJ", "fin": "AAAA-MM-JJ"} -> {"jours": entier}',
  'POST /werktage {"start": Datum (JJJJ-MM-TT), "ende": Datum (JJJJ-MM-TT)} -> {"tage": Ganzzahl}',
  // dice notation
  'POST /roll {"dice": dice notation (e.g. 2d6+3), "seed": integer} -> {"total": integer, "rolls": [integers]}',
  'POST /wuerfeln {"wurf": Würfelnotation, "seed": Ganzzahl} -> {"summe": Ganzzahl}',
  'POST /dados {"tirada": notación de dados, "semilla": entero} -> {"total": entero}',
  // bounded JSON types
  'POST /slug {"text": string of 1..200 chars} -> {"slug": string}',
  'POST /roman {"n": integer 1..3999} -> {"roman": string}',
  'POST /stats {"values": array of 2 to 6 numbers} -> {"mean": number}',
  'POST /durations {"seconds": integer 1..3600} -> {"text": string}',
  'POST /texte/stats {"texte": chaîne de 1 à 500 caractères} -> {"mots": entier}',
  'POST /romano {"numero": entero entre 1 y 3999} -> {"romano": cadena}',
  'POST /mittelwert {"werte": Liste von 2 bis 6 Zahlen} -> {"mittel": Zahl}',
];

/**
 * Near-misses: features that write a domain word but whose computation no catalog function does, or whose
 * "unit" is a plain record field: the designer must not read them as a conversion it can realise.
 */
export const TYPE_WORD_NEAR_MISSES: string[] = [
  'POST /translate {"text": string, "to": language tag} -> {"text": string}',
  'POST /übersetzen {"text": Zeichenkette, "ziel": Sprachcode} -> {"text": Zeichenkette}',
  'POST /traducir {"texto": cadena, "idioma": etiqueta de idioma} -> {"texto": cadena}',
  'POST /exchange {"amount": number, "from": currency code, "to": currency code} -> {"amount": number}',
  'POST /weather {"city": string, "unit": "C"|"F"} -> {"temperature": number}',
  'POST /stock-quote {"symbol": ticker, "currency": ISO 4217 code} -> {"price": number}',
  'POST /meeting {"at": date-time, "zone": IANA time zone, "attendees": [strings]} -> {"invite": string}',
  'POST /horoscope {"birthdate": "YYYY-MM-DD", "sign": string} -> {"text": string}',
  'POST /synthesize {"text": string of 1..200 chars, "voice": locale tag} -> {"audio": string}',
  'POST /compress {"data": string, "level": integer 1..9} -> {"data": string}',
];
