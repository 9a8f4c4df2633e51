import type { FieldSpec } from '@sf/service-spec';
import { actionOf, fold } from './lexicon';
import { applyProseRule, partRule } from './record-rules-design';
import { snakeName } from './naming';
import { writtenField } from './samples';

/*
 * The fields a record feature names in free text: "add a task with a title, a due date (YYYY-MM-DD) and
 * whether it is already done; a title is required" → title (required), due_date (a date), done (a flag).
 * Read only when every part is plainly a field: a clause the reader cannot split into short noun phrases
 * leaves the resource's fields as they were (the fidelity gate then says what is missing).
 */

/** "… for a room" / "für einen Raum" / "pour une salle" / "para una sala" right before the "with" clause. */
const FOR_OWNER =
  /\b(?:for|fur|pour|para|per)\s+(?:a|an|the|one|einen|eine|ein|einem|un|une|una|uno|el|la|le|il)\s+([a-z]+)\s*$/;
const WITH = /\b(?:with|having|containing|avec|con|mit|com)\b\s+(.+?)(?:[;.]|$)/i;
const ARTICLES = new Set(
  'a an the its their his her some one un une le la les el los las der die das ein eine einen um uma o os as'.split(
    ' ',
  ),
);
const DATE_HINT = /\b(date|day|deadline|due|birthday|birthdate|fecha|datum|data)\b|yyyy-mm-dd/;
const NUMBER_HINT =
  /\b(number of|count|amount|price|cost|quantity|qty|age|total|maximum|minimum|max|min|capacity|limit|seats|score|points|preis|precio|prix|preco|prezzo|betrag|importe|montant|anzahl|cantidad|quantite|quantidade|quantita|menge)\b/;
const FLAG = /^(?:whether|if)\s+(?:it|the \w+)\s+(?:is|has been|was)\s+(?:already\s+)?(\w+)$/;

/** The fields named after "with" in a record feature, or null when the text names none it can read. */
export function namedFields(feature: string): FieldSpec[] | null {
  const found = WITH.exec(feature);
  const clause = found?.[1];
  if (!found || !clause) return null;
  const requiredWords = requiredNames(feature);
  // "between 1 and 5" is one field's range, not two fields: kept apart from the split and read back per part.
  const ranges: string[] = [];
  const parts = clause
    .replace(
      /\b(?:between|entre|zwischen|tra)\s+-?\d+(?:[.,]\d+)?\s+(?:and|et|y|und|e)\s+-?\d+(?:[.,]\d+)?/gi,
      (m) => {
        ranges.push(m);
        return `«${ranges.length - 1}»`;
      },
    )
    .split(/,|\band\b|\bet\b|\by\b|\bund\b|\be\b/i)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  // A verb closing the clause ("… mit Beginn und Ende anlegen") is not part of the last field.
  const last = parts.length - 1;
  if (last >= 0) {
    const tail = parts[last].split(/\s+/);
    if (tail.length > 1 && actionOf(fold(tail[tail.length - 1]).toLowerCase()) !== null)
      parts[last] = tail.slice(0, -1).join(' ');
  }
  // "a booking for a room with …": the record names what it is for.
  const owner = FOR_OWNER.exec(fold(feature.slice(0, found.index)).toLowerCase())?.[1];
  if (owner) parts.unshift(owner);
  const fields: FieldSpec[] = [];
  for (const raw of parts) {
    const { rest, rule } = partRule(raw.replace(/«(\d+)»/g, (_, i: string) => ranges[Number(i)]));
    const hint = fold(rest).toLowerCase();
    const text = hint
      .replace(/\([^)]*\)/g, ' ')
      .replace(/[^a-z0-9 ]+/g, ' ')
      .trim();
    const flag = FLAG.exec(text);
    if (flag) {
      fields.push({ ...writtenField(snakeName(flag[1], 'flag'), 'boolean', false), default: false });
      continue;
    }
    const words = text
      .replace(/\bnumber of\b/, ' ')
      .split(/\s+/)
      .filter((w) => w !== '' && !ARTICLES.has(w));
    if (words.length === 0 || words.length > 3) return null;
    const number = NUMBER_HINT.test(text) || rule !== null;
    const name = snakeName(words.join('_'), 'field');
    const type: FieldSpec['type'] = number
      ? /price|cost|amount|preis|precio|prix|preco|prezzo|betrag|importe|montant/.test(text)
        ? 'number'
        : 'integer'
      : 'string';
    const field = writtenField(name, type, requiredWords.size === 0 || requiredWords.has(name));
    if (rule) applyProseRule(field, rule);
    fields.push(DATE_HINT.test(hint) && type === 'string' ? { ...field, example: '2025-06-01' } : field);
  }
  const names = fields.map((f) => f.name);
  return fields.length > 0 && new Set(names).size === names.length ? fields : null;
}

/** Fields the feature says are required ("a title is required", "title is mandatory"), by name. */
function requiredNames(feature: string): Set<string> {
  const found = new Set<string>();
  for (const m of fold(feature)
    .toLowerCase()
    .matchAll(
      /\b(?:an?|the)?\s*(\w+(?: \w+)?) (?:is|are) (?:required|mandatory|obligatoire|obligatorio|pflicht)\b/g,
    )) {
    found.add(snakeName(m[1].replace(/^(a|an|the) /, '').replace(/ /g, '_'), 'field'));
  }
  return found;
}

/**
 * Fields a feature says must not repeat: "an existing sku returns 409", "the same email twice is refused",
 * "duplicate titles are rejected", "each code is unique". Only names among `fields` are returned.
 */
export function uniqueNamed(feature: string, fields: string[]): string[] {
  const text = fold(feature).toLowerCase();
  const found = new Set<string>();
  const patterns = [
    /\b(?:existing|duplicate|duplicated|same|repeated)\s+(\w+)/g,
    /\b(\w+)\s+(?:already exists|already taken|already used|must be unique|is unique|are unique)\b/g,
    /\beach\s+(\w+)\s+is\s+unique\b/g,
    // "email unique", "unique email", and the same in German, Spanish, French and Portuguese.
    /\b(\w+)\s+(?:unique|uniques|unico|unica|unicos|unicas|eindeutig|einmalig)\b/g,
    /\b(?:unique|eindeutige?[nrs]?|unico|unica|unicos|unicas)\s+(\w+)/g,
    /\b(?:doppelte?[nrs]?|duplicad[oa]s?|mismo|misma|meme|mesmo|mesma|gleiche?[nrs]?)\s+(\w+)/g,
    /\b(\w+)\s+(?:ya existe|existe deja|existiert bereits|ja existe|en double|duplicad[oa])\b/g,
  ];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      const word = m[1].replace(/s$/, '');
      const name = fields.find((f) => f === m[1] || f === word);
      if (name) found.add(name);
    }
  }
  return [...found];
}

/** `fields` with those the feature says must not repeat marked unique. */
export function withUniqueNamed(feature: string, fields: FieldSpec[]): FieldSpec[] {
  const unique = uniqueNamed(
    feature,
    fields.map((f) => f.name),
  );
  return fields.map((f) => (unique.includes(f.name) ? { ...f, unique: true } : f));
}
