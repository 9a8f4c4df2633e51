/*
 * The words of a field's name in a part of a free-text field list: what only points at the record (articles,
 * possessive determiners, "own") goes, the noun stays (named-fields.ts and phrase-fields.ts read with them).
 */

/** Articles, dropped anywhere in a field's phrase. */
export const ARTICLES = new Set(
  'a an the its their his her some one un une una uno le la les el los las der die das dem den ein eine einen einer einem um uma o os as il lo gli unos unas uns umas dei degli delle'.split(
    ' ',
  ),
);
/**
 * Words that only point at the record before a field's noun, never part of its name: articles and possessive
 * determiners of the six languages read ("sa référence", "seinem Namen", "su código", "il suo codice", "seu nome",
 * "their name"). Dropped only at the head of a part and only while a word is left, so a noun that is also one of
 * them keeps its meaning when it stands alone ("el mes" → `mes`). The articles of {@link ARTICLES} go anywhere.
 */
const DETERMINERS = new Set(
  (
    'le la les l un une des du sa son ses leur leurs mon ma mes notre nos votre vos ' +
    'der die das den dem des ein eine einen einem einer eines sein seine seinen seinem seiner seines ' +
    'ihr ihre ihren ihrem ihrer ihres mein meine meinen meinem meiner unser unsere unseren unserem unserer ' +
    'el los las una unos unas su sus mi mis nuestro nuestra nuestros nuestras ' +
    'il lo i gli uno suo sua suoi sue loro mio mia miei mie nostro nostra nostri nostre vostro vostra ' +
    'o a os as um uma seu seus suas meu minha meus minhas nosso nossa nossos nossas ' +
    'the an its their his her my our your'
  ).split(' '),
);
/** "their own threshold", "son propre seuil", "seinen eigenen Mindestbestand", "su propio mínimo". */
const OWN = new Set(
  'own propre propres eigen eigene eigenen eigenem eigener eigenes propio propia propios propias proprio propria propri proprie proprios proprias'.split(
    ' ',
  ),
);
/**
 * "a unique key", "eine eindeutige Nummer", "una clave única", "une clé unique": a rule on the field (read by
 * `uniqueNamed`), never a word of its name; kept before "id", which would name the record's own id.
 */
const UNIQUE = new Set(
  'unique unico unica eindeutig eindeutige eindeutigen eindeutiger eindeutiges einmalig einmalige einmaligen einmaliger einmaliges'.split(
    ' ',
  ),
);
/**
 * The words of a field's name in a part of a field list: the determiners at its head ("sa", "de la", "seinem",
 * "il suo", "their own") and the articles anywhere go, and so does "unique" before or after the noun; a German
 * weak noun after them takes its dictionary form ("seinem Namen" → name, "ihrem Vornamen" → vorname).
 */
export function nounWords(words: string[]): string[] {
  const head = [...words];
  while (
    head.length > 1 &&
    // A word before a preposition is a noun, never a determiner: "el mes de inicio" names mes_de_inicio.
    !/^(?:de|di|da|do|du|del|della|of|von)$/.test(head[1] ?? '') &&
    (DETERMINERS.has(head[0]) || (head[0] === 'de' && DETERMINERS.has(head[1] ?? '')) || OWN.has(head[0]))
  )
    head.shift();
  const named = head.filter((w) => !ARTICLES.has(w));
  if (named.length === 2 && UNIQUE.has(named[0]) && named[1] !== 'id') named.shift();
  else if (named.length === 2 && UNIQUE.has(named[1])) named.pop();
  return named.map((w) => w.replace(/namen$/, 'name'));
}
