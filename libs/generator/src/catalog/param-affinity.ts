import { readFeatureLiterals, type FieldSpec, type LiteralField } from '@sf/service-spec';

/*
 * When a feature writes its own names for a computation's inputs (`?src=<unit>&dst=<unit>` for `from` / `to`,
 * `?in=<2..36>&out=<2..36>` for two bases, `?at=YYYY-MM-DDTHH:MM` for a time) and their types alone do not
 * tell which is which, the names do: the side of a conversion a name stands for (source or target, in English,
 * German, Spanish, French), a name that shares a word with the computation's, or a time written as a time.
 * Only a match that leaves exactly one written field for a computation field binds; anything else is no match.
 */

/** Words of a name that put it on the source side of a conversion. */
const SOURCE = new Set(
  (
    'from src source in input orig origin original old base ' +
    'von aus quelle ausgang ausgangs ' +
    'de desde origen fuente entrada ' +
    'depuis source origine ' +
    'da dal sorgente partenza'
  ).split(' '),
);

/** Words of a name that put it on the target side of a conversion. */
const TARGET = new Set(
  (
    'to dst dest destination target out output into new ' +
    'nach zu ziel ' +
    'hacia hasta para destino salida ' +
    'vers cible ' +
    'verso destinazione'
  ).split(' '),
);

/** Words of a computation's field names that carry what a field written as a domain word carries. */
const KIND_NAMES: Partial<Record<NonNullable<LiteralField['kind']>, string[]>> = {
  currency: ['currency'],
  locale: ['locale', 'language', 'lang'],
  time_zone: ['zone', 'tz', 'timezone'],
  dice: ['dice', 'notation', 'expression'],
};

/**
 * Names that carry the same meaning for a computation's field or result, in English, German, Spanish, French,
 * Italian and Portuguese (folded, lower case). A name belongs to a group by its whole name first (`full_number`,
 * `check_digit`), else by one of its words (`weight_kg`). The first group holds the generic names of the one
 * result a computation answers (`result`, `ergebnis`, `resultado`) and of the amount it reads.
 */
const MEANINGS: readonly (readonly string[])[] = [
  (
    'value result converted conversion scaled amount output answer n number num qty quantity input x val ' +
    'wert ergebnis betrag zahl menge resultat valor resultado cantidad importe monto numero ' +
    'valeur montant nombre quantite valore risultato importo quantidade integer int entier entero intero ' +
    'inteiro ganzzahl ' +
    'degrees temperature temp grad temperatur grados temperatura degres gradi graus'
  ).split(' '),
  'valid ok passes pass is_valid correct gueltig gultig korrekt valido valida correcto valide corretto'.split(
    ' ',
  ),
  (
    'check_digit checkdigit checksum check digit control pruefziffer prufziffer ziffer kontrollziffer ' +
    'digito digito_control verificador chiffre cle cle_controle cifra cifra_controllo'
  ).split(' '),
  (
    'full_number fullnumber full complete completed full_number with_check vollstaendig vollstandig komplett ' +
    'completo completa complet complete numero_completo intero'
  ).split(' '),
  (
    'card_number card digits pan number ziffern kartennummer nummer digitos tarjeta numero chiffres carte ' +
    'cifre carta cartao'
  ).split(' '),
  'unit einheit zieleinheit unidad unite unita unidade target_unit to_unit'.split(' '),
  'category class classification kategorie klasse categoria clase categorie classe'.split(' '),
  'country land pais pays paese country_code'.split(' '),
  'scheme protocol protokoll protocolo protocole protocollo'.split(' '),
  'host hostname domain server dominio domaine'.split(' '),
  (
    'text string str title input s content sentence phrase titel satz texto titulo frase texte titre ' +
    'testo titolo'
  ).split(' '),
  'roman numeral roman_numeral roemisch romisch romano romain romana romaine'.split(' '),
  'bmi imc'.split(' '),
  // The dice a roll answers, each die (`{"wuerfe": [Ganzzahl]}`, `{"tiradas": [entero]}`).
  // Also the values or results a roll answers, each die (`{"values": [integer]}`, `{"resultados": [inteiro]}`).
  (
    'rolls roll wuerfe wurfe wuerfel wurfel augen tiradas tirada jets lancers lanci lancio rolagens ' +
    'values results ergebnisse resultados resultats risultati valores valeurs valori werte'
  ).split(' '),
  // A sum of several values (the dice of a roll, a bill and its tip), as totals are named.
  'total sum summe gesamt gesamtsumme suma somme somma soma totale'.split(' '),
  (
    'time local localtime local_time ortszeit zeit uhrzeit hora hora_local heure heure_locale ora ' +
    'ora_locale datetime date_time'
  ).split(' '),
  'offset utc_offset versatz abweichung desfase diferencia decalage scostamento deslocamento'.split(' '),
  'zone tz timezone time_zone zeitzone zona zona_horaria fuseau fuseau_horaire fuso fuso_orario'.split(' '),
  'currency currency_code waehrung wahrung devise moneda divisa valuta moeda'.split(' '),
  'locale language lang sprache gebietsschema langue idioma lingua region'.split(' '),
  (
    'formatted formatiert formate formateado formattato formatado display lesbar lisible legible ' +
    'leggibile legivel human readable pretty'
  ).split(' '),
  (
    'seconds secs sec total_seconds sekunden sekunde segundos segundo secondes seconde secondi secondo ' +
    'total_segundos total_secondes pace_s pace_s_per_km pace_s_per_mile pace_seconds pace_sec pace_secs ' +
    's_per_km s_per_mile duration_seconds duration_s dauer_sekunden duracion_segundos duree_secondes ' +
    'durata_secondi duracao_segundos'
  ).split(' '),
  // A run's pace as a clock m:ss (`pace_per_km`, `tempo_pro_km`, `ritmo`), and its average speed (`kmh`, `mph`).
  (
    'pace ritmo allure passo lauftempo pace_per_km pace_per_mile pace_km pace_min_km pace_min_per_km ' +
    'min_per_km min_km avg_pace average_pace tempo_pro_km tempo_km ritmo_por_km allure_km passo_km'
  ).split(' '),
  (
    'speed velocity average_speed avg_speed mean_speed geschwindigkeit durchschnittsgeschwindigkeit velocidad ' +
    'velocidad_media vitesse vitesse_moyenne velocita velocita_media velocidade velocidade_media'
  ).split(' '),
  'kmh km_h kph kmph speed_kmh speed_kph speed_km_h avg_speed_kmh average_speed_kmh'.split(' '),
  'mph speed_mph avg_speed_mph average_speed_mph'.split(' '),
  // A duration written as a clock is often named by its pattern (`{"hms": "01:01:05"}`).
  'duration dauer duracion duree durata duracao hms hhmmss'.split(' '),
  // A run's finish time (`finish_time`, `zielzeit`, `temps`, `tiempo_final`), a time of day's names beside it.
  (
    'finish_time time zeit zielzeit endzeit gesamtzeit tiempo tiempo_final tiempo_total temps temps_final ' +
    'temps_total tempo_finale tempo_final tempo_totale race_time total_time finish duration dauer duracion ' +
    'duree durata duracao'
  ).split(' '),
  // The amounts of a VAT calculation and its rate (vat.ts), in the languages intents are written in.
  'net netto neto ht nettobetrag imponibile liquido'.split(' '),
  'gross brutto bruto ttc bruttobetrag lordo'.split(' '),
  'vat mwst ust iva tva cuota steuer umsatzsteuer mehrwertsteuer impuesto imposta imposto steuerbetrag'.split(
    ' ',
  ),
  'rate satz steuersatz tipo taux aliquota tasa'.split(' '),
  'size groesse grosse tamano tamanho taille dimensione human readable lesbar lisible'.split(' '),
  'decimals decimales dezimalstellen nachkommastellen decimali decimais places'.split(' '),
  // The statistics of a list, as results are named ("min", "avg", "kleinster", "promedio").
  'minimum min smallest lowest least minimo minima minimal kleinste kleinster minimale'.split(' '),
  'maximum max largest highest greatest maximo maxima maximal groesste grosste groesster maximale massimo'.split(
    ' ',
  ),
  'mean average avg durchschnitt mittelwert promedio media moyenne'.split(' '),
  'count anzahl conteo recuento cantidad compte nombre conteggio contagem quantidade'.split(' '),
  'age years age_years alter jahre lebensalter edad anos annees ans eta anni idade'.split(' '),
  (
    'birth_date birthdate birthday dob born date_of_birth geburtsdatum geburt geburtstag nacimiento ' +
    'fecha_nacimiento naissance date_naissance nascita data_nascita nascimento data_nascimento'
  ).split(' '),
];

/** Names a field answering an amount in one currency is given by that currency (`dolares` for `amount_usd`). */
const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  dollar: 'usd',
  dollars: 'usd',
  dolar: 'usd',
  dolares: 'usd',
  dollari: 'usd',
  euro: 'eur',
  euros: 'eur',
  pound: 'gbp',
  pounds: 'gbp',
  libras: 'gbp',
  sterling: 'gbp',
  franken: 'chf',
  franc: 'chf',
  francs: 'chf',
  yen: 'jpy',
};

/**
 * Whether a written name is one word of a result's own field name, or the currency it names (`usd` or
 * `dolares` for `amount_usd`).
 */
export function namesPartOf(field: string, name: string): boolean {
  const words = nameWords(name);
  if (words.length !== 1) return false;
  return nameWords(field).includes(CURRENCY_NAMES[words[0]] ?? words[0]);
}

/** Names that say only that a text is answered (`text`, `texte`, `texto`): generic for a result written as text. */
const TEXT_ANSWERS = new Set('text texte texto testo string str output'.split(' '));

/** Whether a name only says that a text is answered (`{"text": string}` for a formatted duration). */
export function isGenericText(name: string): boolean {
  return TEXT_ANSWERS.has(nameWords(name).join('_'));
}

/** The meaning groups a name belongs to: by its whole name when one holds it, else by its words. */
function meaningsOf(name: string): Set<number> {
  const words = nameWords(name);
  const whole = words.join('_');
  const byWhole = MEANINGS.flatMap((g, i) => (g.includes(whole) ? [i] : []));
  if (byWhole.length > 0) return new Set(byWhole);
  return new Set(MEANINGS.flatMap((g, i) => (words.some((w) => g.includes(w)) ? [i] : [])));
}

/** Whether two names carry the same meaning (`checksum` and `check_digit`, `ergebnis` and `value`). */
export function sameMeaning(a: string, b: string): boolean {
  const mine = meaningsOf(a);
  return [...meaningsOf(b)].some((g) => mine.has(g));
}

/** Whether a name has a known meaning at all (a computation's `category`, but not its `score`). */
export function hasMeaning(name: string): boolean {
  return meaningsOf(name).size > 0;
}

/** Whether a name is one of the generic names of a computation's one result (`result`, `ergebnis`). */
export function isGenericResult(name: string): boolean {
  return meaningsOf(name).has(0);
}

/** The lower-case words of a field name (`zone_from`, `fromUnit`, `to-base` → zone+from, from+unit, to+base). */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** Which side of a conversion a name stands for, when it says exactly one. */
function side(name: string): 'source' | 'target' | undefined {
  const all = nameWords(name);
  // "base" is the source side only on its own (`base` → `quote`): `to_base` and `base_destino` are targets.
  const strong = all.filter((w) => w !== 'base' && (SOURCE.has(w) || TARGET.has(w)));
  const words = strong.length > 0 ? strong : all;
  const source = words.some((w) => SOURCE.has(w));
  const target = words.some((w) => TARGET.has(w));
  return source === target ? undefined : source ? 'source' : 'target';
}

/** The end of a span a name stands for (`start`, `end_date`): the source or target side of a `from` / `to` pair. */
function spanEnd(name: string): 'source' | 'target' | undefined {
  const words = nameWords(name);
  if (words.some((w) => SPAN_STARTS.has(w))) return 'source';
  return words.some((w) => SPAN_ENDS.has(w)) ? 'target' : undefined;
}
const SPAN_STARTS = new Set('start begin beginning anfang beginn inicio debut inizio'.split(' '));
const SPAN_ENDS = new Set('end ending ende fin fine fim'.split(' '));

/** Whether written names stand on both sides of a conversion (`from` and `to`, `von` and `nach`, `de` and `vers`). */
function namesBothSides(names: string[]): boolean {
  const sides = names.map(side);
  return sides.includes('source') && sides.includes('target');
}

/**
 * Whether a feature spells one route whose fields (query or body) stand on both sides of a conversion
 * (`?value=<n>&from=<u>&to=<u>`, `{"wert": Zahl, "von": …, "nach": …}`): it asks to convert, whatever its verbs.
 */
export function spellsConversion(text: string): boolean {
  const literals = readFeatureLiterals(text);
  const fields = [...literals.queryFields, ...literals.request];
  // `?from=<date>&to=<date>` bounds a range of records; it converts nothing.
  if (fields.some((f) => f.rule === 'date-time' || f.kind === 'time_zone')) return false;
  return literals.routes.length === 1 && namesBothSides(fields.map((f) => f.name));
}

/** A design field's example is a date or date-time written as text. */
function isTimeText(f: FieldSpec): boolean {
  return typeof f.example === 'string' && /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}|$)/.test(f.example);
}

/**
 * Whether written field `w` is the one meant for computation field `f` by its name or written kind: the same
 * side of a conversion, a shared word (`from_unit` and `from`), an initial (`c` for `celsius`), or a time.
 */
export function nameFits(f: FieldSpec, w: LiteralField): boolean {
  const s = side(f.name);
  if (s !== undefined) return (side(w.name) ?? spanEnd(w.name)) === s;
  if (w.rule === 'date-time') return isTimeText(f);
  if (sameMeaning(f.name, w.name)) return true;
  const mine = nameWords(f.name);
  // A field written as a domain word (`"devise": code devise`) is the computation's field of that kind.
  const kindWords = w.kind ? KIND_NAMES[w.kind] : undefined;
  if (kindWords) return mine.some((x) => kindWords.includes(x));
  const theirs = nameWords(w.name);
  if (theirs.some((x) => mine.includes(x))) return true;
  return theirs.length === 1 && theirs[0].length === 1 && mine[0]?.startsWith(theirs[0]) === true;
}
