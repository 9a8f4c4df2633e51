import { answeredStart, type FieldSpec, type ResourceSpec } from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import { fold } from './lexicon';
import { sampleBody } from './samples';
import { asSaid } from '../catalog/feature-words';

/*
 * The state a feature says new records start in: "new tickets have status open", "a fresh ticket starts as
 * open", "neue Tickets haben den Status offen", "un nuevo ticket tiene el estado abierto", "un nouveau ticket a
 * le statut « ouvert »", "un nuovo ticket ha lo stato aperto", "um novo ticket tem o status aberto". The record
 * keeps that state in a field named by the feature's own word (status, state, Status, estado, statut, stato),
 * which a create without it stores as the stated value; a service without the field would answer records
 * missing what the feature writes.
 */

/** The word naming the state field, in the languages intents are written in (folded). */
const STATE_WORD = '(status|state|zustand|estado|statut|etat|stato)';
/** The value: one word, maybe quoted. */
const VALUE = `["'«»„“”\\s]*([a-z][a-z_-]{1,30})`;

const SAID: RegExp[] = [
  // "new tickets have status open", "every new ticket gets the state open", "newly created tasks have status todo"
  new RegExp(
    `\\b(?:new|fresh|newly created|newly added)\\s+\\w+\\s+(?:have|has|get|gets|start|starts|begin|begins|are created)\\s+(?:with\\s+|in\\s+)?(?:the\\s+|a\\s+)?${STATE_WORD}\\s+(?:of\\s+)?${VALUE}`,
  ),
  // "a fresh ticket starts as open", "tickets start in state open" (not "starts in room A", "starts in 5 minutes")
  new RegExp(`\\b(?:starts?|begins?)\\s+(?:out\\s+)?(?:as|in\\s+(?:the\\s+)?${STATE_WORD})\\s+${VALUE}`),
  // de: "neue Tickets haben den Status offen", "ein neues Ticket bekommt den Status offen"
  new RegExp(
    `\\bneue[nrs]?\\s+\\w+\\s+(?:haben|hat|bekommen|bekommt|erhalten|erhalt|starten|startet|beginnen|beginnt)\\s+(?:mit\\s+)?(?:den|dem)?\\s*${STATE_WORD}\\s+${VALUE}`,
  ),
  // es / pt: "un nuevo ticket tiene el estado abierto", "um novo ticket tem o status aberto"
  new RegExp(
    `\\b(?:nuev[oa]s?|nov[oa]s?)\\s+\\w+\\s+(?:tiene|tienen|empieza|empiezan|comienza|comienzan|tem|teem|comeca|comecam)\\s+(?:con\\s+|com\\s+)?(?:el|la|o|a)?\\s*${STATE_WORD}\\s+${VALUE}`,
  ),
  // fr: "un nouveau ticket a le statut « ouvert »", "les nouveaux tickets ont l'état ouvert"
  new RegExp(
    `\\bnouve(?:au|aux|lle|lles)\\s+\\w+\\s+(?:a|ont|commence|commencent|demarre|demarrent)\\s+(?:avec\\s+)?(?:le|l)?\\s*${STATE_WORD}\\s+${VALUE}`,
  ),
  // it: "un nuovo ticket ha lo stato aperto"
  new RegExp(
    `\\bnuov[oaie]\\s+\\w+\\s+(?:ha|hanno|parte|partono|inizia|iniziano)\\s+(?:con\\s+)?(?:lo|il)?\\s*${STATE_WORD}\\s+${VALUE}`,
  ),
];

/** Words that cannot be a state's value ("starts as soon as", "starts at 9"). */
const NOT_A_VALUE = /^(?:soon|a|an|the|of|at|on|with|und|y|et|e|de|le|la|el|il|lo|o)$/;

/** The state field and the value new records start with, as `feature` states it; null when it states none. */
export function readStartingState(feature: string): { field: string; value: string } | null {
  // "answers the new ticket with its id and a status of 'new'": the same start, said as the create's answer.
  const answered = answeredStart(feature);
  if (answered) return answered;
  const text = fold(feature).toLowerCase().replace(/[’'`]/g, ' ');
  for (const re of SAID) {
    const m = re.exec(text);
    if (!m) continue;
    const groups = m.slice(1).filter((g): g is string => g !== undefined);
    const value = groups[groups.length - 1];
    const word = groups.length > 1 ? groups[0] : 'status';
    if (NOT_A_VALUE.test(value)) continue;
    return { field: word === 'etat' ? 'etat' : word, value };
  }
  return null;
}

/**
 * `fields` with the state field new records start in ("new tickets have status open"): added as an optional text
 * field whose default is the stated value, unless a field of that name is already there (then it gets the
 * default when it has none).
 */
export function withStartingState(feature: string, fields: FieldSpec[]): FieldSpec[] {
  const state = readStartingState(feature);
  if (state === null) return fields;
  const said = `new records start as "${state.value}" (${asSaid(feature)})`;
  const kept = fields.find((f) => f.name === state.field);
  if (kept) {
    if (kept.type !== 'string' || kept.default !== undefined) return fields;
    return fields.map((f) =>
      f === kept
        ? { ...f, required: false, default: state.value, description: `${f.description}; ${said}` }
        : f,
    );
  }
  return [
    ...fields,
    {
      name: state.field,
      type: 'string',
      required: false,
      description: `The record's ${state.field}; ${said}.`,
      example: state.value,
      default: state.value,
    },
  ];
}

/**
 * The worked example of a starting state: a create that leaves the state field out answers the stated value. The
 * feature is claimed by the create; false when the resource has no create or the feature states no state.
 */
export function showStartingState(b: ContractBuilder, r: ResourceSpec, feature: string): boolean {
  const state = readStartingState(feature);
  const field = state && r.fields.find((f) => f.name === state.field && f.default === state.value);
  const create = b.contract.endpoints.find(
    (e) => e.behavior.kind === 'create' && e.behavior.resource === r.name,
  );
  if (!state || !field || !create) return false;
  const body = sampleBody(r, `starting-${field.name}`);
  delete body[field.name];
  const status = create.responses.find((x) => x.status >= 200 && x.status < 300)?.status ?? 201;
  b.contract.acceptance.push({
    id: 'draft',
    endpoint_id: create.id,
    kind: 'happy',
    description: `A new ${r.name.replace(/-/g, ' ')} created without ${field.name} has ${field.name} = "${state.value}" ("${feature.trim()}").`,
    steps: [
      {
        request: { method: create.method, path: create.path, body },
        expect: { status, body_contains: { [field.name]: state.value } },
      },
    ],
  });
  if (!create.features.includes(feature)) create.features.push(feature);
  return true;
}
