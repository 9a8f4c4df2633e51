import { extractContract, verifySpec, type FieldSpec } from '@sf/service-spec';
import { familyIntent, offlineSpec } from '../testing/offline-spec';

/*
 * The worded-records table: record features that say in plain words how long a text field may be ("a message
 * of at most 280 characters", "un commentaire de 200 caractères maximum") or gloss the bounds of a number in
 * parentheses ("a mood from 1 (awful) to 5 (great)", "punti (interi da 0 a 100)"), in English, German, Spanish,
 * French, Italian and Portuguese, as field lists and as "record: fields" fragments. Each row names the resource
 * the SPEC must hold and the fields it must carry: a length is a text field's min_length/max_length, never a
 * number named after the unit ("message_of_characters" ≤ 280 would refuse every message); a glossed range is the
 * number's minimum/maximum. The SPEC must hold a worked 400 for a value beyond a bound it states, and the gate
 * must realise the feature. Rows not read yet are in NOT_YET_READ (run with `it.failing`: the set only shrinks).
 */

type Want = Partial<
  Pick<FieldSpec, 'type' | 'required' | 'min_length' | 'max_length' | 'minimum' | 'maximum'>
>;

interface Row {
  text: string;
  /** The resource's name, or the names it may take. */
  resource: string | string[];
  fields: Record<string, Want>;
}

const ROWS: Row[] = [
  // Lengths in words: a text field with max_length (d1-guestbook-free and other shapes and languages).
  {
    text: 'visitors sign the guestbook with their name and a message of at most 280 characters; longer messages or a missing name are turned away',
    resource: ['guestbook', 'visitor', 'entry'],
    fields: { name: { type: 'string', required: true }, message: { type: 'string', max_length: 280 } },
  },
  {
    text: 'add a post with a title of at most 80 characters and a body',
    resource: 'post',
    fields: { title: { type: 'string', max_length: 80 }, body: { type: 'string' } },
  },
  {
    text: 'register members with a nickname of up to 12 characters and an email',
    resource: 'member',
    fields: { nickname: { type: 'string', max_length: 12 } },
  },
  {
    text: 'add users with a username of 3 to 20 characters and a display name',
    resource: 'user',
    fields: { username: { type: 'string', min_length: 3, max_length: 20 }, display_name: { type: 'string' } },
  },
  {
    text: 'Kommentare anlegen mit einem Autor und einem Text von höchstens 500 Zeichen',
    resource: ['kommentare', 'kommentar', 'comment'],
    fields: { autor: { type: 'string' }, text: { type: 'string', max_length: 500 } },
  },
  {
    text: 'crear reseñas con un autor y un comentario de como máximo 200 caracteres',
    resource: ['resenas', 'resena', 'review'],
    fields: { autor: { type: 'string' }, comentario: { type: 'string', max_length: 200 } },
  },
  {
    text: 'ajouter des notes avec un titre de 60 caractères au plus et un texte',
    resource: ['notes', 'note'],
    fields: { titre: { type: 'string', max_length: 60 }, texte: { type: 'string' } },
  },
  {
    text: 'aggiungere messaggi con un autore e un testo di al massimo 140 caratteri',
    resource: ['messaggi', 'messaggio', 'message'],
    fields: { autore: { type: 'string' }, testo: { type: 'string', max_length: 140 } },
  },
  {
    text: 'cadastrar produtos com um nome de no máximo 40 caracteres e um preço',
    resource: ['produtos', 'produto', 'product'],
    fields: { nome: { type: 'string', max_length: 40 }, preco: { type: 'number' } },
  },
  // Number bounds glossed in parentheses (d1-mood-journal-free, d1-classifica-bocce-it and other shapes).
  {
    text: 'log an entry: who (a name), a mood from 1 (awful) to 5 (great) and an optional note; a mood outside 1-5 is rejected',
    resource: 'entry',
    fields: {
      name: { type: 'string', required: true },
      mood: { type: 'integer', minimum: 1, maximum: 5 },
      note: { type: 'string', required: false },
    },
  },
  {
    text: 'add reviews with an author and stars from 1 (poor) to 5 (excellent)',
    resource: 'review',
    fields: { author: { type: 'string' }, stars: { type: 'integer', minimum: 1, maximum: 5 } },
  },
  {
    text: 'Bewertungen erfassen mit Name und Punkte von 0 (schlecht) bis 10 (super)',
    resource: ['bewertungen', 'bewertung', 'rating', 'review'],
    fields: { name: { type: 'string' }, punkte: { type: 'integer', minimum: 0, maximum: 10 } },
  },
  {
    text: 'Registrare il punteggio di una partita per un giocatore: nome e punti (interi da 0 a 100; fuori da questo intervallo errore 400).',
    resource: ['punteggio', 'partita'],
    fields: { nome: { type: 'string' }, punti: { type: 'integer', minimum: 0, maximum: 100 } },
  },
  {
    text: 'registrar encuestas con un nombre y una nota (entero de 1 a 10)',
    resource: ['encuestas', 'encuesta'],
    fields: { nombre: { type: 'string' }, nota: { type: 'integer', minimum: 1, maximum: 10 } },
  },
];

/** Rows the designer does not read yet (the set only shrinks). */
const NOT_YET_READ = new Set<string>([]);

function problems(row: Row): string[] {
  const i = familyIntent('worded-svc', 'a small records service', [row.text]);
  const markdown = offlineSpec(i);
  const contract = extractContract(markdown);
  const out: string[] = [];
  const verdict = verifySpec(markdown, i).fidelity;
  if (!verdict.every((f) => f.realised))
    out.push(`feature unrealised: ${verdict.flatMap((f) => f.problems).join(' / ')}`);
  const names = typeof row.resource === 'string' ? [row.resource] : row.resource;
  const resource = contract.resources.find((r) => names.includes(r.name));
  if (!resource) {
    out.push(`no resource ${names.join('|')} (${contract.resources.map((r) => r.name).join(', ')})`);
    return out;
  }
  for (const [name, want] of Object.entries(row.fields)) {
    const f = resource.fields.find((x) => x.name === name);
    if (!f) {
      out.push(`no field ${name} (${resource.fields.map((x) => `${x.name}:${x.type}`).join(', ')})`);
      continue;
    }
    for (const [k, v] of Object.entries(want))
      if (JSON.stringify(f[k as keyof FieldSpec]) !== JSON.stringify(v))
        out.push(`${name}.${k} is ${JSON.stringify(f[k as keyof FieldSpec])}, wanted ${JSON.stringify(v)}`);
    // A bound the row states is shown by a worked 400 sending a value beyond it.
    const beyond = (body: Record<string, unknown>): boolean => {
      const v = body[name];
      if (typeof v === 'string')
        return (
          (want.max_length !== undefined && Array.from(v).length > want.max_length) ||
          (want.min_length !== undefined && Array.from(v).length < want.min_length)
        );
      if (typeof v === 'number')
        return (
          (want.maximum !== undefined && v > want.maximum) || (want.minimum !== undefined && v < want.minimum)
        );
      return false;
    };
    const bounded = [want.max_length, want.min_length, want.maximum, want.minimum].some(
      (x) => x !== undefined,
    );
    const shown = contract.acceptance.some(
      (c) =>
        c.kind === 'error' &&
        c.steps.some(
          (s) =>
            s.expect.status === 400 &&
            s.request.body !== undefined &&
            typeof s.request.body === 'object' &&
            beyond(s.request.body as Record<string, unknown>),
        ),
    );
    if (bounded && !shown) out.push(`no worked 400 sends a ${name} beyond its bound`);
  }
  return out;
}

describe('worded record fields (lengths in words, glossed bounds)', () => {
  for (const row of ROWS) {
    (NOT_YET_READ.has(row.text) ? it.failing : it)(`reads "${row.text}"`, () => {
      expect(problems(row)).toEqual([]);
    });
  }
});

/*
 * Rankings said in plain words where the best follows its noun or the order is spelled from one end to the other
 * ("una riga per giocatore con il suo punteggio migliore, dal più alto al più basso", "una fila por jugador con
 * su puntuación más alta", "du plus haut au plus bas"): beside a store of scores, a ranking endpoint that keeps
 * each owner's best, highest first, realised by the gate.
 */
interface RankRow {
  store: string;
  ranking: string;
  owner: string;
  score: string;
}

const RANK_ROWS: RankRow[] = [
  {
    store:
      'Registrare il punteggio di una partita per un giocatore: nome e punti (interi da 0 a 100; fuori da questo intervallo errore 400).',
    ranking:
      'La classifica: una riga per giocatore con il suo punteggio migliore, dal più alto al più basso; si può chiedere solo i primi N.',
    owner: 'nome',
    score: 'punti',
  },
  {
    store: 'registrare le partite con giocatore e punti',
    ranking:
      'mostrare la classifica: ogni giocatore una volta con i suoi punti migliori, dal più alto al più basso',
    owner: 'giocatore',
    score: 'punti',
  },
  {
    store: 'registrar partidas con jugador y puntos',
    ranking: 'ver la clasificación: una fila por jugador con sus puntos mejores, de mayor a menor',
    owner: 'jugador',
    score: 'puntos',
  },
  {
    store: 'enregistrer des scores avec joueur et points',
    ranking: 'le classement : une ligne par joueur avec son meilleur score, du plus haut au plus bas',
    owner: 'joueur',
    score: 'points',
  },
  {
    store: 'registrar partidas com jogador e pontos',
    ranking: 'a classificação: uma linha por jogador com os seus pontos melhores, do maior para o menor',
    owner: 'jogador',
    score: 'pontos',
  },
];

function rankProblems(row: RankRow): string[] {
  const i = familyIntent('rank-svc', 'a small scores service', [row.store, row.ranking]);
  const markdown = offlineSpec(i);
  const contract = extractContract(markdown);
  const out: string[] = [];
  const verdict = verifySpec(markdown, i).fidelity;
  for (const f of verdict) if (!f.realised) out.push(`unrealised "${f.feature}": ${f.problems.join(' / ')}`);
  const ranking = contract.endpoints.find(
    (e) => e.behavior.kind === 'ranking' && e.features.includes(row.ranking),
  );
  if (!ranking || ranking.behavior.kind !== 'ranking')
    return [...out, 'no ranking endpoint realises the ranking'];
  const b = ranking.behavior;
  if (b.score_field !== row.score) out.push(`ranked by ${b.score_field}, wanted ${row.score}`);
  if (b.best_per !== row.owner) out.push(`best per ${String(b.best_per)}, wanted ${row.owner}`);
  if (b.order !== 'desc') out.push(`order ${b.order}, wanted desc`);
  return out;
}

/*
 * One owner's best said in plain words, with 404 for an owner never seen ("Il miglior punteggio di un giocatore è
 * il più alto …; per un giocatore mai visto: 404"): a lookup of that owner's best, not a board.
 */
const LOOKUP_ROWS: RankRow[] = [
  {
    store:
      'Registrare il punteggio di una partita per un giocatore: nome e punti (interi da 0 a 100; fuori da questo intervallo errore 400).',
    ranking:
      'Il miglior punteggio di un giocatore è il più alto tra quelli registrati; per un giocatore mai visto: 404.',
    owner: 'nome',
    score: 'punti',
  },
  {
    store: 'record scores with a player and points',
    ranking: "show a player's best score, the highest they have recorded; a player never seen gives 404",
    owner: 'player',
    score: 'points',
  },
  {
    store: 'registrar una puntuación con jugador y puntos',
    ranking: 'ver la mejor puntuación de un jugador, la más alta registrada; un jugador desconocido da 404',
    owner: 'jugador',
    score: 'puntos',
  },
  {
    store: 'enregistrer un score avec joueur et points',
    ranking: "voir le meilleur score d'un joueur, le plus haut enregistré ; un joueur inconnu donne 404",
    owner: 'joueur',
    score: 'points',
  },
];

function lookupProblems(row: RankRow): string[] {
  const i = familyIntent('rank-svc', 'a small scores service', [row.store, row.ranking]);
  const markdown = offlineSpec(i);
  const contract = extractContract(markdown);
  const out: string[] = [];
  for (const f of verifySpec(markdown, i).fidelity)
    if (!f.realised) out.push(`unrealised "${f.feature}": ${f.problems.join(' / ')}`);
  const lookup = contract.endpoints.find(
    (e) => e.behavior.kind === 'ranking' && e.features.includes(row.ranking),
  );
  if (!lookup || lookup.behavior.kind !== 'ranking')
    return [...out, 'no ranking endpoint realises the lookup'];
  const b = lookup.behavior;
  if (b.owner_param === undefined) out.push('a board, not a lookup of one owner');
  if (b.best_per !== row.owner) out.push(`best per ${String(b.best_per)}, wanted ${row.owner}`);
  if (b.score_field !== row.score) out.push(`ranked by ${b.score_field}, wanted ${row.score}`);
  if (b.order !== 'desc') out.push(`order ${b.order}, wanted desc`);
  if (!lookup.errors.some((e) => e.status === 404)) out.push('no 404 for an owner never seen');
  return out;
}

describe('worded owner lookups (one owner best, 404 for one never seen)', () => {
  for (const row of LOOKUP_ROWS) {
    it(`looks up "${row.ranking}"`, () => {
      expect(lookupProblems(row)).toEqual([]);
    });
  }
});

/** Ranking rows the designer does not read yet (the set only shrinks). */
const RANK_NOT_YET = new Set<string>([]);

describe('worded rankings (best after its noun, order from one end to the other)', () => {
  for (const row of RANK_ROWS) {
    (RANK_NOT_YET.has(row.ranking) ? it.failing : it)(`ranks "${row.ranking}"`, () => {
      expect(rankProblems(row)).toEqual([]);
    });
  }
});
