import type { AdjustBehavior } from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import { fold, knownNoun, singular } from './lexicon';
import { snakeName } from './naming';
import { counterField } from './record-rules-design';

/*
 * A count kept per key, said in one feature: "count visits per page", "likes go up and down for each post",
 * "Besuche pro Seite zählen", "contar las visitas por página", "compter les visites par page". A record per key
 * (its name chosen by the client, created at its first count), whose count goes up by one (or the amount sent;
 * down too when the feature says so, never below 0), and that reads back its count (0 for a key never counted).
 */

const PER = String.raw`(?:per|for each|for every|on each|of each|on every|pro|je|por|por cada|par|pour chaque|per ogni|di ogni)`;
/** "count visits per page", "track downloads for each file", "contar visitas por pagina", "compter les visites par page". */
const COUNT_FIRST = new RegExp(
  String.raw`\b(?:count|counts|track|tally|contar|cuenta|compter|contare|conta)\s+(?:the\s+|las\s+|los\s+|les\s+|le\s+|i\s+|le\s+)?(\w+)\s+${PER}\s+(\w+)\b`,
);
/** "Besuche pro Seite zählen", "visits per page are counted", "likes go up and down for each post". */
const COUNT_LAST = new RegExp(
  String.raw`\b(\w+)\s+${PER}\s+(\w+)\s+(?:zahlen|zaehlen|erfassen|mitzahlen|(?:are|is|get|werden|wird|son|sont)\s+(?:counted|gezahlt|contad[oa]s|comptee?s))\b`,
);
const UP_AND_DOWN = new RegExp(
  String.raw`\b(\w+)\s+(?:go(?:es)?|move|moves|can go)\s+up\s+and\s+down\s+${PER}\s+(\w+)\b`,
);

/** The feature's words for counting and reading back, carried into the SPEC with the resource. */
const SAID =
  /^(?:count\w*|track\w*|tally|zahlen|zaehlen|erfassen|gezahlt|contar|contad\w*|compter|compte\w*|contare|up|down|read|show|see|abrufen|abfragen|anzeigen|lesen|stand|totals?|consultar|mostrar|lire|afficher|voir|leggere)$/;

interface CountPer {
  counted: string;
  key: string;
  signed: boolean;
}

/** What a feature counts per what, or null when it is no count per key. */
export function readCountPer(feature: string): CountPer | null {
  const text = fold(feature).replace(/[’'`]/g, ' ');
  const updown = UP_AND_DOWN.exec(text);
  if (updown) return { counted: updown[1], key: updown[2], signed: true };
  const m = COUNT_FIRST.exec(text) ?? COUNT_LAST.exec(text);
  if (!m) return null;
  // A count per unit of time is a rate ("count requests per minute"), a quota's business or a statistic.
  if (
    /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|sekunde|minute|stunde|tag|dia|minuto|hora|jour|heure)$/.test(
      m[2],
    )
  )
    return null;
  return { counted: m[1], key: m[2], signed: false };
}

/**
 * Realises a count kept per key: the key's resource with a name and the count, an increment (created at its
 * first count; an adjustment by a signed amount when the count goes up and down) and a read of the total (0
 * for a key never counted). False when the feature is none, or its key names a resource another feature keeps.
 */
export function realiseCountPer(b: ContractBuilder, feature: string): boolean {
  const read = readCountPer(feature);
  if (!read) return false;
  const noun = knownNoun(singular(read.key)) ?? singular(read.key);
  if (!/^[a-z][a-z0-9]*$/.test(noun) || b.findResource(noun)) return false;
  const r = b.resource(noun);
  const count = snakeName(read.counted, 'count');
  r.fields = [
    {
      name: 'name',
      type: 'string',
      required: true,
      unique: true,
      description: `Name of the ${noun}, chosen by the client`,
      example: `sample-${noun}`,
    },
    {
      ...counterField(count),
      minimum: 0,
      description: `${read.counted} counted for the ${noun}, 0 until counted${read.signed ? '; never below 0' : ''}`,
    },
  ];
  r.key = 'name';
  const said = fold(feature)
    .split(/[^a-z0-9]+/)
    .filter((w) => SAID.test(w));
  b.writtenAs(noun, [read.counted, read.key, ...said]);
  const item = `${b.collectionPath(noun)}/{name}`;
  const adjust: AdjustBehavior = {
    kind: 'adjust',
    resource: noun,
    param: 'name',
    field: count,
    amount_field: 'by',
    amount_default: 1,
    create_missing: true,
  };
  b.endpoint('POST', `${item}/${read.signed ? 'adjust' : 'increment'}`, adjust, feature);
  b.endpoint('GET', item, { kind: 'get', resource: noun, param: 'name', absent_as_default: true }, feature);
  return true;
}
