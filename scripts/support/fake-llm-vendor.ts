import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** The wire protocols the fake speaks. */
export type FakeVendor = 'anthropic' | 'openai';

/** Normalized token counts the fake reports (converted to each vendor's wire usage). */
export interface FakeUsage {
  input_tokens: number;
  output_tokens: number;
  cache_read_tokens: number;
  cache_write_tokens: number;
}

/** One scripted misbehaviour, used by the next matching request. */
export type FakeFault = (
  | { status: number; retryAfter?: string; retryAfterMs?: string; body?: unknown }
  | { hang: true }
  | { reset: true }
  | { malformedJson: true }
  | { badOutput: unknown }
  | { notJson: true }
) & {
  /** Only requests to this vendor take the fault. */
  vendor?: FakeVendor;
  /** Only requests for this model take the fault. */
  model?: string;
};

/** A request the fake received. */
export interface RecordedRequest {
  vendor: FakeVendor;
  method: string;
  path: string;
  model: string | undefined;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** Parsed JSON body (the raw text when it was not JSON). */
  body: any;
}

/**
 * Computes the structured output of a successful answer from the request body. `request` is the HTTP request
 * being answered (its URL may carry a caller tag: see {@link callerTagOf}).
 */
export type FakeAnswer = (vendor: FakeVendor, body: any, request: IncomingMessage) => unknown;

/** Options of {@link startFakeLlmVendor}. */
export interface FakeLlmVendorOptions {
  answer?: FakeAnswer;
  /** Fixed usage for every answer; by default tokens are estimated from the body sizes (4 characters a token). */
  usage?: Partial<FakeUsage>;
}

/** A base URL's path prefix naming who calls through it: `/caller/<tag>` (see {@link callerTagOf}). */
const CALLER_PREFIX = /^\/caller\/([^/]+)/;

/**
 * The base URL a caller tagged `tag` uses: requests through it reach the same routes, and {@link callerTagOf}
 * reads the tag back from each request, so the fake knows who sent a call without any timing (a tag per process
 * life tells a call of a process killed meanwhile from one of its successor).
 */
export function taggedBaseURL(base: string, tag: string): string {
  return `${base}/caller/${encodeURIComponent(tag)}`;
}

/** The caller tag of a request sent through a {@link taggedBaseURL} (null: an untagged base URL). */
export function callerTagOf(request: IncomingMessage): string | null {
  const match = CALLER_PREFIX.exec(request.url ?? '');
  return match ? decodeURIComponent(match[1]) : null;
}

/** A running fake vendor; see {@link startFakeLlmVendor}. */
export interface FakeLlmVendor {
  /** Base URL for the Anthropic SDK (it appends `/v1/messages`). */
  anthropicURL: string;
  /** Base URL for the OpenAI SDK (includes `/v1`). */
  openaiURL: string;
  requests: RecordedRequest[];
  /** The output of successful answers; replace it to change what the "model" says (may return a promise). */
  answer: FakeAnswer;
  /** Queues faults for the next requests that match them, in order. */
  script(...faults: FakeFault[]): void;
  /** Fixed usage from now on (`null`: back to estimates). */
  setUsage(usage: Partial<FakeUsage> | null): void;
  /** Faults still queued. */
  pendingFaults(): number;
  /** Stops listening and drops every connection (hung requests included). */
  close(): Promise<void>;
}

const id = (prefix: string): string => `${prefix}${randomBytes(12).toString('hex')}`;
const estimate = (text: string): number => Math.max(1, Math.ceil(text.length / 4));

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

const ANTHROPIC_ERROR_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found_error',
  413: 'request_too_large',
  429: 'rate_limit_error',
  500: 'api_error',
  529: 'overloaded_error',
};

function errorBody(vendor: FakeVendor, status: number, message: string): unknown {
  if (vendor === 'anthropic') {
    const type = ANTHROPIC_ERROR_TYPES[status] ?? (status >= 500 ? 'api_error' : 'invalid_request_error');
    return { type: 'error', error: { type, message }, request_id: id('req_') };
  }
  const code =
    status === 429 ? 'rate_limit_exceeded' : status >= 500 ? 'server_error' : 'invalid_request_error';
  return {
    error: { message, type: status >= 500 ? 'server_error' : 'invalid_request_error', param: null, code },
  };
}

const DEFAULT_MESSAGES: Record<number, string> = {
  429: 'Rate limit exceeded: too many requests',
  500: 'Internal server error',
  529: 'Overloaded',
};

function toolName(body: any): string {
  return body?.tool_choice?.name ?? body?.tools?.[0]?.name ?? 'output';
}

function anthropicMessage(body: any, content: unknown[], stopReason: string, usage: FakeUsage): unknown {
  return {
    id: id('msg_'),
    type: 'message',
    role: 'assistant',
    model: body.model,
    content,
    stop_reason: stopReason,
    stop_sequence: null,
    usage: {
      input_tokens: usage.input_tokens,
      cache_creation_input_tokens: usage.cache_write_tokens,
      cache_read_input_tokens: usage.cache_read_tokens,
      output_tokens: usage.output_tokens,
      service_tier: 'standard',
    },
  };
}

function openaiCompletion(body: any, content: string, usage: FakeUsage): unknown {
  return {
    id: id('chatcmpl-'),
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: body.model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal: null, annotations: [] },
        logprobs: null,
        finish_reason: 'stop',
      },
    ],
    usage: {
      prompt_tokens: usage.input_tokens + usage.cache_read_tokens,
      completion_tokens: usage.output_tokens,
      total_tokens: usage.input_tokens + usage.cache_read_tokens + usage.output_tokens,
      prompt_tokens_details: { cached_tokens: usage.cache_read_tokens, audio_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0 },
    },
    system_fingerprint: 'fp_fake',
  };
}

// What a real endpoint refuses before any model runs: missing auth or required fields.
function wireProblem(
  vendor: FakeVendor,
  req: IncomingMessage,
  body: any,
): { status: number; message: string } | null {
  const auth = req.headers.authorization ?? req.headers['x-api-key'];
  if (!auth) return { status: 401, message: 'missing authentication' };
  if (body === null || typeof body !== 'object')
    return { status: 400, message: 'body must be a JSON object' };
  if (typeof body.model !== 'string') return { status: 400, message: 'model: field required' };
  if (!Array.isArray(body.messages) || body.messages.length === 0) {
    return { status: 400, message: 'messages: field required' };
  }
  if (vendor === 'anthropic' && typeof body.max_tokens !== 'number') {
    return { status: 400, message: 'max_tokens: field required' };
  }
  return null;
}

/**
 * A local HTTP server on 127.0.0.1 speaking the Anthropic Messages (`POST /v1/messages`) and OpenAI Chat
 * Completions (`POST /v1/chat/completions`) wire formats, so the real SDKs can be exercised. Successful answers
 * carry `answer(vendor, body)` as a forced tool call (Anthropic) or JSON message content (OpenAI), with usage in
 * each vendor's shape (cache fields included). `script()` queues faults; every request is recorded.
 */
export async function startFakeLlmVendor(opts: FakeLlmVendorOptions = {}): Promise<FakeLlmVendor> {
  const faults: FakeFault[] = [];
  const sockets = new Set<Socket>();
  let fixedUsage: Partial<FakeUsage> | null = opts.usage ?? null;

  const usageFor = (body: string, output: string): FakeUsage => ({
    input_tokens: fixedUsage?.input_tokens ?? estimate(body),
    output_tokens: fixedUsage?.output_tokens ?? estimate(output),
    cache_read_tokens: fixedUsage?.cache_read_tokens ?? 0,
    cache_write_tokens: fixedUsage?.cache_write_tokens ?? 0,
  });

  const takeFault = (vendor: FakeVendor, model: string | undefined): FakeFault | undefined => {
    const index = faults.findIndex(
      (f) => (f.vendor === undefined || f.vendor === vendor) && (f.model === undefined || f.model === model),
    );
    return index === -1 ? undefined : faults.splice(index, 1)[0];
  };

  const vendorOf = (path: string): FakeVendor | null => {
    if (path === '/v1/messages') return 'anthropic';
    if (path === '/v1/chat/completions' || path === '/chat/completions') return 'openai';
    return null;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, text: string): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0].replace(CALLER_PREFIX, '');
    const vendor = vendorOf(path);
    if (!vendor || req.method !== 'POST') {
      send(res, 404, { error: { message: `no route ${req.method} ${path}` } });
      return;
    }
    let body: any;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]),
    );
    const model = typeof body?.model === 'string' ? (body.model as string) : undefined;
    fake.requests.push({ vendor, method: req.method, path, model, headers, body });

    const problem = wireProblem(vendor, req, body);
    if (problem) {
      send(res, problem.status, errorBody(vendor, problem.status, problem.message));
      return;
    }
    const fault = takeFault(vendor, model);
    if (fault && 'hang' in fault) return; // answered by close(), which destroys the socket
    if (fault && 'reset' in fault) {
      req.socket.destroy();
      return;
    }
    if (fault && 'status' in fault) {
      const headers: Record<string, string> = {};
      if (fault.retryAfter !== undefined) headers['retry-after'] = fault.retryAfter;
      if (fault.retryAfterMs !== undefined) headers['retry-after-ms'] = fault.retryAfterMs;
      const message = DEFAULT_MESSAGES[fault.status] ?? `HTTP ${fault.status}`;
      send(res, fault.status, fault.body ?? errorBody(vendor, fault.status, message), headers);
      return;
    }
    if (fault && 'malformedJson' in fault) {
      send(res, 200, '{"id": "msg_truncated", "type": "message", "content": [');
      return;
    }

    const requestId = { 'request-id': id('req_'), 'x-request-id': id('req_') };
    if (fault && 'notJson' in fault) {
      const prose = 'Sure! Here is the service you asked for, described in words rather than JSON.';
      const usage = usageFor(text, prose);
      const wire =
        vendor === 'anthropic'
          ? anthropicMessage(body, [{ type: 'text', text: prose, citations: null }], 'end_turn', usage)
          : openaiCompletion(body, prose, usage);
      send(res, 200, wire, requestId);
      return;
    }
    const output = fault && 'badOutput' in fault ? fault.badOutput : await fake.answer(vendor, body, req);
    const outputText = JSON.stringify(output) ?? 'null';
    const usage = usageFor(text, outputText);
    const wire =
      vendor === 'anthropic'
        ? anthropicMessage(
            body,
            [
              {
                type: 'tool_use',
                id: id('toolu_'),
                name: toolName(body),
                input: output,
                caller: { type: 'direct' },
              },
            ],
            'tool_use',
            usage,
          )
        : openaiCompletion(body, outputText, usage);
    send(res, 200, wire, requestId);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      handle(req, res, Buffer.concat(chunks).toString('utf8')).catch((err: unknown) => {
        if (!res.headersSent) send(res, 500, { error: { message: String(err) } });
      });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  const fake: FakeLlmVendor = {
    anthropicURL: base,
    openaiURL: `${base}/v1`,
    requests: [],
    answer: opts.answer ?? (() => ({ ok: true })),
    script: (...more) => void faults.push(...more),
    setUsage: (usage) => {
      fixedUsage = usage;
    },
    pendingFaults: () => faults.length,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}
