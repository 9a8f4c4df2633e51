import { recogniseFeature } from './catalog';
const F = [
  'text statistics: words, characters, sentences, average word length and the most frequent word (ignoring case)',
  'count the words (runs of non-space characters), characters including spaces and reading time in minutes (words / 200, rounded up)',
  'Textstatistik: Wörter, Zeichen, durchschnittliche Wortlänge und das häufigste Wort (Groß-/Kleinschreibung egal)',
  'estadísticas de un texto: palabras, caracteres, longitud media de las palabras y la palabra más frecuente',
  'statistiques d’un texte : mots, caractères, longueur moyenne des mots et le mot le plus fréquent',
  'statistiche di un testo: parole, caratteri, lunghezza media delle parole e la parola più frequente',
  'estatísticas de texto: palavras, caracteres, comprimento médio das palavras e a palavra mais frequente',
  'convert a text to the case the caller chooses: upper, lower, title, snake, camel or kebab; an unknown case is a 400',
  'POST /convert with {"text": string, "case": "upper"|"lower"|"title"|"snake"|"camel"|"kebab"} returns {"result": string}; unknown case → 400',
  'Text in die gewünschte Schreibweise umwandeln (upper, lower, title, snake, camel, kebab)',
  'convertir un texto al formato pedido: mayúsculas, minúsculas, título, snake, camel o kebab',
  'convertir un texte dans la casse demandée : majuscules, minuscules, titre, snake, camel ou kebab',
  'check whether a phrase is a palindrome, ignoring case, accents and punctuation',
  'verificare se una frase è palindroma ignorando maiuscole, accenti e punteggiatura',
  'prüfen, ob ein Satz ein Palindrom ist (Groß-/Kleinschreibung, Akzente und Satzzeichen egal)',
  'turn a title into a slug: lowercase, spaces and punctuation become dashes, repeated dashes collapsed, no leading or trailing dashes; an empty title is refused',
  'create articles with a title; each article gets a slug field built from the title',
  'convert markdown to HTML: headings (# and ##), paragraphs, bold, italic, inline code and links; raw HTML is escaped',
  'rate a password: weak, medium or strong; shorter than 8 characters is weak no matter what',
  'check a password against the rules (at least 12 characters, a digit, an upper-case letter) and answer pass plus the broken rules',
  'store a secret note that can be read once; after reading it is gone (404)',
  'save a snippet with ttl_seconds; after it expires GET returns 404',
];
it('probe', () => {
  for (const f of F) {
    const r = recogniseFeature(f) as any;
    const d = r && ('design' in r ? r.design : r.constraint?.alone);
    console.log(JSON.stringify(f.slice(0, 70)), '=>', r ? (d ? d.function + ' ' + JSON.stringify(d.options ?? {}).slice(0, 200) : 'constraint') : 'NULL');
  }
});
