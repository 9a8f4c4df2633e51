import type {
  AcceptanceStep,
  EndpointError,
  EndpointRequest,
  EndpointResponse,
  EndpointSpec,
  OverdueBehavior,
  SpecContract,
} from '@sf/service-spec';
import { check, errorBody, resourceOf, setup, type DraftCheck } from './acceptance-steps';
import type { ContractBuilder } from './contract-builder';
import { snakeName } from './naming';
import { sampleBody } from './samples';
import { words } from './lexicon';

/*
 * Overdue filters: "list the overdue tasks as of a date passed as `today`", "show late invoices", "überfällige
 * Aufgaben anzeigen", "tareas vencidas", "tâches en retard": records whose due date is before a date and that
 * are not done. Recognition, documentation and worked examples.
 */

const OVERDUE =
  /\b(overdue|late|past due|ueberfallig\w*|uberfallig\w*|verspatet\w*|vencid\w*|atrasad\w*|en retard|retard\w*|scadut\w*)\b/;
const DUE_NAMES =
  /^(due|due_date|due_on|deadline|due_at|faellig|fallig|fecha_limite|vencimiento|echeance|scadenza)$/;
const DONE_NAMES =
  /^(done|completed|complete|finished|is_done|paid|closed|erledigt|hecho|terminado|fait|termine)$/;

/** Realises an overdue feature on a resource with a due date and a done flag; false when it is none. */
export function realiseOverdue(b: ContractBuilder, feature: string): boolean {
  if (!OVERDUE.test(words(feature).join(' '))) return false;
  for (const r of b.contract.resources) {
    const due = r.fields.find((f) => f.type === 'string' && DUE_NAMES.test(f.name));
    const done = r.fields.find((f) => f.type === 'boolean' && DONE_NAMES.test(f.name));
    if (!due || !done) continue;
    const quoted = /`([A-Za-z_][\w-]*)`/.exec(feature)?.[1];
    const behavior: OverdueBehavior = {
      kind: 'overdue',
      resource: r.name,
      due_field: due.name,
      done_field: done.name,
      date_param: quoted ? snakeName(quoted, 'today') : 'today',
      wrap: snakeName(r.plural, 'items'),
    };
    b.endpoint('GET', `/${r.plural}/overdue`, behavior, feature);
    return true;
  }
  return false;
}

/** Request, responses and errors of an overdue endpoint. */
export function overdueDocs(
  c: SpecContract,
  b: OverdueBehavior,
): { request: EndpointRequest; responses: EndpointResponse[]; errors: EndpointError[] } {
  const r = resourceOf(c, b.resource);
  const example: Record<string, unknown> = { id: `${b.resource}-1`, ...(r ? sampleBody(r, 'example') : {}) };
  example[b.due_field] = '2024-03-01';
  example[b.done_field] = false;
  return {
    request: {
      query: [
        {
          name: b.date_param,
          type: 'string',
          required: false,
          description: `The date to judge by, YYYY-MM-DD (today's UTC date when absent)`,
          example: '2024-03-10',
        },
      ],
    },
    responses: [
      {
        status: 200,
        description: `The ${b.resource.replace(/-/g, ' ')} records due before ${b.date_param} and not ${b.done_field.replace(/_/g, ' ')}, oldest first`,
        example: { [b.wrap]: [example] },
      },
    ],
    errors: [
      { status: 400, code: 'VALIDATION_FAILED', when: `${b.date_param} is not a date written YYYY-MM-DD` },
    ],
  };
}

/** Worked example: one record overdue, one due later, one done; only the first is answered. */
export function overdueHappyCheck(c: SpecContract, e: EndpointSpec, b: OverdueBehavior): DraftCheck | null {
  const steps: AcceptanceStep[] = [];
  const tag = `${e.id}-ok`;
  const rows = [
    { [b.due_field]: '2001-03-01', [b.done_field]: false },
    { [b.due_field]: '2001-03-20', [b.done_field]: false },
    { [b.due_field]: '2001-02-15', [b.done_field]: true },
  ];
  let first: Record<string, unknown> | null = null;
  for (const [i, row] of rows.entries()) {
    const made = setup(c, b.resource, `${tag}-${i + 1}`, row);
    if (!made) return null;
    first ??= made.body;
    steps.push(...made.steps);
  }
  if (!first) return null;
  steps.push({
    request: { method: e.method, path: e.path, query: { [b.date_param]: '2001-03-10' } },
    expect: { status: 200, body_contains: { [b.wrap]: [first] } },
  });
  return check(
    e,
    'happy',
    `As of ${b.date_param}=2001-03-10, a ${b.resource.replace(/-/g, ' ')} due 2001-03-01 and not ${b.done_field.replace(/_/g, ' ')} is overdue; one due 2001-03-20 and one already ${b.done_field.replace(/_/g, ' ')} are not.`,
    steps,
  );
}

/** The refusal of a date in another form. */
export function overdueErrorCheck(
  e: EndpointSpec,
  b: OverdueBehavior,
  err: EndpointError,
): DraftCheck | null {
  if (err.status !== 400) return null;
  return check(e, 'error', `${b.date_param}=10/03/2001 answers 400 VALIDATION_FAILED.`, [
    {
      request: { method: e.method, path: e.path, query: { [b.date_param]: '10/03/2001' } },
      expect: { status: 400, body_contains: errorBody(err.code) },
    },
  ]);
}
