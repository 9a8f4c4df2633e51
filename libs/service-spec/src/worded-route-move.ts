/**
 * The move an action route's part of a feature writes in words, without an arrow: "POST /tickets/{id}/start moves
 * an open ticket to in_progress", "moves the ticket from open to in_progress", "pasa un ticket abierto a
 * en_proceso", "passe un ticket ouvert à en_cours", "porta un ticket aperto a in_corso", "move um ticket aberto
 * para em_andamento". Read by the designer and by the gate (`readRouteMove`), so both see the same move. Pure.
 */

const STATE = String.raw`([\p{L}][\p{L}\p{N}_-]*[\p{L}\p{N}])`;
// The record's noun: never "back" ("sets the state back to …") nor a word for the state ("the book state to …").
const NOUN = String.raw`(?!(?:back|status|state|stage|estado|statut|stato|zustand)(?![\p{L}]))[\p{L}-]+`;
const ARTICLE = String.raw`(?:an?|the|un|una|une|el|la|le|il|lo|um|uma|o|a)`;

const WORDED: RegExp[] = [
  // en: "moves an open ticket to in_progress", "sets a resolved ticket back to in_progress"
  new RegExp(
    String.raw`\b(?:moves?|sets?|puts?|takes?|turns?|brings?)\s+(?:an?|the)\s+${STATE}\s+${NOUN}\s+(?:back\s+)?(?:to|into)\s+${STATE}`,
    'iu',
  ),
  // en: "moves the ticket from open to in_progress", "moves a ticket from open to in_progress"
  new RegExp(
    String.raw`\b(?:moves?|sets?|puts?|takes?|turns?|brings?|changes?)\s+(?:an?|the|its)\s+${NOUN}\s+from\s+${STATE}\s+(?:back\s+)?(?:to|into)\s+${STATE}`,
    'iu',
  ),
  // es / fr / it / pt: the state after the noun ("un ticket abierto a en_proceso", "um ticket aberto para …")
  new RegExp(
    String.raw`\b(?:pasa|mueve|lleva|passe|met|porta|passa|sposta|move|leva)\s+${ARTICLE}\s+${NOUN}\s+${STATE}\s+(?:a|à|en|in|para)\s+${STATE}`,
    'iu',
  ),
];

/** Words that are no state ("moves an open ticket to the archive"). */
const NOT_A_STATE =
  /^(?:the|an?|its|their|el|la|le|les|il|lo|los|las|gli|os|as|um|uma|un|une|una|der|die|das|den|dem|einen|einem|status|state|stage|estado|statut|etat|état|stato|zustand|situação)$/iu;

/** The move a route's part writes in words, or null when it writes none. */
export function readWordedRouteMove(part: string): { from: string[]; to: string } | null {
  const text = part.replace(/\b(GET|POST|PUT|PATCH|DELETE)\s+\/\S*/g, ' ').replace(/["'`“”«»„]/g, ' ');
  // A route with a body sets the state it names (`PATCH /issues/{id}/status with {"status": s} moves an issue from
  // new to triaged, then to closed`): a machine of its own, no action's one move.
  if (/\b(?:with|mit|con|avec|com)\s+(?:body\s+|corpo\s+|cuerpo\s+)?\{/iu.test(part)) return null;
  const found = WORDED.map((re) => re.exec(text)).filter((m): m is RegExpExecArray => m !== null);
  if (found.length !== 1) return null;
  const rest = text.slice(found[0].index + found[0][0].length);
  if (/^\s*,?\s*(?:and\s+)?(?:then|dann|luego|puis|poi|depois)\b/iu.test(rest)) return null;
  const [, from, to] = found[0];
  if (from === to || NOT_A_STATE.test(from) || NOT_A_STATE.test(to)) return null;
  return { from: [from], to };
}
