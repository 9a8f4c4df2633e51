import { readFeatureLiterals, writtenSample, type LiteralField } from '@sf/service-spec';
import {
  stringField,
  type CatalogFamily,
  type DesignReference,
  type FunctionCode,
  type FunctionDesign,
  type Recognised,
} from './catalog-entry';
import { hasAny, wordList } from './feature-words';

/*
 * Echo routes: the answer is the text the request sends, unchanged, in the response field the feature names
 * ("GET /echo?msg=hi returns {"echo": "hi"}", "GET /ping?nom=Ana renvoie {"pong": "Ana"}", "POST /eco con
 * {"mensaje": string} devuelve {"eco": string} con el mismo mensaje", "a GET endpoint that repeats back the message
 * passed in the query string"). A route whose answer is a constant ("GET /ping returns {"pong": true}") is no echo:
 * the feature states its answer, and the designer answers it as stated.
 *
 * Read when a route is written with one text sent and one text answered and either the same value written on both
 * sides (`?msg=hi` → `"hi"`, `?msg=<text>` → `<text>`) or words that say the answer is what was sent ("echo",
 * "repeat back", "the same", "denselben", "el mismo", "tel quel", "lo stesso", "o mesmo"); in free text, such words
 * with a noun of what is sent (message, text, word). The catalog tries this family last: every computation on a
 * text (upper case, reverse, count) reads its own words first.
 */

export const ECHO_CODE: FunctionCode = {
  id: 'echo.repeat',
  exportName: 'echoRepeat',
  source: String.raw`/**
 * echo.repeat: answers the text sent, exactly as it arrived (no trimming, no change of case or accents). The
 * field's validation has refused a missing or empty text already; a text that is no string is refused here.
 */
export const echoRepeat: CatalogFunction = (input) => {
  if (typeof input.text !== 'string') return { ok: false, problems: ['text must be a string'] };
  if (input.text === '') return { ok: false, problems: ['text is empty: there is nothing to send back'] };
  return { ok: true, value: { echo: input.text } };
};`,
};

/** Texts and what an echo answers for them, written by hand: the very same text. */
const FACTS: string[] = ['hi', 'Grüße aus Köln', '  two  spaces kept  ', '<b>not html</b> & "quotes"'];

/** The reference semantics: the text sent is the answer; a missing or empty text has none. */
const REFERENCE: DesignReference = {
  read: () => null,
  compute: (params) =>
    typeof params.text === 'string' && params.text !== ''
      ? { ok: true, results: { echo: params.text } }
      : { ok: false, why: 'the text to send back is missing or empty' },
};

/** The design for answering the text sent (`input` the request field, `method` where it is read from). */
export function echoDesign(method: 'GET' | 'POST', input = 'text'): FunctionDesign {
  const where = method === 'GET' ? 'query parameter' : 'body field';
  return {
    function: ECHO_CODE.id,
    method,
    path: '/echo',
    summary: `Echoes the request: answers the text of the ${where} ${input} exactly as it was sent (spaces, letter case and accents unchanged; nothing is stored). A request without the text, or with an empty one, is refused with 400.`,
    inputs: [{ param: 'text', field: stringField(input, 'The text to send back', FACTS[0]) }],
    outputs: [{ result: 'echo', field: 'echo', description: 'The text sent, unchanged', example: FACTS[0] }],
    examples: FACTS.map((text) => ({
      description: `${JSON.stringify(text)} comes back as ${JSON.stringify(text)}.`,
      input: { [input]: text },
      output: { echo: text },
    })),
    refusals: [{ description: 'A request without the text has nothing to send back.', input: {} }],
    reference: REFERENCE,
  };
}

/** Verbs and phrases that say the answer is what the request sent, in the languages intents are written in. */
const ECHO_WORDS = wordList(
  'echo echoes echoed echoing echos eco ecos ecoa ecoar repeat repeats repeated repeating parrot parrots ' +
    'wiederhole wiederholen wiederholt wiederholte spiegelt spiegeln repite repiten repetir repetido repite repete repetem ' +
    'ripeti ripete ripetere ripetuto repete repetir repetida repetido rejoue',
);
/** Words that say the answer is the same as what was sent ("the same message", "tel quel", "denselben Text"). */
const SAME_WORDS = wordList(
  'same unchanged verbatim identical selbe selben denselben dieselbe dasselbe unverandert mismo misma mismos ' +
    'identico identica identique identiques inchange stesso stessa invariato mesmo mesma inalterado',
);
/** Two-word phrases of the same ("tel quel", "tal cual", "le même"). */
const SAME_PHRASES = ['tel quel', 'telle quelle', 'tal cual', 'le meme', 'la meme', 'as sent', 'as is'];
/** "repeats back", "sends back", "says back": a verb with back is an echo too. */
const BACK_VERBS = wordList(
  'repeats repeat sends send says say returns return gives give hands hand reflects',
);
/** What is sent, as a noun ("the message", "die Nachricht", "el mensaje", "le texte"). */
const SENT_NOUNS = wordList(
  'message messages msg text texts word words string phrase sentence input nachricht nachrichten text wort ' +
    'worter satz eingabe mensaje mensajes texto palabra frase entrada texte mot phrase entree messaggio testo ' +
    'parola frase mensagem texto palavra frase',
);
/** Words of another feature that would take the text (n times, transformed, counted, stored). */
const OTHER = wordList(
  'times mal veces fois volte vezes upper lower uppercase lowercase reverse reversed reverses translate translated ' +
    'encode decode hash count counts counted store stored save saved list delete upload file files slug title ' +
    'capitalize uppercased lowercased shout scramble sort sorted shuffle create creates created add adds added ' +
    'record records register registers keep keeps id ids note notes item items entry entries',
);

/** Whether the feature's words say the answer repeats what was sent. */
function saysEcho(ws: string[]): boolean {
  if (hasAny(ws, ECHO_WORDS)) return true;
  const back = ws.some((w, i) => (w === 'back' || w === 'zuruck') && i > 0 && BACK_VERBS.includes(ws[i - 1]));
  const joined = ` ${ws.join(' ')} `;
  return back || hasAny(ws, SAME_WORDS) || SAME_PHRASES.some((p) => joined.includes(` ${p} `));
}

/** The one text a written route sends and the one text it answers, or null. */
function sentAndAnswered(
  text: string,
): { method: 'GET' | 'POST'; sent: LiteralField; answered: LiteralField } | null {
  const literals = readFeatureLiterals(text);
  if (literals.routes.length !== 1 || literals.problems.length > 0) return null;
  const [route] = literals.routes;
  if (route.method !== 'GET' && route.method !== 'POST') return null;
  if (route.path.includes('{')) return null;
  const sent = route.method === 'GET' ? literals.queryFields : literals.request;
  if (sent.length !== 1 || literals.response.length !== 1) return null;
  const texty = (f: LiteralField) =>
    (f.type === undefined || f.type === 'string') && (f.enum === undefined || f.enum.length === 1);
  if (!texty(sent[0]) || !texty(literals.response[0])) return null;
  return { method: route.method, sent: sent[0], answered: literals.response[0] };
}

/** The same value written on both sides: `?msg=hi` answered `"hi"`, `?msg=<text>` answered `<text>`. */
function sameWritten(text: string, sent: LiteralField, answered: LiteralField): boolean {
  const sample = writtenSample(text);
  const a = sample.sent[sent.name];
  const b = sample.answered[answered.name];
  if (typeof a === 'string' && a !== '' && a === b) return true;
  const placeholder = (name: string, after: string) =>
    new RegExp(`${name}${after}\\s*(<[^<>]{1,40}>)`).exec(text)?.[1]?.replace(/\s+/g, '');
  const asked = placeholder(sent.name, '=') ?? placeholder(`"${sent.name}"`, ':');
  const given = placeholder(`"${answered.name}"`, ':');
  return asked !== undefined && asked === given;
}

/** GET when the free text says the text comes in the query ("in the query string", "als Query-Parameter"). */
function methodOf(ws: string[]): 'GET' | 'POST' {
  return hasAny(
    ws,
    wordList('get query querystring abfrage abfrageparameter consulta parametre parametro url'),
  )
    ? 'GET'
    : 'POST';
}

export const ECHO: CatalogFamily = {
  name: 'echo',
  functions: [ECHO_CODE],
  recognise(text: string, ws: string[]): Recognised {
    if (hasAny(ws, OTHER)) return null;
    const written = sentAndAnswered(text);
    if (written) {
      if (!sameWritten(text, written.sent, written.answered) && !saysEcho(ws)) return null;
      return { design: echoDesign(written.method, written.sent.name) };
    }
    if (readFeatureLiterals(text).routes.length > 0) return null;
    if (!saysEcho(ws) || !hasAny(ws, SENT_NOUNS)) return null;
    const noun = ws.find((w) => ['message', 'msg', 'text', 'word'].includes(w)) ?? 'message';
    return { design: echoDesign(methodOf(ws), noun) };
  },
};
