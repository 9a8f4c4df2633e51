import type { EndpointSpec, FieldSpec, ResourceSpec, VoteBehavior } from '@sf/service-spec';
import { asSaid, featureWords, wordList as w } from '../catalog/feature-words';
import type { ContractBuilder } from './contract-builder';
import { refuseBeyondListed } from './field-bounds-design';
import { ONCE, WHILE_OPEN } from './ballot-words';
import { flagField } from './samples';
import { asksUnkeptVote } from './vote-limits';

/*
 * Polls, ballots and tallies said in words, in six languages ("create a poll with a question and 2–10 options",
 * "each person votes once per poll", "cerrar una encuesta; votar en una encuesta cerrada devuelve 409", "voir les
 * résultats du sondage"): a poll is a record holding its options (a string array, with the count bounds the
 * feature states); a vote names one of them (`vote`); a close is the hold on `closed` that a vote then refuses
 * (409); the results count every option (`tally`). A feature that only rates, limits or averages votes is none
 * of these.
 */

/** Words naming a poll or an election (folded), each mapped to the resource it names. */
const POLLS: Record<string, string> = Object.fromEntries(
  w(`poll:poll polls:poll election:election elections:election ballot:poll umfrage:umfrage umfragen:umfrage
    abstimmung:abstimmung wahl:wahl encuesta:encuesta encuestas:encuesta votacion:votacion eleccion:eleccion
    elecciones:eleccion sondage:sondage sondages:sondage scrutin:scrutin sondaggio:sondaggio sondaggi:sondaggio
    votazione:votazione elezione:elezione enquete:enquete enquetes:enquete votacao:votacao eleicao:eleicao`).map(
    (pair): [string, string] => [pair.split(':')[0], pair.split(':')[1]],
  ),
);

/** The options of a poll as written, and the name of one of them. */
export const OPTIONS: Record<string, string> = {
  options: 'option',
  choices: 'choice',
  candidates: 'candidate',
  answers: 'answer',
  optionen: 'option',
  antwortmoglichkeiten: 'option',
  kandidaten: 'kandidat',
  opciones: 'opcion',
  candidatos: 'candidato',
  candidats: 'candidat',
  choix: 'choix',
  opzioni: 'opzione',
  candidati: 'candidato',
  opcoes: 'opcao',
};

/** Verbs of casting a vote (never "upvote", a counter on a record). */
export const VOTE = new Set(
  w(`vote votes voting voted cast ballot ballots abstimmen abgestimmt stimmen stimmt abstimmung votar vota votan voto
    voter vote votent votare votano`),
);

/** Words of the results of a poll, each the name of its results field. */
const RESULTS: Record<string, string> = {
  results: 'results',
  result: 'results',
  resultado: 'resultado',
  contagem: 'contagem',
  tally: 'tally',
  ergebnis: 'ergebnis',
  ergebnisse: 'ergebnis',
  conteo: 'conteo',
  resultados: 'resultados',
  recuento: 'recuento',
  resultats: 'resultats',
  decompte: 'decompte',
  risultati: 'risultati',
};

/** Words of voting again: beside a 409 they say each voter votes once (poll-literals.ts). */
export const ONCE_OR_AGAIN =
  /\b(again|otra vez|de nuevo|erneut|nochmal|noch einmal|encore|di nuovo|novamente)\b/;
export { ONCE };

/** Words of a voter, folded; people in general vote as `voter`. */
const VOTERS: Record<string, string> = {
  person: 'voter',
  people: 'voter',
  everyone: 'voter',
  user: 'voter',
  voter: 'voter',
  member: 'member',
  teilnehmer: 'teilnehmer',
  wahler: 'wahler',
  votante: 'votante',
  electeur: 'electeur',
  elettore: 'elettore',
  eleitor: 'eleitor',
  participant: 'participant',
  participante: 'participante',
  persona: 'voter',
  pessoa: 'voter',
  gente: 'voter',
};

/** Words of the refusals a vote keeps: who (each, the same one) and the conflict. */
const RULE_WORDS = new Set(
  w(`each same conflict jeder jede selbe gleiche konflikt cada mismo misma conflicto chaque meme conflit ogni
    stesso conflitto mesmo conflito`),
);

/** Closing, reopening, closed. */
export const CLOSE = new Set(
  w(
    `close closes closing schliessen schliesst schließen schließt beenden beendet cerrar cierra fermer ferme cloturer
    clore chiudere fechar encerrar encerra`,
  ),
);
const REOPEN = /\b(reopen|reopened|wieder (zu )?offnen|wieder geoffnet|reabrir|rouvrir|riaprire)\b/;
export const CLOSED = new Set(
  w(
    `closed geschlossen geschlossenen geschlossene beendete beendeten cerrada cerrado ferme fermee cloture cloturee
    clos chiuso chiusa fechada fechado encerrada encerrado`,
  ),
);

/** Words that make vote words something else: a rate, an average, an upvote counter. */
export const NOT_BALLOTS = new Set(
  w(`average mean media moyenne durchschnitt minute minuto hour stunde heure rate limit upvote upvotes
    hochvoten rating ratings`),
);

/** The folded text of a feature, one space between words. */
export function folded(feature: string): string {
  return featureWords(feature).join(' ');
}

/** A count's noun: the options of a poll, in the languages read (folded). */
const OPTION_WORDS = '(?:options|optionen|opciones|opzioni|opcoes|choices|candidates|antwortmoglichkeiten)';

/** The bounds of a count of options the feature writes: "2–10", "2 bis 8", "entre 2 y 6", "at least two". */
export function optionCount(text: string): { min?: number; max?: number } {
  const n = '(\\d+|two|zwei|dos|deux|due|duas|three|drei|tres|trois|tre)';
  const num = (s: string) =>
    /^\d+$/.test(s) ? Number(s) : ['three', 'drei', 'tres', 'trois', 'tre'].includes(s) ? 3 : 2;
  const range = new RegExp(
    `\\b(?:between |entre |from |da |de |von )?${n} (?:(?:to|bis|y|a|et|e|and) )?${n} (?:options|optionen|opciones|opzioni|opcoes|choices|candidates|antwortmoglichkeiten)`,
  ).exec(text);
  if (range) return { min: num(range[1]), max: num(range[2]) };
  // `"options": [string, ...] (2-10)`: the bounds written right after the array.
  const written =
    /\b(?:options|optionen|opciones|opzioni|opcoes|choices|candidates) string (\d+) (\d+)\b/.exec(text);
  if (written) return { min: Number(written[1]), max: Number(written[2]) };
  const least =
    new RegExp(`\\b(?:at least|mindestens|al menos|au moins|almeno|pelo menos) ${n}\\b`).exec(text) ??
    // "two or more options", "duas ou mais opções", "fewer than two options is a 400": at least that many.
    new RegExp(`\\b${n} (?:or more|oder mehr|o mas|ou plus|o piu|ou mais) ${OPTION_WORDS}`).exec(text) ??
    new RegExp(`\\b(?:fewer than|less than|weniger als|menos de|moins de|meno di) ${n} ${OPTION_WORDS}`).exec(
      text,
    );
  return least ? { min: num(least[1]) } : {};
}

/** The poll resource: the one already holding options, else the one the feature's poll word names. */
function pollOf(b: ContractBuilder, words: string[]): ResourceSpec | null {
  const held = b.contract.resources.find((r) =>
    r.fields.some((f) => f.type === 'string[]' && f.name in OPTIONS),
  );
  if (held) return held;
  // "Show the results: votes per option" may come before the poll's own feature (one that says what it refuses is
  // designed later): the poll another feature of the intent names.
  const about = words.some((t) => t in OPTIONS || t in RESULTS || OPTION_NAMES.has(t));
  const intent = about ? b.contract.service.features.flatMap((f) => featureWords(f)) : [];
  const word = words.find((t) => t in POLLS) ?? intent.find((t) => t in POLLS);
  return word === undefined ? null : b.resource(POLLS[word]);
}

/** Declares a poll's question and options on `r` (the options field named as the feature writes it). */
/** Options a poll may hold: as many as its bounds ask at least (two when they say nothing), distinct. */
export function optionsExample(bounds: { min?: number; max?: number }): string[] {
  const count = Math.min(Math.max(bounds.min ?? 2, 2), bounds.max ?? Infinity);
  return Array.from(
    { length: count },
    (_, i) => ['Pizza', 'Sushi', 'Salad', 'Tacos', 'Soup'][i] ?? `Dish ${i + 1}`,
  );
}

function declarePoll(
  r: ResourceSpec,
  optionsWord: string,
  bounds: { min?: number; max?: number },
): FieldSpec {
  const existing = r.fields.find((f) => f.type === 'string[]' && f.name in OPTIONS);
  if (existing)
    return Object.assign(
      existing,
      bounds.min === undefined ? {} : { min_items: bounds.min },
      bounds.max === undefined ? {} : { max_items: bounds.max },
      { example: optionsExample({ min: existing.min_items, max: existing.max_items, ...bounds }) },
    );
  const question: FieldSpec = {
    name: 'question',
    type: 'string',
    required: true,
    description: 'What the poll asks',
    example: 'Where do we eat?',
  };
  const options: FieldSpec = {
    name: optionsWord,
    type: 'string[]',
    required: true,
    description: 'The options voters choose from',
    example: optionsExample(bounds),
    ...(bounds.min === undefined ? {} : { min_items: bounds.min }),
    ...(bounds.max === undefined ? {} : { max_items: bounds.max }),
  };
  r.fields = [
    ...r.fields.filter((f) => !['name', 'title', 'description', 'question'].includes(f.name)),
    question,
    options,
  ];
  return options;
}

/** Quotes the feature an endpoint realises in its summary, so the SPEC carries the words it was asked in. */
export function quote(e: EndpointSpec, feature: string | null): EndpointSpec {
  const said = feature === null ? '' : ` In the intent's words: "${asSaid(feature)}".`;
  if (said !== '' && e.features.includes(feature ?? '') && !e.summary.includes(said)) e.summary += said;
  return e;
}

/**
 * Whether a feature speaks of votes or results in a poll ("Résultats : le nombre de voix par option", "people vote
 * for one option … while the poll is open"): read as a ballot before any computation or store its other words
 * suggest (a sum of the "total", a record of "results").
 */
export function readsBallots(feature: string): boolean {
  const words = featureWords(feature);
  if (words.some((t) => NOT_BALLOTS.has(t))) return false;
  const about = words.some((t) => t in POLLS || t in OPTIONS || OPTION_NAMES.has(t.replace(/s$/, '')));
  return about && words.some((t) => VOTE.has(t) || t in RESULTS);
}

/** The name of one option, in the languages read ("option", "opción", "Antwortmöglichkeit"). */
const OPTION_NAMES = new Set([...Object.values(OPTIONS), 'antwortmoglichkeit']);

/** The word another feature of the intent writes for a poll's options ("duas ou mais opções"), if any. */
function intentOptionsWord(b: ContractBuilder): string | undefined {
  return b.contract.service.features.flatMap((f) => featureWords(f)).find((t) => t in OPTIONS);
}

/** The vote endpoint of `r`, if designed. */
export function voteOf(b: ContractBuilder, r: ResourceSpec) {
  return b.contract.endpoints.find((e) => e.behavior.kind === 'vote' && e.behavior.resource === r.name);
}

/**
 * Designs what a poll feature asks for; false when it asks none of it. The feature is claimed by each endpoint
 * that realises a part of it.
 */
export function realisePoll(b: ContractBuilder, feature: string): boolean {
  const words = featureWords(feature);
  const text = folded(feature);
  if (words.some((t) => NOT_BALLOTS.has(t))) return false;
  const optionsWord = words.find((t) => t in OPTIONS);
  const votes = words.some((t) => VOTE.has(t));
  const results = words.find((t) => t in RESULTS);
  const closes = words.some((t) => CLOSE.has(t));
  const closed = words.some((t) => CLOSED.has(t)) || WHILE_OPEN.test(text);
  const names = words.some((t) => t in POLLS);
  // "Format an election date", "close a ticket": a poll word or a vote, and something done with it.
  const creates = optionsWord !== undefined && names && !votes && !results;
  // Closing alone ("cerrar una votación; ya cerrada → 409") is the lifecycle of lifecycle-verbs.ts: the same
  // hold on `closed` at the same path, which a vote designed later refuses on.
  // "Résultats : le nombre de voix par option": the results of the poll whose options it counts.
  const counts = results !== undefined && words.some((t) => t in OPTIONS || OPTION_NAMES.has(t));
  // "the poll can be closed by calling a close action on it": a close of the poll another feature made.
  const closesHeld =
    closes &&
    names &&
    b.contract.resources.some((r) => r.fields.some((f) => f.type === 'string[]' && f.name in OPTIONS));
  if (!(names || votes || counts) || !(creates || votes || results || closesHeld)) return false;
  // A ranked, weighted or timed vote ("votes after closes_at are refused"): claimed, and left unrealised.
  if (asksUnkeptVote(feature)) return true;
  const poll = pollOf(b, words);
  if (!poll) return false;
  const item = `${b.collectionPath(poll.name)}/{id}`;
  // The feature's own words for voting, closing, results and voters, which the contract's English paths lack.
  const own = (t: string) =>
    VOTE.has(t) ||
    CLOSE.has(t) ||
    CLOSED.has(t) ||
    t in RESULTS ||
    t in OPTIONS ||
    t.replace(/s$/, '') in VOTERS ||
    RULE_WORDS.has(t);
  // The words of a once-per-voter rule ("una sola vez", "un segundo voto") name the rule the vote keeps.
  const once = [...text.matchAll(new RegExp(ONCE.source, 'g'))].flatMap((m) => m[0].split(' '));
  b.writtenAs(poll.name, [...new Set([...words.filter(own), ...once])]);
  let done = false;
  // "a poll with a question and its options": the poll itself.
  if (creates) {
    declarePoll(poll, optionsWord, optionCount(text));
    quote(
      b.endpoint('POST', b.collectionPath(poll.name), { kind: 'create', resource: poll.name }, feature),
      feature,
    );
    b.endpoint('GET', item, { kind: 'get', resource: poll.name, param: 'id' }, null);
    // "at least two options (otherwise 400)": a poll with one option too few (or too many) is refused.
    refuseBeyondListed(b, poll, feature);
    return true;
  }
  const options =
    poll.fields.find((f) => f.type === 'string[]' && f.name in OPTIONS) ??
    declarePoll(poll, optionsWord ?? intentOptionsWord(b) ?? 'options', {});
  b.ensureCreate(poll.name, null);
  if (closes || (closed && votes)) {
    b.ensureField(
      poll.name,
      flagField('closed', `Whether the ${poll.name} is closed: it then takes no vote`),
    );
    // The endpoint a feature's verb names claims it ("close a poll; no votes after"); a feature about the vote
    // ("no ballots after the election is closed") is the vote's, the close only makes it reachable.
    quote(
      b.endpoint(
        'POST',
        `${item}/close`,
        { kind: 'reserve', resource: poll.name, param: 'id', field: 'closed' },
        closes ? feature : null,
      ),
      feature,
    );
    if (REOPEN.test(text))
      b.endpoint(
        'POST',
        `${item}/reopen`,
        { kind: 'release', resource: poll.name, param: 'id', field: 'closed' },
        feature,
      );
    done = true;
  }
  if (votes && !results) {
    const voter = ONCE.test(text)
      ? (VOTERS[words.find((t) => t.replace(/s$/, '') in VOTERS)?.replace(/s$/, '') ?? ''] ?? 'voter')
      : undefined;
    const byIndex = /\b(index|number|position|nummer|numero)\b/.test(text);
    const existing = voteOf(b, poll);
    const behavior: VoteBehavior =
      existing?.behavior.kind === 'vote'
        ? existing.behavior
        : {
            kind: 'vote',
            resource: poll.name,
            param: 'id',
            options_field: options.name,
            choice_field: OPTIONS[options.name] ?? 'option',
            by: byIndex ? 'index' : 'text',
            status: 201,
          };
    if (voter) behavior.voter_field = voter;
    if (b.findEndpoint('POST', `${item}/close`)) behavior.closed_field = 'closed';
    quote(b.endpoint('POST', existing?.path ?? `${item}/votes`, behavior, closes ? null : feature), feature);
    done = true;
  } else if (done) {
    // "Close a poll": the vote designed from another feature refuses a closed one.
    const vote = voteOf(b, poll);
    if (vote && vote.behavior.kind === 'vote') vote.behavior.closed_field = 'closed';
  }
  if (results) {
    const field = RESULTS[results];
    // "le plus voté" lists the options most first; an English "plus the total" is only "and".
    const list =
      /\[\s*\{/.test(feature) || /\b(most|meisten|mas|piu|mais) |\b(du|le|la|les) plus\b/.test(text);
    const countWord =
      words.find((t) => ['votes', 'stimmen', 'votos', 'voti', 'voix', 'ballots'].includes(t)) ?? 'votes';
    const total = words.find((t) =>
      ['total', 'totale', 'gesamt', 'gesamtzahl', 'summe', 'totaal'].includes(t),
    );
    const tally = b.endpoint(
      'GET',
      `${item}/${field}`,
      {
        kind: 'tally',
        resource: poll.name,
        param: 'id',
        options_field: options.name,
        field,
        shape: list ? 'list' : 'object',
        option_key: OPTIONS[options.name] ?? 'option',
        count_key: countWord === 'ballots' ? 'votes' : countWord,
        ...(total ? { total_field: total } : {}),
        ...(list && /\b(most|first|meisten|mas|plus vote|piu|mais)\b/.test(text)
          ? { order: 'desc' as const }
          : {}),
      },
      feature,
    );
    quote(tally, feature);
    done = true;
  }
  return done;
}
