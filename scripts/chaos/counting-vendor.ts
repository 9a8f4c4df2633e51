import { createHash } from 'node:crypto';
import {
  callerTagOf,
  startFakeLlmVendor,
  taggedBaseURL,
  type FakeLlmVendor,
} from '../support/fake-llm-vendor';
import { answerLikeAModel, readModelRequest } from '../support/model-answers';

/** Which process sent a call: a service of the run by name, and which of its lives (0: the first start). */
export interface CallerLife {
  name: string;
  life: number;
}

/** One answered call: when the fake answered it and which service process sent it (null: an untagged caller). */
export interface AnsweredCall {
  at_ms: number;
  caller: CallerLife | null;
}

/** One paid call the fake answered more than once: same service, role and prompt. */
export interface RepeatedCall {
  service: string;
  role: string;
  /** sha256 of the user message (the role input: which phase, which round). */
  prompt_sha256: string;
  calls: number;
  /** Each answer, in the order received. */
  answered: AnsweredCall[];
}

/** The fake model vendor of a chaos run, counting what it answers. */
export interface CountingVendor {
  /** The base URL for the life `life` of the service `name` (each life calls through its own). */
  urlFor(name: string, life: number): string;
  /** Calls answered, in all. */
  calls(): number;
  /** Calls answered per service name and role. */
  callsByService(): Map<string, Record<string, number>>;
  /** Every (service, role, prompt) answered more than once. */
  repeated(): RepeatedCall[];
  close(): Promise<void>;
}

/** The caller a tag of `urlFor` names (null: no tag, or not one of `urlFor`'s). */
function callerOf(tag: string | null): CallerLife | null {
  const match = tag ? /^(.+)~(\d+)$/.exec(tag) : null;
  return match ? { name: match[1], life: Number(match[2]) } : null;
}

/** The service a request is for: the intent's name (SPEC roles) or the contract's (code roles). */
function serviceOf(input: Record<string, unknown>): string {
  const intent = input.intent as { service_name?: unknown } | undefined;
  if (typeof intent?.service_name === 'string') return intent.service_name;
  const contract = input.contract as { service?: { name?: unknown } } | undefined;
  if (typeof contract?.service?.name === 'string') return contract.service.name;
  return '?';
}

/**
 * The Anthropic wire faked by scripts/support/fake-llm-vendor.ts, answering every role like a capable model
 * (the offline generator's answer for the prompt's input). A call is identified by the service it is for, its
 * role and the hash of its user message: one phase, or one round of a phase (a later round carries other
 * input). The same identity answered twice is a paid call repeated. Each answer records which process life sent
 * it, read from the tagged base URL that life was started with (`urlFor`), so the run can tell a repeat whose
 * first caller was killed before it could keep the answer from a repeat of the line's own making, without
 * depending on when the fake gets to look (a caller killed before the fake's event loop reaches its connection is
 * still known).
 */
export async function startCountingVendor(): Promise<CountingVendor> {
  const counts = new Map<
    string,
    { service: string; role: string; prompt: string; calls: number; answered: AnsweredCall[] }
  >();
  let total = 0;
  const fake: FakeLlmVendor = await startFakeLlmVendor({
    answer: (vendor, body, request) => {
      const caller = callerOf(callerTagOf(request));
      const { role, input } = readModelRequest(vendor, body);
      const service = serviceOf(input);
      const prompt = createHash('sha256')
        .update(JSON.stringify((body as { messages?: unknown }).messages ?? body))
        .digest('hex');
      const key = `${service}\u0000${role}\u0000${prompt}`;
      const entry = counts.get(key) ?? { service, role, prompt, calls: 0, answered: [] };
      entry.calls += 1;
      entry.answered.push({ at_ms: Date.now(), caller });
      counts.set(key, entry);
      total += 1;
      return answerLikeAModel(vendor, body);
    },
    usage: { input_tokens: 1_000, output_tokens: 500, cache_read_tokens: 0, cache_write_tokens: 0 },
  });
  // The fake records every request; a long run would keep them all.
  const trim = setInterval(() => fake.requests.splice(0), 1_000);
  trim.unref();
  return {
    urlFor: (name, life) => taggedBaseURL(fake.anthropicURL, `${name}~${life}`),
    calls: () => total,
    callsByService: () => {
      const by = new Map<string, Record<string, number>>();
      for (const { service, role, calls } of counts.values()) {
        const roles = by.get(service) ?? {};
        roles[role] = (roles[role] ?? 0) + calls;
        by.set(service, roles);
      }
      return by;
    },
    repeated: () =>
      [...counts.values()]
        .filter((c) => c.calls > 1)
        .map((c) => ({
          service: c.service,
          role: c.role,
          prompt_sha256: c.prompt,
          calls: c.calls,
          answered: c.answered,
        })),
    close: async () => {
      clearInterval(trim);
      await fake.close();
    },
  };
}
