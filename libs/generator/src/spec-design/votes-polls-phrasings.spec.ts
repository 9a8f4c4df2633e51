import type { ScenarioStep } from '../testing/scenario';
import { scenarioTableTests, type ScenarioRow } from './testing/scenario-rows';

/*
 * The phrasing table of votes and polls as whole intents, spelled out and said in words, in English, German,
 * Spanish, French, Italian and Portuguese, written before the code that reads them:
 *
 * - upvotes on an item (an idea, an article by its slug, a lunch place): every upvote adds one, a count starts at 0
 *   for an item nobody voted for, the items sorted most votes first or the top three;
 * - polls with bounded options (2–6, fewer → 400), one vote per voter per poll (409), an option not in the poll
 *   (400), a closed poll refusing votes (409), the results per option.
 *
 * An intent is faithful only when every one of its features is realised: a row is a scenario run against the
 * reference interpreter of the designed contract (after the contract's own acceptance pack); a refusal row
 * (steps null) must leave a feature unrealised. Rows not read yet are named in NOT_YET_READ, so the set shrinks.
 */

type Row = ScenarioRow;

/** Feature 0 creates an item from `body`, feature 1 upvotes it twice: its count goes 0 → 1 → 2 (`count` keys). */
function twoUpvotes(body: Record<string, unknown>, count: string): ScenarioStep[] {
  return [
    { method: 'POST', feature: 0, body, status: 201, save: { id: 'id' }, has: { [count]: 0 } },
    { method: 'POST', feature: 1, params: ['{{id}}'], status: 200, has: { [count]: 1 } },
    { method: 'POST', feature: 1, params: ['{{id}}'], status: 200, has: { [count]: 2 } },
    { method: 'POST', feature: 1, params: ['no-such-item'], status: 404 },
  ];
}

/**
 * Feature 0 creates four items named under `key`, feature 1 upvotes the second three times, the fourth twice and the
 * first once; feature 2 answers the top three, most votes first (`count` keys).
 */
function topThree(key: string, count: string): ScenarioStep[] {
  const made = ['A', 'B', 'C', 'D'].map((name): ScenarioStep => ({
    method: 'POST',
    feature: 0,
    body: { [key]: name },
    status: 201,
    save: { [name]: 'id' },
  }));
  const up = (name: string): ScenarioStep => ({
    method: 'POST',
    feature: 1,
    params: [`{{${name}}}`],
    status: 200,
  });
  return [
    ...made,
    ...['B', 'B', 'B', 'D', 'D', 'A'].map(up),
    {
      method: 'GET',
      feature: 2,
      status: 200,
      list: [
        { [key]: 'B', [count]: 3 },
        { [key]: 'D', [count]: 2 },
        { [key]: 'A', [count]: 1 },
      ],
    },
  ];
}

/** Feature 0 creates a poll with `options` under `field`; fewer than two options (one) is refused with 400. */
function pollSteps(field: string, options: string[]): ScenarioStep[] {
  return [
    { method: 'POST', feature: 0, body: { question: 'Lunch?', [field]: options.slice(0, 1) }, status: 400 },
    { method: 'POST', feature: 0, body: { question: 'Lunch?', [field]: options }, status: 201 },
  ];
}

const UPVOTES: Row[] = [
  {
    name: 'en lunch places, every upvote counts, most votes first',
    features: [
      'Add a lunch place with a name',
      'Upvote a lunch place; every upvote counts',
      'List the lunch places sorted by votes, most votes first',
    ],
    steps: twoUpvotes({ name: 'Pho Corner' }, 'votes'),
  },
  {
    name: 'en ideas, top three by upvotes',
    features: ['Submit an idea with a title', 'Upvote an idea', 'Show the top three ideas by upvotes'],
    steps: twoUpvotes({ title: 'Standing desks' }, 'upvotes'),
  },
  {
    name: 'en spelled ideas with vote counts starting at 0',
    features: [
      'POST /ideas with {"title": string} returns 201 {"id": string, "title": string, "votes": 0}',
      'POST /ideas/{id}/upvote adds one vote and returns 200 {"id": string, "votes": integer}; an unknown idea returns 404',
      'GET /ideas/top returns the ideas with the most votes first',
    ],
    steps: twoUpvotes({ title: 'Standing desks' }, 'votes'),
  },
  {
    name: 'de Ideen mit Stimmen, die meisten zuerst',
    features: [
      'Eine Idee mit einem Titel einreichen',
      'Für eine Idee stimmen; jede Stimme zählt',
      'Die Ideen nach Stimmen sortiert auflisten, die meisten zuerst',
    ],
    steps: twoUpvotes({ titel: 'Mehr Pflanzen' }, 'stimmen'),
  },
  {
    name: 'es propuestas, las tres más votadas',
    features: [
      'Crear una propuesta con un título',
      'Votar por una propuesta (cada voto suma uno)',
      'Ver las 3 propuestas más votadas',
    ],
    steps: twoUpvotes({ titulo: 'Más plantas' }, 'votos|votes'),
  },
  {
    name: 'fr idées, les plus votées en premier',
    features: [
      'Proposer une idée avec un titre',
      'Voter pour une idée',
      'Lister les idées par nombre de votes, la plus votée en premier',
    ],
    steps: twoUpvotes({ titre: 'Plus de plantes' }, 'votes'),
  },
  {
    name: 'it idee, le più votate prima',
    features: [
      'Proporre un’idea con un titolo',
      'Votare per un’idea',
      'Elencare le idee per numero di voti, la più votata prima',
    ],
    steps: twoUpvotes({ titolo: 'Più piante' }, 'voti'),
  },
  {
    name: 'pt restaurantes, do mais votado ao menos votado',
    features: [
      'Cadastrar um restaurante com um nome',
      'Votar num restaurante',
      'Listar os restaurantes por número de votos, do mais votado ao menos votado',
    ],
    steps: twoUpvotes({ nome: 'Cantina' }, 'votos'),
  },
  {
    name: 'en article upvoted by its slug',
    features: [
      'Publish an article with a unique slug and a title',
      'Upvote an article by its slug',
      'Show the 3 most upvoted articles',
    ],
    steps: [
      { method: 'POST', feature: 0, body: { slug: 'hello-world', title: 'Hello' }, status: 201 },
      { method: 'POST', feature: 1, params: ['hello-world'], status: 200, has: { upvotes: 1 } },
    ],
  },
  {
    name: 'en an idea nobody voted for shows 0 votes',
    features: [
      'Post an idea with a title',
      'Upvote an idea',
      'Get an idea with its number of votes (0 when nobody voted for it)',
    ],
    steps: [
      { method: 'POST', feature: 0, body: { title: 'Plants' }, status: 201, save: { id: 'id' } },
      { method: 'GET', feature: 2, params: ['{{id}}'], status: 200, has: { votes: 0 } },
    ],
  },
  {
    name: 'en one upvote per voter, a second is 409',
    features: [
      'Post an idea with a title',
      'Upvote an idea with a voter id; the same voter upvoting the same idea again gets 409',
      'List ideas by votes, most first',
    ],
    steps: [
      { method: 'POST', feature: 0, body: { title: 'Plants' }, status: 201, save: { id: 'id' } },
      { method: 'POST', feature: 1, params: ['{{id}}'], body: { 'voter|voter_id': 'ana' }, status: 200 },
      { method: 'POST', feature: 1, params: ['{{id}}'], body: { 'voter|voter_id': 'ana' }, status: 409 },
      {
        method: 'POST',
        feature: 1,
        params: ['{{id}}'],
        body: { 'voter|voter_id': 'ben' },
        status: 200,
        has: { votes: 2 },
      },
    ],
  },
  {
    name: 'de eine Stimme pro Person und Idee',
    features: [
      'Eine Idee mit Titel einreichen',
      'Eine Idee hochvoten; jede Person darf eine Idee nur einmal hochvoten (sonst 409)',
      'Die drei Ideen mit den meisten Stimmen anzeigen',
    ],
    steps: [],
  },
];

/** The top three, the count written as a word. */
const TOP_THREE: Row[] = [
  {
    name: 'en the top three ideas by upvotes',
    features: ['Submit an idea with a title', 'Upvote an idea', 'Show the top three ideas by upvotes'],
    steps: topThree('title', 'upvotes'),
  },
  {
    name: 'de die drei Ideen mit den meisten Stimmen',
    features: [
      'Eine Idee mit einem Titel einreichen',
      'Eine Idee hochvoten',
      'Die drei Ideen mit den meisten Stimmen anzeigen',
    ],
    steps: topThree('titel', 'stimmen'),
  },
  {
    name: 'es las tres propuestas más votadas',
    features: [
      'Crear una propuesta con un título',
      'Votar por una propuesta',
      'Ver las tres propuestas más votadas',
    ],
    steps: topThree('titulo', 'votos|votes'),
  },
  {
    name: 'fr les trois idées les plus votées',
    features: [
      'Proposer une idée avec un titre',
      'Voter pour une idée',
      'Afficher les trois idées les plus votées',
    ],
    steps: topThree('titre', 'votes'),
  },
  {
    name: 'it le tre idee più votate',
    features: ['Proporre un’idea con un titolo', 'Votare per un’idea', 'Mostrare le tre idee più votate'],
    steps: topThree('titolo', 'voti|votes'),
  },
  {
    name: 'pt os três restaurantes mais votados',
    features: [
      'Sugerir um restaurante com um nome',
      'Votar num restaurante',
      'Mostrar os três restaurantes mais votados',
    ],
    steps: topThree('nome', 'votos|votes'),
  },
];

const POLLS: Row[] = [
  {
    name: 'en poll of 2 to 6 options, fewer is 400',
    features: [
      'Create a poll with a question and 2 to 6 options (fewer than two is a 400)',
      'Vote for an option by its text; an option not in the poll is 400',
      'Each user votes once per poll; a second vote is 409',
      'Show the results: votes per option',
    ],
    steps: pollSteps('options', ['Pizza', 'Sushi', 'Tacos']),
  },
  {
    name: 'de Umfrage mit 2 bis 6 Optionen',
    features: [
      'Eine Umfrage mit einer Frage und 2 bis 6 Optionen anlegen',
      'Für eine Option abstimmen; eine Option, die nicht in der Umfrage ist, gibt 400',
      'Jeder Nutzer stimmt pro Umfrage nur einmal ab (409)',
      'Das Ergebnis anzeigen: Stimmen pro Option',
    ],
    steps: pollSteps('optionen', ['Pizza', 'Sushi']),
  },
  {
    name: 'es encuesta de 2 a 6 opciones, cerrada da 409',
    features: [
      'Crear una encuesta con una pregunta y de 2 a 6 opciones',
      'Votar por una opción de la encuesta; una opción que no existe da 400',
      'Cada usuario vota una sola vez por encuesta (409)',
      'Cerrar la encuesta; votar en una encuesta cerrada da 409',
      'Ver los resultados: votos por opción',
    ],
    steps: pollSteps('opciones', ['Pizza', 'Sushi']),
  },
  {
    name: 'fr sondage de 2 à 6 options',
    features: [
      'Créer un sondage avec une question et entre 2 et 6 options',
      'Voter pour une option du sondage ; une option inconnue renvoie 400',
      'Chaque utilisateur ne vote qu’une fois par sondage (409)',
      'Voir les résultats : nombre de votes par option',
    ],
    steps: pollSteps('options', ['Pizza', 'Sushi']),
  },
  {
    name: 'it sondaggio da 2 a 6 opzioni',
    features: [
      'Creare un sondaggio con una domanda e da 2 a 6 opzioni',
      'Votare un’opzione del sondaggio; un’opzione che non c’è dà 400',
      'Ogni utente vota una sola volta per sondaggio (409)',
      'Chiudere il sondaggio; un voto su un sondaggio chiuso dà 409',
      'Vedere i risultati: voti per opzione',
    ],
    steps: pollSteps('opzioni', ['Pizza', 'Sushi']),
  },
  {
    name: 'pt enquete de 2 a 6 opções',
    features: [
      'Criar uma enquete com uma pergunta e de 2 a 6 opções',
      'Votar numa opção da enquete; uma opção que não existe dá 400',
      'Cada usuário vota só uma vez por enquete (409)',
      'Ver os resultados: votos por opção',
    ],
    steps: pollSteps('opcoes', ['Pizza', 'Sushi']),
  },
  {
    name: 'en spelled poll with voter and close',
    features: [
      'POST /polls with {"question": string, "options": [string]} (2-6 options, else 400) returns 201 {"id": string}',
      'POST /polls/{id}/votes with {"user_id": string, "option": string} returns 201; a second vote by the same user_id returns 409; an option not in the poll returns 400',
      'POST /polls/{id}/close closes the poll; voting on a closed poll returns 409',
      'GET /polls/{id}/results returns {"results": {"<option>": integer}, "total": integer}',
    ],
    steps: pollSteps('options', ['Pizza', 'Sushi']),
  },
  {
    name: 'en poll closing at a time',
    features: [
      'Create a poll with a question, 2 to 6 options and a closes_at time',
      'Vote for an option; votes after closes_at are refused with 409',
      'Show the votes per option',
    ],
    steps: [
      {
        method: 'POST',
        feature: 0,
        body: { question: 'Lunch?', options: ['A', 'B'], closes_at: '2020-01-01T00:00:00Z' },
        status: 201,
        save: { past: 'id' },
      },
      { method: 'POST', feature: 1, params: ['{{past}}'], body: { option: 'A' }, status: 409 },
      {
        method: 'POST',
        feature: 0,
        body: { question: 'Lunch?', options: ['A', 'B'], closes_at: '2999-01-01T00:00:00Z' },
        status: 201,
        save: { open: 'id' },
      },
      { method: 'POST', feature: 1, params: ['{{open}}'], body: { option: 'A' }, status: 201 },
    ],
  },
];

const KUDOS: Row[] = [
  {
    name: 'en kudos to a colleague, not to yourself',
    features: [
      'Give kudos to a colleague: from, to and a message of at most 280 characters',
      'You cannot give kudos to yourself (400)',
      'List the kudos a person received',
    ],
    steps: [],
  },
];

/** Said with the words of votes and polls, but asking what no behaviour does: the intent must be refused. */
const NEAR_MISSES: Row[] = [
  {
    name: 'ranked-choice poll with an instant runoff',
    features: [
      'Create a poll with a question and its options',
      'Each voter ranks all the options; the winner is found by instant runoff',
    ],
    steps: null,
  },
  {
    name: 'votes weighted by seniority',
    features: [
      'Post an idea with a title',
      'Upvote an idea; a vote counts double when the voter is a manager',
    ],
    steps: null,
  },
];

/** Rows the designer does not read yet (each fails its check; drop it once it is read). */
const NOT_YET_READ = new Set<string>([
  // The article is upvoted by id, not by its slug.
  'en article upvoted by its slug',
  // A poll that closes at a time: today WRONGLY read as a poll closed by hand.
  'en poll closing at a time',
  // Kudos: not to yourself, the kudos a person received.
  'en kudos to a colleague, not to yourself',
]);

scenarioTableTests({
  title: 'votes and polls said as whole intents, spelled out and in words',
  service: 'votes-desk',
  purpose: 'votes and polls for a team',
  rows: [...UPVOTES, ...TOP_THREE, ...POLLS, ...KUDOS, ...NEAR_MISSES],
  notYetRead: NOT_YET_READ,
  atLeast: 12,
});
