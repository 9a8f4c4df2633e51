import { phrasingTableTests } from './testing/phrasing-check';
import { row } from './testing/paraphrases';

/*
 * Markdown to HTML asked for in a few words of each language, the parts it renders listed in that language
 * ("convertir Markdown a HTML (títulos, negrita, cursiva, enlaces)"): short features with few function words, whose
 * language is told by the names of the parts. Worked out by hand (CommonMark): "**bold** and *it*" is one
 * paragraph with a strong and an emphasis.
 */

const md = row(
  'markdown.to-html',
  { markdown: '**bold** and *it*' },
  { html: '<p><strong>bold</strong> and <em>it</em></p>' },
);

const ROWS = [
  md('convertir Markdown a HTML (títulos, negrita, cursiva, enlaces)'),
  md('pasar Markdown a HTML: encabezados, negrita, cursiva y enlaces'),
  md('convertir du Markdown en HTML (titres, gras, italique, liens)'),
  md('Markdown in HTML umwandeln (Überschriften, fett, kursiv, Links)'),
  md('convertire Markdown in HTML (titoli, grassetto, corsivo, link)'),
  md('converter Markdown em HTML (títulos, negrito, itálico, links)'),
  md('render markdown to HTML: headings, bold, italic, links and lists'),
];

/** Rows not read yet (at the start: one Spanish row, told as English until its parts' names marked Spanish). */
const NOT_YET_READ = new Set<string>([]);

describe('markdown to HTML asked for in each language', () => {
  phrasingTableTests(ROWS, NOT_YET_READ);
});
