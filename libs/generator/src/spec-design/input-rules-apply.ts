import {
  readInputRules,
  refusalParts,
  unknownRecordWords,
  writtenStatus,
  type EndpointSpec,
  type FieldRuleReading,
  type InputRules,
} from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import { planComputation, refusesAlready } from './input-rules';
import { planRecord, planUnknownIds, type Step } from './input-rules-records';
import { claimComputation } from './refusal-features';
import { planUnknownRecords } from './unknown-records';

/*
 * Applying the input rules a refusal-only feature states (`input-rules.ts` plans them on computations,
 * `input-rules-records.ts` on records): each group of a refusal list planned where it names, then all applied, or
 * nothing when one group cannot be.
 */

/** The request fields a computation reads. */
function catalogInputs(e: EndpointSpec | undefined): Record<string, string> {
  return e?.behavior.kind === 'function' ? e.behavior.inputs : {};
}

/** The plan of one group of rules: the computation it goes on (none for records), the status, its steps. */
interface RulesPlan {
  e?: EndpointSpec;
  status: number | null;
  steps: Step[];
}

/**
 * The plans realising what `read` states: on the one record it names, or on every computation whose inputs it names
 * ("Negative Mengen sind ungültig" beside litres → gallons and gallons → litres is said of both conversions, each
 * refusing a negative volume itself); null when none can, when it names a record and a computation alike, or when
 * it would change what one of several computations answers (negative values beside a temperature).
 */
function planRules(b: ContractBuilder, read: InputRules, feature: string): RulesPlan[] | null {
  if (read.unknownId) {
    const steps = planUnknownIds(b, read.status, feature);
    return steps && [{ status: read.status, steps }];
  }
  const unknownRecords = unknownRecordWords(read);
  if (unknownRecords) {
    const steps = planUnknownRecords(b, unknownRecords, feature);
    return steps && [{ status: read.status, steps }];
  }
  const plans: RulesPlan[] = [];
  for (const e of b.contract.endpoints) {
    const steps = planComputation(b, e, read.clauses, read.status, feature);
    if (steps) plans.push({ e, status: read.status, steps });
  }
  const record = planRecord(b, read.clauses, read.status, feature);
  if (record) return plans.length === 0 ? [{ status: read.status, steps: record }] : null;
  // Said of several computations, a rule goes on each only when none answers differently for it, and only when
  // they read different inputs: two computations of the same text (counts and a reading time) may be meant as one
  // answer, which a rule shared between them would let deploy as two.
  if (plans.length > 1 && !plans.every((p) => p.e && refusesAlready(p.e, read.clauses, feature))) return null;
  const inputsOf = (p: RulesPlan) => JSON.stringify(Object.values(catalogInputs(p.e)).sort());
  if (plans.length > 1 && new Set(plans.map(inputsOf)).size < plans.length) return null;
  return plans.length > 0 ? plans : null;
}

/**
 * Puts the input rules a feature states on the computations, or the one record, whose inputs it names; a
 * refusal list with a status per group ("… returns 400; an unknown sku returns 404") puts each group where it
 * names, all or none. False (the contract untouched) when it states none this reads, or a group names nothing or
 * a record and a computation, or cannot be shown.
 */
export function applyInputRules(b: ContractBuilder, feature: string): boolean {
  return applyReads(b, refusalParts(feature)?.map((p) => p.rules) ?? [readInputRules(feature)], feature);
}

/**
 * "The title is required", "la frase è obbligatoria": a value that must be sent (a field rule no record field took),
 * said of a computation's input: refused when left out, as a missing value is. False for other field rules, or when
 * no computation reads what the rule names.
 */
export function requireInputs(b: ContractBuilder, reading: FieldRuleReading, feature: string): boolean {
  if (reading.kind !== 'required') return false;
  const read: InputRules = {
    clauses: [{ kind: 'missing', words: reading.subject }],
    status: writtenStatus(feature),
    unknownId: false,
  };
  return applyReads(b, [read], feature);
}

/**
 * "Negative or missing minutes are an error", read as a bound of the input (every generated service refuses a
 * required field left out): the computations claiming it show the missing value refused too, as the feature says.
 * True: the bound stays what realises it.
 */
export function showMissingToo(b: ContractBuilder, feature: string): true {
  const missing = (readInputRules(feature)?.clauses ?? []).filter((c) => c.kind === 'missing');
  for (const e of missing.length > 0 ? b.contract.endpoints.filter((x) => x.features.includes(feature)) : [])
    for (const step of planComputation(b, e, missing, null, feature) ?? []) step();
  return true;
}

function applyReads(b: ContractBuilder, reads: (InputRules | null)[], feature: string): boolean {
  const plans: RulesPlan[] = [];
  for (const read of reads) {
    const planned = read && planRules(b, read, feature);
    if (!planned) return false;
    plans.push(...planned);
  }
  let done = true;
  for (const { e, status, steps } of plans) {
    if (e && status === 422) answering422(b, e);
    done = steps.map((step) => step()).every(Boolean) && done;
    if (e) claimComputation(e, feature);
  }
  return done;
}

/**
 * The computation answers 422 instead of 400 for every refusal of its validation, as the feature writes ("people
 * below 1 … returns 422"): the emitted handler restates them (`refusal_status`), its worked refusals say so, and
 * refusals added later follow (`addChecks`). A refusal of its own code (an unknown discount code) keeps its status.
 */
function answering422(b: ContractBuilder, e: EndpointSpec): void {
  if (e.behavior.kind !== 'function') return;
  e.behavior.refusal_status = 422;
  for (const c of b.contract.acceptance) {
    const last = c.steps[c.steps.length - 1];
    const code = (last.expect.body_contains as { error?: { code?: string } } | undefined)?.error?.code;
    if (
      c.endpoint_id === e.id &&
      c.kind === 'error' &&
      last.expect.status === 400 &&
      code === 'VALIDATION_FAILED'
    )
      last.expect.status = 422;
  }
}
