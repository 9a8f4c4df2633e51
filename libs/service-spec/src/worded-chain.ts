/**
 * A record's moves written in free text as a chain of "from … to …" after a verb of moving: "a ticket goes from
 * open to in progress and from in progress to closed", "un ticket pasa de abierto a en_curso y de en_curso a
 * cerrado", "le statut passe de ouvert à en_cours puis à clos", "lo stato va da aperto a in_lavorazione e da
 * in_lavorazione a chiuso", "o estado passa de aberto para em_andamento", "der Status geht von offen nach
 * in_bearbeitung". Rewritten as arrows ("open -> in_progress, in_progress -> closed") for the arrow reader of
 * state-machine.ts, so the designer and the gate read it alike. Pure; the feature text is only ever data.
 *
 * Read only where it cannot be a trip or a time span: the clause must follow a verb of moving, every state is one
 * or two words of letters (never a number, an hour or a capitalised place), the chain must be read to its end,
 * and the feature must name a state word or a refusal, or the chain must pass through three lowercase states.
 */

const VERB =
  /(?<![\p{L}])(?:goes|go|moves?|passes|pass|advances?|progresses|pasa|pasan|avanza|avanzan|passe|passent|avance|va|vanno|avanza|passa|passam|avança|geht|gehen|wechselt|läuft)\s+(?=(?:from|von|de|desde|da)\s)/giu;
const FROM = /^(?:from|von|de|desde|da)$/iu;
const TO = /^(?:to|into|nach|zu|auf|a|à|para)$/iu;
const AND = /^(?:and|und|y|et|e)$/iu;
const THEN = /^(?:then|dann|danach|luego|después|despues|puis|ensuite|poi|quindi|depois)$/iu;
const ARTICLE = /^(?:the|a|an|der|die|das|el|la|los|las|le|les|l'|il|lo|gli|o|os|as|un|una|une|um|uma)$/iu;
/** A word of a state: letters (and _ or -), at least two; never a number or an hour ("9h", "18:00"). */
const WORD = /^\p{L}[\p{L}\p{N}_-]+$/u;
/** Words that name a record's state or refuse a move: the chain is a machine's, not a trip's. */
const MACHINE_HINT =
  /\b(?:status|state|zustand|estado|statut|état|etat|stato|situação|409|refused|rejected|not allowed|abgelehnt|rechaza|rechazado|devuelve 409|refusé|rifiutat[oa]|recusad[oa])\b/iu;

/** One state written after a connector: one or two words, joined by "_" (never a connector or an article). */
function phrase(tokens: string[], at: number): { state: string; next: number; lower: boolean } | null {
  const words: string[] = [];
  let i = at;
  while (i < tokens.length && words.length < 2) {
    const t = tokens[i];
    if (FROM.test(t) || TO.test(t) || AND.test(t) || THEN.test(t)) break;
    if (ARTICLE.test(t) || !WORD.test(t)) return null;
    words.push(t);
    i += 1;
  }
  if (words.length === 0) return null;
  return { state: words.join('_'), next: i, lower: words.every((w) => w === w.toLowerCase()) };
}

/** The moves of one clause starting at its "from" word, or null unless the whole clause is a chain of moves. */
function chainOf(clause: string): [string, string][] | null {
  const tokens = clause.split(/[\s,]+/).filter((t) => t !== '');
  const pairs: [string, string][] = [];
  let lower = true;
  let i = 0;
  let from: string | null = null;
  while (i < tokens.length) {
    if (from === null) {
      if (!FROM.test(tokens[i])) return null;
      const p = phrase(tokens, i + 1);
      if (!p) return null;
      from = p.state;
      lower &&= p.lower;
      i = p.next;
    }
    if (i < tokens.length && AND.test(tokens[i]) && i + 1 < tokens.length && FROM.test(tokens[i + 1])) {
      from = null;
      i += 1;
      continue;
    }
    if (i < tokens.length && AND.test(tokens[i])) i += 1;
    if (i < tokens.length && THEN.test(tokens[i])) i += 1;
    if (i >= tokens.length || !TO.test(tokens[i])) return null;
    const to = phrase(tokens, i + 1);
    if (!to) return null;
    lower &&= to.lower;
    pairs.push([from, to.state]);
    from = to.state;
    i = to.next;
  }
  return pairs.length > 0 && (lower || pairs.length > 1) ? pairs : null;
}

/** The words before the first chain of moves `feature` writes in free text (its subject), or null when none. */
export function wordedChainSubject(feature: string): string | null {
  const arrows = wordedChainsAsArrows(feature);
  if (arrows === feature) return null;
  let at = 0;
  while (at < feature.length && feature[at] === arrows[at]) at += 1;
  const verb = [...feature.matchAll(VERB)].filter((m) => m.index < at).pop();
  return verb === undefined ? feature.slice(0, at) : feature.slice(0, verb.index);
}

/**
 * `feature` with each free-text chain of moves written as arrows, or `feature` unchanged where it writes none
 * (or writes one the reader cannot tell from a trip or a span of time).
 */
export function wordedChainsAsArrows(feature: string): string {
  if (/\b(?:GET|POST|PUT|PATCH|DELETE)\s+\//.test(feature)) return feature;
  let out = feature;
  for (const m of [...feature.matchAll(VERB)].reverse()) {
    const start = m.index + m[0].length;
    const rest = feature.slice(start);
    const end = rest.search(/[;.:!?()]|$/);
    const pairs = chainOf(rest.slice(0, end));
    if (!pairs) continue;
    const states = new Set(pairs.flat());
    const allLower = [...states].every((s) => s === s.toLowerCase());
    if (!MACHINE_HINT.test(feature) && !(allLower && states.size >= 3)) continue;
    const arrows = pairs.map(([a, b]) => `${a} -> ${b}`).join(', ');
    out = out.slice(0, start) + arrows + out.slice(start + end);
  }
  return out;
}
