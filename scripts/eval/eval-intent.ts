import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** How an intent is phrased (eval/README.md). */
export const EVAL_KINDS = ['spelled-out', 'free-text', 'other-language', 'injection', 'refuse'] as const;
export type EvalKind = (typeof EVAL_KINDS)[number];

/** Which endpoint of the deployed SPEC a free-text probe means. */
export interface EndpointRef {
  feature: number;
  method: string;
}

/** One HTTP request of a probe step. */
export interface ProbeRequest {
  method: string;
  path?: string;
  endpoint?: EndpointRef;
  params?: Record<string, string>;
  query?: Record<string, string | number | boolean>;
  /** Request headers (a quota keyed by `X-Api-Key`); `{{name}}` is filled like in paths. */
  headers?: Record<string, string>;
  body?: unknown;
}

/** What a step's response must show. */
export interface ProbeExpect {
  status: number | number[];
  body?: unknown;
}

/** One request and what its response must show; `save` keeps response values for later steps. */
export interface ProbeStep {
  request: ProbeRequest;
  expect: ProbeExpect;
  save?: Record<string, string>;
}

/** A black-box check of one key feature, in the feature's own domain terms. */
export interface Probe {
  feature: number;
  /** Further key features this probe also checks (one feature written across two entries). */
  also_features?: number[];
  name: string;
  steps: ProbeStep[];
}

/** One golden intent file. */
export interface EvalIntent {
  id: string;
  kind: EvalKind;
  holdout: boolean;
  expect: 'deploy' | 'refuse';
  note?: string;
  intent: {
    service_name: string;
    service_type: string;
    priority?: string;
    purpose: string;
    key_features: string[];
    [key: string]: unknown;
  };
  probes: Probe[];
}

/** Thrown for a golden-intent file that does not follow eval/README.md. */
export class EvalFormatError extends Error {}

/** Reads and checks every `*.json` under `dir`, sorted by id; holdouts only when asked. */
export async function loadEvalIntents(dir: string, opts: { holdout: boolean }): Promise<EvalIntent[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const intents: EvalIntent[] = [];
  for (const file of files) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(join(dir, file), 'utf8'));
    } catch (err) {
      throw new EvalFormatError(`${file}: not JSON (${(err as Error).message})`);
    }
    const intent = checkEvalIntent(parsed, file.replace(/\.json$/, ''));
    if (opts.holdout || !intent.holdout) intents.push(intent);
  }
  return intents;
}

/** `value` as an {@link EvalIntent}, or {@link EvalFormatError} naming the first thing wrong. */
export function checkEvalIntent(value: unknown, id: string): EvalIntent {
  const fail = (what: string): never => {
    throw new EvalFormatError(`${id}: ${what}`);
  };
  const e = value as EvalIntent;
  if (typeof e !== 'object' || e === null) fail('not an object');
  if (e.id !== id) fail(`id ${JSON.stringify(e.id)} differs from the file name`);
  if (!EVAL_KINDS.includes(e.kind)) fail(`kind must be one of ${EVAL_KINDS.join(', ')}`);
  if (typeof e.holdout !== 'boolean') fail('holdout must be true or false');
  if (e.expect !== 'deploy' && e.expect !== 'refuse') fail('expect must be deploy or refuse');
  const i = e.intent;
  if (typeof i?.service_name !== 'string' || typeof i.purpose !== 'string')
    fail('intent needs service_name and purpose');
  if (!Array.isArray(i.key_features) || i.key_features.length === 0) fail('intent needs key_features');
  if (!Array.isArray(e.probes)) fail('probes must be a list');
  if (e.expect === 'deploy') {
    i.key_features.forEach((_, index) => {
      if (!e.probes.some((p) => probeChecks(p, index))) fail(`key feature ${index} has no probe`);
    });
  }
  for (const probe of e.probes) {
    if (!Number.isInteger(probe.feature) || probe.feature < 0 || probe.feature >= i.key_features.length) {
      fail(`probe ${JSON.stringify(probe.name)}: feature must index key_features`);
    }
    const also = probe.also_features ?? [];
    if (
      !Array.isArray(also) ||
      also.some((f) => !Number.isInteger(f) || f < 0 || f >= i.key_features.length)
    ) {
      fail(`probe ${JSON.stringify(probe.name)}: also_features must index key_features`);
    }
    if (!Array.isArray(probe.steps) || probe.steps.length === 0) fail(`probe ${probe.name}: no steps`);
    for (const step of probe.steps) {
      const r = step.request;
      if (typeof r?.method !== 'string') fail(`probe ${probe.name}: a step has no request.method`);
      if ((r.path === undefined) === (r.endpoint === undefined)) {
        fail(`probe ${probe.name}: a step needs exactly one of request.path or request.endpoint`);
      }
      const status = step.expect?.status;
      if (!(
        typeof status === 'number' ||
        (Array.isArray(status) && status.every((s) => typeof s === 'number'))
      )) {
        fail(`probe ${probe.name}: a step needs expect.status`);
      }
    }
  }
  return e;
}

/** Whether `probe` checks key feature `index` (its `feature`, or one of its `also_features`). */
export function probeChecks(probe: Pick<Probe, 'feature' | 'also_features'>, index: number): boolean {
  return probe.feature === index || (probe.also_features ?? []).includes(index);
}
