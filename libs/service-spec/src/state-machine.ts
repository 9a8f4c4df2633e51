/**
 * State machines a feature writes with arrows ("open → in_progress → done", "draft -> review -> published,
 * review -> draft", "offen → bezahlt → versandt", plus "cancel from any state except done"), read once for the
 * designer and the fidelity gate, and what a `transition` endpoint needs from the rest of the contract. Pure and
 * deterministic; the feature text is only ever data.
 */
import type { SpecContract, TransitionBehavior } from './spec-contract';
import { readWordedRouteMove } from './worded-route-move';
import { wordedChainsAsArrows } from './worded-chain';

/** A machine as a feature writes it: its states in order of appearance (the first is where records start). */
export interface ArrowMachine {
  states: string[];
  /** State → the states it may move to (every state a key; an end state lists none). */
  moves: Record<string, string[]>;
  /** The word the feature names the state with (status, state, Status, estado, statut, stato), if any. */
  word: string | null;
}

const ARROW = String.raw`\s*(?:→|->|=>|⟶|➔)\s*`;
// A state: a word of two or more letters (snake_case or kebab-case allowed), never a unit symbol (°C), a number
// (IV → 4 has one word only) or a single letter (é → e, ü → ue fold letters).
// A hyphen inside a state ("in-progress") never ends it before an arrow written without spaces ("open->closed").
const STATE = String.raw`(?<![°\p{L}\p{N}_"'/{}-])\p{L}(?:[\p{L}\p{N}_]|-(?!>))+(?![\p{L}\p{N}_"'/{}(])`;
const CHAIN = new RegExp(`${STATE}(?:${ARROW}${STATE})+`, 'gu');
const ONE_STATE = new RegExp(STATE, 'gu');

/** Words that name a record's state, in the languages intents are written in. */
const STATE_WORD =
  /\b(status|state|states|workflow|transitions?|lifecycle|zustand|zustände|zustaende|estado|estados|statut|statuts|état|états|stato|stati|situação)\b/iu;

/** Arrows of a conversion or of examples, not of a record's life. */
const NOT_A_MACHINE =
  /\b(convert|converts|conversion|umrechnen|umrechnung|convertir|conversión|conversion|converti|convertire|converter|translate|übersetzen|traducir|traduire|slug|slugify|roman|römisch|romanos|romains|redirect|weiterleiten|accents?|akzente?|acentos?|umlauts?|ascii|fold\w*|transliterat\w*)\b|°/iu;

/** "cancel from any state except done", "cancellable in every state but closed": a state reached from all. */
const FROM_ANY =
  /\b(cancel|cancell?ed|abort|aborted|archive|archived|reject|rejected)\b[^.;]{0,30}?\b(?:from|in|at)\s+(?:any|every|all)\s+(?:other\s+)?(?:states?|status(?:es)?|steps?|stages?)(?:\s+(?:except|but|other than|apart from)\s+([\p{L}_][\p{L}\p{N}_\s,-]*?))?(?=[.;)]|$)/iu;

const FROM_ANY_STATE: Record<string, string> = {
  cancel: 'cancelled',
  cancelled: 'cancelled',
  canceled: 'canceled',
  abort: 'aborted',
  aborted: 'aborted',
  archive: 'archived',
  archived: 'archived',
  reject: 'rejected',
  rejected: 'rejected',
};

/** Words that give examples ("e.g.", "z. B.", "p. ej.", "par ex.", "ad es.", "such as", "wie", "como", "comme"). */
const EXAMPLE =
  /(?:\b(?:e\.\s?g|z\.\s?b|p\.\s?ej|p\.\s?ex|par ex|ad es|p\.\s?es|i\.\s?e)\.|\b(?:for example|for instance|such as|zum beispiel|beispielsweise|por ejemplo|como|par exemple|comme|ad esempio|por exemplo)\b)/iu;

/** Words that refuse (a clause of them says its example arrows are refused moves, not the machine's). */
const REFUSES =
  /(?:\b409\b|\bconflict|\binvalid|\bnot allowed\b|\billegal\b|\bforbidden\b|\bungültig|\bunzulässig|\bnicht erlaubt|\bverboten\b|\bkonflikt|\bno (?:está |es )?permitid|\binválid|\bconflicto\b|\binterdit|\bconflit\b|\bnon (?:è )?consentit|\bvietat|\bconflitto\b|\bnão (?:é )?permitid|\bproibid)/iu;

/**
 * The spans of `text` whose arrows are examples of refused moves: "any other move (e.g. open -> closed) returns
 * 409", "jeder andere Wechsel, z. B. offen -> versandt, gibt 409". An example marker in a clause (between
 * semicolons) that refuses; the span runs from the marker to the end of its parenthesis, else of the clause.
 */
function refusedSpans(text: string): string[] {
  const spans: string[] = [];
  for (const clause of text.split(/;/)) {
    if (!REFUSES.test(clause)) continue;
    const marker = EXAMPLE.exec(clause);
    if (!marker) continue;
    const rest = clause.slice(marker.index);
    const open = clause.lastIndexOf('(', marker.index);
    const inParens = open >= 0 && clause.indexOf(')', open) > marker.index;
    spans.push(inParens ? rest.slice(0, rest.indexOf(')')) : rest);
  }
  return spans;
}

/** The moves a feature writes as examples of refused moves ("any other move (e.g. open -> closed) is 409"). */
export function readRefusedMoves(feature: string): { from: string; to: string }[] {
  if (NOT_A_MACHINE.test(feature)) return [];
  const text = feature.replace(/\b(GET|POST|PUT|PATCH|DELETE)\s+\/\S*/g, ' ');
  const moves: { from: string; to: string }[] = [];
  for (const span of refusedSpans(text)) {
    for (const m of span.matchAll(CHAIN)) {
      const chain = [...m[0].matchAll(ONE_STATE)].map((x) => x[0]);
      for (let i = 1; i < chain.length; i += 1) moves.push({ from: chain[i - 1], to: chain[i] });
    }
  }
  return moves;
}

/** Words joining states in a list ("a, b or c", "a oder b", "a ou b", "a e b"). */
const JOIN_WORDS = /^(?:or|oder|o|u|ou|and|und|y|e|et)$/;
const LIST_JOIN = String.raw`(?:\s*,\s*|\s+(?:or|oder|o|u|ou|and|und|y|e|et)\s+)`;
const STATE_LIST = `${STATE}(?:${LIST_JOIN}${STATE})*`;
/** Words saying where a move starts ("from", "von", "aus", "desde", "a partir de", "depuis", "da", "a partire da"). */
const FROM_WORD = String.raw`(?:from|von|aus|desde|(?:a|à) partir de|depuis|a partire da|da)`;
/**
 * "cancelada a partir de pendente ou em_curso", "lost from packed or shipped", "annullato da nuovo o pagato",
 * "storniert von offen oder bezahlt": states reached from each of the states after the word.
 */
const FROM_STATES = new RegExp(`(${STATE_LIST})\\s+${FROM_WORD}\\s+(${STATE_LIST})`, 'giu');

/** Verbs of a move a state may also make ("may also go to", "can be moved to"). */
const MAY_GO = String.raw`(?:may|can|could)\s+(?:also\s+)?(?:go|move|be moved|be set|switch|change)\s+(?:to|into)`;
/** "applied, screening, interview and offer may also go to rejected": each state of the list reaches the last. */
const LIST_MAY_GO = new RegExp(`(${STATE_LIST})\\s+${MAY_GO}\\s+(${STATE})`, 'giu');
/** "any stage before hired may be moved to rejected", "every state except done can go to cancelled". */
const ANY_MAY_GO = new RegExp(
  `\\b(?:any|every|each)\\s+(?:other\\s+)?(?:state|stage|step|status)\\s+(?:(before|except|but|other than)\\s+(${STATE})\\s+)?${MAY_GO}\\s+(${STATE})`,
  'iu',
);

/** "rejected is possible from any stage before hired", "cancelled is allowed from every state except done". */
const ANY_REACHES = new RegExp(
  `(${STATE})\\s+is\\s+(?:also\\s+)?(?:possible|allowed|reachable|permitted)\\s+from\\s+(?:any|every|each)\\s+(?:other\\s+)?(?:state|stage|step|status)(?:\\s+(before|except|but|other than)\\s+(${STATE}))?`,
  'iu',
);
/** "and from any stage before hired to rejected", "from every state except done to cancelled". */
const ANY_FROM_TO = new RegExp(
  `\\bfrom\\s+(?:any|every|each)\\s+(?:other\\s+)?(?:state|stage|step|status)(?:\\s+(before|except|but|other than)\\s+(${STATE}))?\\s+(?:to|into)\\s+(${STATE})`,
  'iu',
);
/** Any "from any/every … to X" clause, in the languages intents are written in: X must be read as a state. */
const ANY_TO = new RegExp(
  `\\b(?:from|von|aus|desde|de|depuis|da|a partir de)\\s+(?:any|every|each|jede[mnrs]?|allen?|cualquier|todos?|toutes?|tout|n'importe quel|ogni|qualsiasi|qualquer)\\b[^.;]{0,60}?\\b(?:to|into|nach|zu|auf|a|à|para)\\s+(${STATE})(?=\\s*(?:[.;,)]|$|(?:and|or|und|oder|y|o|e|et|ou)\\b))`,
  'giu',
);
const MODAL = String.raw`(?:can|may|could|kann|darf|puede|pueden|peut|peuvent|può|possono|pode|podem)`;
const GO_BACK = String.raw`(?:(?:go|move|be moved|be set|come)\s+back\s+(?:to|into)|return\s+to|volver\s+a|regresar\s+a|revenir\s+(?:à|a|en)|retourner\s+(?:à|a|en)|tornare\s+(?:a|in)|voltar\s+(?:a|para)|zurück\s+(?:nach|auf|zu|in))`;
/** "a resolved ticket can go back to in_progress", "un ticket resuelto puede volver a en_proceso". */
const GOES_BACK = new RegExp(
  `((?:${STATE}\\s+){1,3})${MODAL}\\s+(?:also\\s+|auch\\s+|también\\s+|aussi\\s+|anche\\s+|também\\s+)?${GO_BACK}\\s+(${STATE})`,
  'giu',
);

/** The states a list names, without the words joining them. */
function listed(text: string): string[] {
  return [...text.matchAll(ONE_STATE)].map((m) => m[0]).filter((w) => !JOIN_WORDS.test(w.toLowerCase()));
}

/** A route that sets a record's state from its body (`PATCH /tickets/{id}/status with {"status": …}`). */
const STATE_ROUTE = /\b(?:POST|PUT|PATCH)\s+\/\S*\/\{[^}\s]+\}\/([\p{L}_-]+)/u;
const MOVE_FROM = String.raw`(?:from|von|de|desde|da)`;
const MOVE_TO = String.raw`(?:to|nach|zu|auf|in|a|à|para)`;
const MOVE_THEN = String.raw`(?:then|dann|danach|luego|despu[ée]s|puis|ensuite|poi|quindi|depois|ent[ãa]o)`;
/** "from new to triaged, then to closed", "von offen nach bezahlt, dann nach versandt", "de A a B, luego a C". */
const WORDED_CHAIN = new RegExp(
  `\\b${MOVE_FROM}\\s+${STATE}\\s+${MOVE_TO}\\s+${STATE}(?:(?:\\s*,\\s*|\\s+)(?:(?:and|und|y|et|e)\\s+)?${MOVE_THEN}\\s+(?:${MOVE_TO}\\s+)?${STATE})*`,
  'giu',
);
const MOVE_WORD = new RegExp(`^(?:${MOVE_FROM}|${MOVE_TO}|${MOVE_THEN}|and|und|y|et|e)$`, 'iu');
/**
 * A list of moves after a colon, each "A to B" ("allowed moves: open to in_progress, in_progress to resolved"):
 * two moves at least, so that "moves it to resolved" alone is never read as a move out of "it".
 */
const MOVE_PAIR = `${STATE}\\s+${MOVE_TO}\\s+${STATE}`;
const PAIR_LIST = new RegExp(
  `(?<=[:：]\\s*)${MOVE_PAIR}(?:(?:\\s*,\\s*(?:(?:and|und|y|et|e)\\s+)?|\\s+(?:and|und|y|et|e)\\s+)${MOVE_PAIR})+`,
  'giu',
);
const ONE_PAIR = new RegExp(MOVE_PAIR, 'giu');
/** A route's body of one named field (`{"status": s}`, `{"to": string}`). */
const ONE_FIELD_BODY = /\{\s*"[\p{L}_][\p{L}\p{N}_-]*"\s*:\s*[^,{}]+\}/u;
/** A route's last segment naming a move or a state (`/transition`, `/advance`, `/stage`, `/estado`). */
const MOVE_SEGMENT =
  /^(?:transitions?|move|advance|change|state|status|stage|step|phase|zustand|stufe|estado|etapa|fase|statut|etat|stato|situacao)$/iu;

/**
 * Moves written in words in a feature spelling a state route, as arrows: "moves an issue from new to triaged,
 * then to closed" reads "new -> triaged -> closed". Elsewhere "from … to …" says too many other things.
 */
function wordedAsArrows(feature: string): string {
  const route = STATE_ROUTE.exec(feature);
  const named =
    route !== null && new RegExp(`"${route[1].replace(/-/g, '_')}"\\s*:`).test(feature.replace(/-/g, '_'));
  // The body names the state under its own word (`/transition with {"to": s}`): one field, nothing else.
  if (!route || !(named || (MOVE_SEGMENT.test(route[1]) && ONE_FIELD_BODY.test(feature)))) return feature;
  const asArrows = (m: string) =>
    [...m.matchAll(ONE_STATE)]
      .map((x) => x[0])
      .filter((w) => !MOVE_WORD.test(w))
      .join(' -> ');
  return feature
    .replace(WORDED_CHAIN, asArrows)
    .replace(PAIR_LIST, (list) => [...list.matchAll(ONE_PAIR)].map((m) => asArrows(m[0])).join(', '));
}

/** Words saying states are final ("are final", "ist endgültig", "son finales", "sont définitifs", "sono finali"). */
const FINAL_WORDS = String.raw`(?:final|finals|terminal|end states?|endg(?:ü|ue?)ltig|(?:ein |der )?endzust(?:a|ä|ae)nd(?:e)?|finales?|definitiv[oa]s?|terminales?|finaux|d[ée]finiti(?:f|ve|fs|ves)|finali|definitiv[ie]|finais|terminais)`;
const IS_WORDS = String.raw`(?:are|is|sind|ist|son|es|sont|est|sono|è|são|é)`;
const FINAL_STATES = new RegExp(
  `(${STATE_LIST})\\s+${IS_WORDS}\\s+(?:(?:both|beide|ambos|ambas|tous (?:les )?deux|entrambi|ambos os)\\s+)?(?:(?:the\\s+)?(?:states?\\s+)?)${FINAL_WORDS}(?![\\p{L}\\p{N}_])`,
  'giu',
);

/**
 * The states a feature names as final ("returned and scrapped are final", "zugestellt ist endgültig", "entregado y
 * cancelado son finales"): no move leaves them. Empty when it names none.
 */
export function readFinalStates(feature: string): string[] {
  return [...new Set(finalClauses(feature).flatMap((m) => listed(m[1])))];
}

/** The words a feature says states are final with, as written ("final", "endgültig", "finales"). */
export function finalWords(feature: string): string[] {
  const word = new RegExp(`${FINAL_WORDS}$`, 'iu');
  return [...new Set(finalClauses(feature).flatMap((m) => word.exec(m[0])?.[0] ?? []))];
}

function finalClauses(feature: string): RegExpMatchArray[] {
  return [...feature.replace(/\b(GET|POST|PUT|PATCH|DELETE)\s+\/\S*/g, ' ').matchAll(FINAL_STATES)];
}

/** Two or three lowercase words written between two arrows ("open → in progress → resolved"): one state. */
const WORDS_BETWEEN = new RegExp(`(?<=${ARROW})\\p{Ll}{2,}(?: \\p{Ll}{2,}){1,2}(?=${ARROW})`, 'gu');

/**
 * `text` with each state written in words between two arrows joined by underscores wherever it is written ("a
 * resolved ticket can go back to in progress" reads in_progress too): "in progress" is one state, never "in" and
 * "progress".
 */
function joinedStates(text: string): string {
  let joined = text;
  const phrases = [...text.matchAll(WORDS_BETWEEN)].map((m) => m[0]);
  // "closed and resolved" between two arrows are two chains joined, not a state.
  const joins =
    /^(?:and|or|und|oder|y|o|e|et|ou|u|then|dann|puis|luego|poi|depois|also|auch|with|mit|con|avec|com)$/;
  for (const phrase of new Set(phrases.filter((p) => !p.split(' ').some((w) => joins.test(w))))) {
    const words = phrase.split(' ').join('\\s+');
    joined = joined.replace(
      new RegExp(`(?<![\\p{L}_])${words}(?![\\p{L}_])`, 'gu'),
      phrase.replace(/ /g, '_'),
    );
  }
  return joined;
}

/** The machine `feature` writes with arrows, or null when its arrows are not a record's states. */
export function readArrowMachine(feature: string): ArrowMachine | null {
  if (NOT_A_MACHINE.test(feature)) return null;
  let text = joinedStates(
    wordedAsArrows(wordedChainsAsArrows(feature)).replace(/\b(GET|POST|PUT|PATCH|DELETE)\s+\/\S*/g, ' '),
  );
  // Arrows given as examples of what is refused are no moves of the machine.
  for (const span of refusedSpans(text)) text = text.replace(span, ' ');
  const states: string[] = [];
  const moves: Record<string, string[]> = {};
  const add = (state: string) => {
    if (!states.includes(state)) states.push(state);
    moves[state] ??= [];
  };
  const chains: [number, number][] = [];
  for (const m of text.matchAll(CHAIN)) {
    chains.push([m.index, m.index + m[0].length]);
    const chain = [...m[0].matchAll(ONE_STATE)].map((x) => x[0]);
    chain.forEach(add);
    for (let i = 1; i < chain.length; i += 1) {
      if (chain[i] === chain[i - 1]) return null;
      if (!moves[chain[i - 1]].includes(chain[i])) moves[chain[i - 1]].push(chain[i]);
    }
  }
  if (states.length < 2) return null;
  // "created or packed→cancelled": the arrow leaves each state the list before it names (the chain read only the
  // last of them), when every one of them is a state of the arrows.
  for (const m of text.matchAll(OR_MOVE)) {
    // "demandee → approuvee ou demandee → refusee": the "or" joins two moves, its first state is a chain's target.
    if (chains.some(([start, end]) => m.index > start && m.index < end)) continue;
    const from = [...m[1].matchAll(ONE_STATE)]
      .map((x) => x[0])
      .filter((x) => !/^(?:or|oder|o|u|ou)$/.test(x));
    if (from.length < 2 || !states.includes(m[2]) || from.some((x) => !states.includes(x))) continue;
    if (from.includes(m[2])) return null;
    for (const x of from) if (!moves[x].includes(m[2])) moves[x].push(m[2]);
  }
  // "…, or cancelled from open or in_progress": each state it starts from must be one of the arrows'.
  for (const m of text.matchAll(FROM_STATES)) {
    // A list starting inside a chain ("done or cancelled from …" after "a -> done") keeps only what follows it.
    const chainEnd = chains.find(([start, end]) => m.index >= start && m.index < end)?.[1];
    const targets = listed(
      chainEnd === undefined ? m[1] : m[1].slice(Math.min(chainEnd - m.index, m[1].length)),
    );
    const from = listed(m[2]);
    if (targets.length === 0 || from.some((s) => !states.includes(s))) continue;
    for (const to of targets) {
      if (from.includes(to)) return null;
      add(to);
      for (const s of from) if (!moves[s].includes(to)) moves[s].push(to);
    }
  }
  if (!alsoMoves(text, states, add, moves)) return null;
  // "… and from any stage before hired to rejected" left unread: a machine without that move is not the feature's.
  for (const m of text.matchAll(ANY_TO))
    if (!states.includes(m[1]) && !/^(?:the|a|an)$/i.test(m[1])) return null;
  const any = FROM_ANY.exec(text);
  // "cancel from any state" names no field: the word is read from the rest.
  const word = STATE_WORD.exec(any ? text.replace(any[0], ' ') : text)?.[1] ?? null;
  // Two words joined by an arrow and nothing saying they are states could be anything ("km → miles").
  if (word === null && states.length < 3) return null;
  if (any) {
    const target = FROM_ANY_STATE[any[1].toLowerCase()];
    const except = new Set((any[2] ?? '').split(/\s*(?:,|\band\b|\bor\b)\s*/).map((s) => s.trim()));
    if ([...except].some((s) => s !== '' && !states.includes(s))) return null;
    const from = states.filter((s) => s !== target && !except.has(s));
    add(target);
    for (const s of from) if (!moves[s].includes(target)) moves[s].push(target);
  }
  return { states, moves, word };
}

/**
 * Moves a feature adds to its arrows in words: "applied, screening and offer may also go to rejected" (each listed
 * state, all of them the arrows'), "any stage before hired may be moved to rejected" (the states written before
 * hired). False when a state would move to itself.
 */
function alsoMoves(
  text: string,
  states: string[],
  add: (state: string) => void,
  moves: Record<string, string[]>,
): boolean {
  const found: { from: string[]; to: string }[] = [];
  const any = ANY_MAY_GO.exec(text);
  // "any stage before hired may …" is no list ending in hired.
  for (const m of (any ? text.replace(any[0], ' ') : text).matchAll(LIST_MAY_GO)) {
    const from = listed(m[1]).filter((x) => !/^(?:any|every|each|state|stage|step|status)$/i.test(x));
    if (from.length > 0 && from.every((x) => states.includes(x))) found.push({ from, to: m[2] });
  }
  if (any) {
    const [, how, bound, to] = any;
    const at = bound === undefined ? -1 : states.indexOf(bound);
    if (bound === undefined || at >= 0) {
      const from = states.filter((x, i) =>
        how === undefined ? true : how.toLowerCase() === 'before' ? i < at : x !== bound,
      );
      found.push({ from: from.filter((x) => x !== to), to });
    }
  }
  const fromTo = ANY_FROM_TO.exec(text);
  if (fromTo) {
    const [, how, bound, to] = fromTo;
    const at = bound === undefined ? -1 : states.indexOf(bound);
    const from = states.filter((x, i) =>
      how === undefined ? true : how.toLowerCase() === 'before' ? i < at : x !== bound,
    );
    if (bound === undefined || at >= 0) found.push({ from: from.filter((x) => x !== to), to });
  }
  const reaches = ANY_REACHES.exec(text);
  if (reaches) {
    const [, to, how, bound] = reaches;
    const at = bound === undefined ? -1 : states.indexOf(bound);
    const from = states.filter((x, i) =>
      how === undefined ? true : how.toLowerCase() === 'before' ? i < at : x !== bound,
    );
    if (bound === undefined || at >= 0) found.push({ from: from.filter((x) => x !== to), to });
  }
  for (const m of text.matchAll(GOES_BACK)) {
    // "un ticket resuelto puede …", "a resolved ticket can …": the one state among the words before the verb.
    const from = [...m[1].matchAll(ONE_STATE)].map((x) => x[0]).filter((x) => states.includes(x));
    if (from.length === 1 && states.includes(m[2])) found.push({ from, to: m[2] });
  }
  for (const { from, to } of found) {
    if (from.includes(to)) return false;
    add(to);
    for (const x of from) if (!moves[x].includes(to)) moves[x].push(to);
  }
  return true;
}

/** Words joining the states a move starts from ("open or in_progress", "offen oder laufend", "new, triaged"). */
const FROM_JOIN = String.raw`\s*(?:,|/|\s(?:or|oder|o|u|ou)\s)\s*`;
const ROUTE_MOVE = new RegExp(`((?:${STATE}${FROM_JOIN})*${STATE})${ARROW}(${STATE})`, 'gu');
/** States joined by "or" before one arrow ("created or packed→cancelled"; a comma there ends a chain instead). */
const OR_MOVE = new RegExp(`((?:${STATE}\\s+(?:or|oder|o|u|ou)\\s+)+${STATE})${ARROW}(${STATE})`, 'gu');

/**
 * The one move an action route's part of a feature writes with an arrow ("POST /work-orders/{id}/start moves
 * open -> in_progress", "POST /pedidos/{id}/cancelar: pendiente o enviado → cancelado", "new, triaged -> closed"):
 * the states it moves from and the state it moves to. Null when the part writes no arrow, a chain or several
 * (one route moves to one state), or arrows of a conversion.
 */
export function readRouteMove(part: string): { from: string[]; to: string } | null {
  if (NOT_A_MACHINE.test(part)) return null;
  const text = part.replace(/\b(GET|POST|PUT|PATCH|DELETE)\s+\/\S*/g, ' ').replace(/["'`]/g, ' ');
  const found = [...text.matchAll(ROUTE_MOVE)];
  // "POST /tickets/{id}/start moves an open ticket to in_progress": the move in words, no arrow written.
  if (found.length === 0 && !new RegExp(ARROW, 'u').test(text)) return readWordedRouteMove(part);
  if (found.length !== 1) return null;
  const arrows = text.match(new RegExp(ARROW, 'gu')) ?? [];
  if (arrows.length !== 1) return null;
  const [, left, to] = found[0];
  const from = [...new Set([...left.matchAll(ONE_STATE)].map((m) => m[0]))].filter(
    (s) => !/^(?:or|oder|o|u|ou)$/.test(s),
  );
  if (from.length === 0 || from.includes(to)) return null;
  return { from, to };
}

/** Whether two move tables allow exactly the same moves. */
export function sameMoves(a: Record<string, string[]>, b: Record<string, string[]>): boolean {
  const flat = (m: Record<string, string[]>) =>
    Object.entries(m)
      .flatMap(([from, tos]) => tos.map((to) => `${from}\u0000${to}`))
      .sort()
      .join('\u0001');
  return flat(a) === flat(b) && Object.keys(a).sort().join() === Object.keys(b).sort().join();
}

/** The fields of `resource` a transition endpoint drives: a create or update may not set them. */
export function machineFields(contract: Pick<SpecContract, 'endpoints'>, resource: string): string[] {
  const fields = contract.endpoints
    .map((e) => e.behavior)
    .filter((b): b is TransitionBehavior => b.kind === 'transition' && b.resource === resource)
    .map((b) => b.field);
  return [...new Set(fields)];
}

/** What a transition endpoint needs from the rest of the contract, one fix per entry. */
export function transitionProblems(c: SpecContract, b: TransitionBehavior): string[] {
  const resource = c.resources.find((r) => r.name === b.resource);
  if (!resource) return [];
  const field = resource.fields.find((f) => f.name === b.field);
  const states = Object.keys(b.moves);
  const problems: string[] = [];
  const listed = field?.enum ?? [];
  if (
    field?.type !== 'string' ||
    field.required ||
    listed.length !== states.length ||
    !states.every((s) => listed.includes(s))
  ) {
    problems.push(
      `declare optional string field ${JSON.stringify(b.field)} on ${b.resource} with enum ${JSON.stringify(states)}`,
    );
  } else if (typeof field.default !== 'string' || !states.includes(field.default)) {
    problems.push(`give field ${JSON.stringify(b.field)} the machine's first state as its default`);
  }
  if (b.to !== undefined && !states.includes(b.to)) {
    problems.push(`list state ${JSON.stringify(b.to)} (the action's own state) in moves`);
  } else if (b.to !== undefined && !states.some((s) => b.moves[s].includes(b.to ?? ''))) {
    problems.push(`let some state move to ${JSON.stringify(b.to)}, the state the action moves to`);
  }
  for (const [from, tos] of Object.entries(b.moves)) {
    for (const to of tos) {
      if (!states.includes(to))
        problems.push(`list state ${JSON.stringify(to)} (moved to from ${from}) in moves`);
    }
  }
  return problems;
}

/** For each state the moves reach from the first (where records start), the moves that lead there, shortest first. */
export function pathsToStates(b: Pick<TransitionBehavior, 'moves'>): Map<string, string[]> {
  const first = Object.keys(b.moves)[0];
  const paths = new Map<string, string[]>([[first, []]]);
  const queue = [first];
  while (queue.length > 0) {
    const here = queue.shift() ?? first;
    for (const next of b.moves[here] ?? []) {
      if (paths.has(next)) continue;
      paths.set(next, [...(paths.get(here) ?? []), next]);
      queue.push(next);
    }
  }
  return paths;
}
