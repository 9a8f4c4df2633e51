import { actionOf, fold } from './lexicon';
import { namedFields } from './named-fields';
import { withoutStockLeadIn } from './stock-lead-in';

/*
 * Storing written as people say it: "keep a log of workouts with …", "let people register their bikes (frame
 * number, colour)", "Mitarbeiter erfassen", "llevar un registro de los gastos", "garder une trace des dépenses",
 * "annotare le spese". Such a feature keeps records: they are created (201 with an id), listed and read back
 * by id. The phrasing is put into the plain form the record reader knows ("store workouts with …"); what is
 * no storing — a question, a one-off transformation ("save the text as uppercase") — is told apart here.
 */

/** Verbs of keeping, folded, in the six languages intents are written in (a few inflections each). */
const STORING_VERBS = new Set(
  (
    'log logs record records register registers save saves store stores collect collects ' +
    'erfassen erfasse erfasst speichern speichere speichert hinterlegen hinterlege hinterlegt ablegen festhalten notieren notiere protokollieren registrieren ' +
    'guardar guarda registrar registra anotar anota apuntar apunta ' +
    'enregistrer enregistre noter conserver sauvegarder ' +
    'annotare annota registrare salvare salva segnare conservare ' +
    'registar regista salvar'
  ).split(' '),
);

/**
 * "keep a log of", "keep track of", "llevar un registro de", "garder une trace des", "tenere traccia dei",
 * "manter um registo das", "Buch führen über", "jot down": one verb of storing, written as a phrase.
 */
const KEEP_PHRASE =
  /\b(?:(?:keep|keeps|maintain|llevar|lleva|mantener|garder|tenir|tenere|manter|fuhren)\s+(?:a|an|un|una|une|um|uma|ein|einen)?\s*(?:log|record|diary|journal|list|registro|registo|trace|traccia|registre|liste|lista|buch|protokoll|tagebuch)(?:\s+(?:of|de|des|du|dei|degli|delle|di|das|dos|da|do|uber|von))?|keep track of|jot(?:s)? down|note(?:s)? down|(?:keep|keeps|garder|garde)(?=\s+(?:a|an|une|un)\s+(?:(?:secret|confidential|private)\s+)?(?:note|message)\b))\b/;

/**
 * Who may store, before the verb: "let people …", "users can …", "people should be able to …", "I want to …",
 * "les membres peuvent …", "a place to …". Not a record: the records are what they store.
 */
const SUBJECT =
  /^(?:(?:let|allow|enable)\s+(?:people|users|members|customers|staff|visitors|us|me|them|everyone)\s+(?:to\s+)?|(?:people|users|members|customers|staff|visitors|we|i|they|everyone|anyone)\s+(?:can|could|may|should be able to|must be able to|are able to|need to|want to)\s+|(?:i|we)\s+(?:want|need|would like)\s+to\s+|(?:a|one)\s+place\s+(?:to|where\s+(?:we|i|people)\s+can)\s+|(?:ich|wir)\s+(?:mochte|mochten|will|wollen)\s+|(?:quiero|queremos|necesito)\s+|(?:je|nous)\s+(?:veux|voudrais|voulons)\s+|(?:les\s+)?(?:membres|utilisateurs|gens)\s+peuvent\s+|(?:los\s+)?(?:usuarios|miembros)\s+pueden\s+|(?:voglio|vogliamo|quero|queremos)\s+)/;

/** Keeping or tracking alone ("track the delivery van on a live map") stores only the fields it names. */
const KEEP_ALONE = /\b(?:keep|keeps|track|tracks|tracking|maintain|maintains)\b/;

/** A question opens with one of these and ends with "?": it asks something, it keeps nothing. */
const QUESTION_OPENERS =
  /^(?:what|why|how|which|when|where|who|is|are|can|does|do|was|warum|wieso|wie|welche[rs]?|wann|wo|que|por que|como|cual|cuando|donde|pourquoi|comment|quel(?:le)?s?|quand|ou|perche|come|quale|quando|dove|porque|qual)\b/;

/** "as uppercase", "in Großbuchstaben", "en mayúsculas": a form the text is turned into once, not a record. */
const TRANSFORMED =
  /\b(?:as|in|into|to|en|auf|in|em|come|comme)\s+(?:upper ?case|lower ?case|capitals?|capital letters|title case|camel ?case|snake ?case|kebab ?case|mayusculas|minusculas|grossbuchstaben|kleinbuchstaben|majuscules?|minuscules?|maiuscol[oae]|minuscol[oae]|maiusculas|minusculas|a slug|slug|base64|hex)\b/;

/** The folded words of a feature: lower case, accents removed, punctuation as spaces. */
function folded(feature: string): string {
  return fold(feature)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** True when the feature is a question ("what is the log of 8?", "why do my notes not save?"). */
export function isQuestion(feature: string): boolean {
  return feature.trim().endsWith('?') && QUESTION_OPENERS.test(folded(feature));
}

/** True when the feature turns a text into another form once ("save the text as uppercase"). */
export function transformsOnce(feature: string): boolean {
  return TRANSFORMED.test(folded(feature));
}

/**
 * "guests can leave a message with their name", "laisser un commentaire", "deixar um recado", "eine Nachricht
 * mit ihrem Namen hinterlassen": leaving a written thing for others is storing it (who leaves it is left out).
 */
const LEAVE =
  /\b(?:leave|leaves|laisser|laissent|laisse|dejar|dejan|deja|lasciare|lasciano|lascia|deixar|deixam|deixa)\s+((?:a|an|un|une|una|uno|uma|um)\s+(?:message|note|comment|review|entry|mensaje|mensagem|messaggio|commentaire|comentario|commento|recado|mot|nota|avis)\b.*)$/;
const LEAVE_DE =
  /\b((?:eine?n?)\s+(?:nachricht|notiz|kommentar|eintrag|bewertung|gruss)\b.*?)\s+hinterlass(?:en|t)\s*[.!]?$/;

/** The feature with leaving a message said as storing it ("store a message with their name"), else null. */
function leaveAsStoring(feature: string): string | null {
  const text = feature.trim();
  if (fold(text).length !== text.length) return null;
  const lower = fold(text).toLowerCase();
  const m = LEAVE.exec(lower) ?? LEAVE_DE.exec(lower);
  // "… and the owner gets a text message": a second thing happens, more than storing.
  if (!m || /\b(?:and|und|y|et|e)\s+(?:the|der|die|das|el|la|le|il|o|a|os|as|los|las|les)\b/.test(m[1]))
    return null;
  const at = lower.indexOf(m[1]);
  return `${LEAVE_DE.test(lower) ? 'registrar' : 'store'} ${withItsText(text.slice(at, at + m[1].length))}`;
}

/** Words joining the thing left to what comes with it ("a message with their name"). */
const WITH_WORD = /\b(?:with|mit|con|avec|com)\s+/i;
/** Things left that hold others' text (a guestbook entry), and words naming a text field already listed. */
const CONTAINER = /^(?:entry|eintrag|entrada|voce)$/i;
const TEXT_WORD =
  /\b(?:message|text|texte|texto|testo|comment|commentaire|comentario|commento|note|notiz|nachricht|mensaje|mensagem|messaggio|body|content|contenu|contenido|contenuto)\b/i;

/**
 * The thing left holds its own text beside what comes with it: a guest leaving "a note with their name" sends the
 * note's text and their name ("a note with a text, their name"). A container ("an entry with a name and a text")
 * or a list naming a text already keeps its fields as written; with nothing listed, the record's usual fields.
 */
function withItsText(left: string): string {
  const w = WITH_WORD.exec(left);
  if (!w || CONTAINER.test(left.split(/\s+/)[1] ?? '')) return left;
  const listed = left.slice(w.index + w[0].length);
  return TEXT_WORD.test(fold(listed)) ? left : `${left.slice(0, w.index + w[0].length)}a text, ${listed}`;
}

/** True when the feature says to keep records with a verb of storing, and is no question or transformation. */
export function asksStoring(feature: string): boolean {
  if (isQuestion(feature) || transformsOnce(feature)) return false;
  // "Tenere le scorte di magazzino: articoli con nome, …": the records after a stock's lead-in.
  if (withoutStockLeadIn(feature) !== null) return true;
  const text = folded(feature);
  if (KEEP_PHRASE.test(text) || text.split(' ').some((w) => STORING_VERBS.has(w))) return true;
  if (leaveAsStoring(feature) !== null) return true;
  // "track expenses: amount, category, date": keeping or tracking is storing when the record's fields follow.
  return KEEP_ALONE.test(text) && namedFields(feature) !== null;
}

/** English verbs of storing: the plain verb for them is "store", read with English word order. */
const ENGLISH = new Set(
  'keep keeps maintain jot jots note notes collect collects log logs record records'.split(' '),
);

/** The plain verb for a written one: English word order for English verbs, Romance or German otherwise. */
function plainVerb(written: string): string {
  return ENGLISH.has(written.split(' ')[0]) ? 'store' : 'registrar';
}

/**
 * The feature in the plain form the record reader knows: who stores is left out ("let people register their
 * bikes" → "register their bikes"), a phrase of storing is one verb ("keep a log of workouts with …" → "store
 * workouts with …"), and a verb of storing the reader does not know opens the text ("Mitarbeiter erfassen mit
 * …" → "registrar Mitarbeiter mit …"). Case and accents are kept where nothing changed, so names read as written.
 */
export function plainStoring(feature: string): string {
  const text = (withoutStockLeadIn(feature) ?? leaveAsStoring(feature) ?? feature).trim();
  // fold keeps the length of Latin text, so a match maps back onto the written text; else it is left as written.
  const same = (t: string) => fold(t).length === t.length;
  const subject = SUBJECT.exec(fold(text).toLowerCase());
  let out = subject && same(text) ? text.slice(subject[0].length) : text;
  const phrase = KEEP_PHRASE.exec(fold(out).toLowerCase());
  if (phrase && same(out))
    out = `${out.slice(0, phrase.index)}${plainVerb(phrase[0])}${out.slice(phrase.index + phrase[0].length)}`;
  const parts = out.split(/(\p{L}+)/u);
  const at = parts.findIndex((part) => {
    const word = fold(part).toLowerCase();
    return STORING_VERBS.has(word) && actionOf(word) === null;
  });
  if (at < 0) return forOwner(out.trim());
  const verb = plainVerb(fold(parts[at]).toLowerCase());
  if (parts.slice(0, at).join('').trim() === '') parts[at] = verb;
  else {
    parts[at] = '';
    parts.unshift(`${verb} `);
  }
  return forOwner(parts.join('').replace(/\s+/g, ' ').trim());
}

/** The words that join an owner and a value into a field list, by the word for "for" of each language. */
const JOINS: Record<string, { with: string; and: string; from: string; to: string; a: string }> = {
  for: { with: 'with', and: 'and', from: 'from', to: 'to', a: 'a' },
  para: { with: 'con', and: 'y', from: 'de', to: 'a', a: 'un' },
  paraPt: { with: 'com', and: 'e', from: 'de', to: 'a', a: 'um' },
  pour: { with: 'avec', and: 'et', from: 'de', to: 'à', a: 'un' },
  fur: { with: 'mit', and: 'und', from: 'von', to: 'bis', a: 'ein' },
  per: { with: 'con', and: 'e', from: 'da', to: 'a', a: 'un' },
};

/**
 * "store a mark (0 to 100) for a student", "registrar una nota de 0 a 10 para un alumno": a value kept for an
 * owner is a record of the value with the owner and the value as its fields ("store a mark with a student and a
 * mark from 0 to 100"), so the owner's records can be read back per owner. Anything else is left as it is.
 */
function forOwner(text: string): string {
  const m =
    /^(\p{L}+)\s+(?:a|an|one|una|un|uno|uma|une|eine|einen|ein)\s+(\p{L}+)\s*(?:\(\s*(-?\d+(?:[.,]\d+)?)\s*(?:to|-|–|a|bis|à|al)\s*(-?\d+(?:[.,]\d+)?)\s*\)|(?:de|from|von|da|entre)\s+(-?\d+(?:[.,]\d+)?)\s+(?:a|to|bis|à|al|y|and)\s+(-?\d+(?:[.,]\d+)?))?\s+(for|para|pour|für|fur|per)\s+(a|an|one|each|un|una|uno|um|uma|une|einen|eine|ein|cada|chaque|ogni)\s+(\p{L}+)\s*[.!]?$/iu.exec(
      text,
    );
  if (!m) return text;
  const first = fold(m[1]).toLowerCase();
  if (!STORING_VERBS.has(first) && actionOf(first) !== 'create') return text;
  const [, verb, value, lo1, hi1, lo2, hi2, forWord, article, owner] = m;
  const lo = lo1 ?? lo2;
  const hi = hi1 ?? hi2;
  const key = fold(forWord).toLowerCase();
  const j = JOINS[key === 'para' && /^(um|uma)$/i.test(article) ? 'paraPt' : key];
  if (!j) return text;
  const range = lo !== undefined && hi !== undefined ? ` ${j.from} ${lo} ${j.to} ${hi}` : '';
  return `${verb} ${value} ${j.with} ${j.a} ${owner} ${j.and} ${j.a} ${value}${range}`;
}
