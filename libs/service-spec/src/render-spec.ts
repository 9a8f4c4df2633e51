import { cell, code, codeCell, inline, jsonSnippet, quoteBlock, safeJson } from './markdown-text';
import { resourceRuleLines } from './record-rules';
import { objectArrayText } from './object-array';
import { SPEC_SECTIONS, type SpecSection } from './spec-sections';
import { hasListOptions } from './list-query';
import {
  DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
  GUARD_QUOTA,
  missingStatus,
  type Behavior,
  type ListBehavior,
  type EndpointSpec,
  type FieldSpec,
  type SpecContract,
  type UdcEndpoint,
} from './spec-contract';
import { errorBodyShape, errorBodyText } from './error-body';

/** Optional prose added to a rendered SPEC. */
export interface SpecRenderExtras {
  /** Notes per section (e.g. how a vague feature was read); rendered as quoted data after the section. */
  notes?: Partial<Record<SpecSection, string[]>>;
}

/** Info string of the fenced block that carries the contract JSON. */
export const SPEC_CONTRACT_FENCE = 'spec-contract';

const TIER: Record<SpecContract['service']['priority'], string> = {
  critical: 'tier 0',
  high: 'tier 1',
  medium: 'tier 2',
  low: 'experimental',
};

const UDC_RETURNS: Record<UdcEndpoint, string> = {
  'GET /health':
    '`{status, service, version, uptime_seconds, timestamp}`; status is active, degraded or inactive',
  'GET /capabilities':
    '`{service, version, udc_version: "1.0", features[], endpoints[{method, path, description}], dependencies[]}`',
  'GET /state': '`{uptime_seconds, requests_total, errors_total, memory_rss_bytes, started_at, metrics{}}`',
  'GET /dependencies': '`{dependencies[{name, status, required, latency_ms}], all_required_up}`',
  'POST /message':
    'accepts a UDC message envelope and answers 202 `{accepted: true, message_id}`; an invalid envelope is 400',
};

const GLOBAL_ERRORS: [number, string, string][] = [
  [400, 'MALFORMED_JSON', 'the body is not valid JSON'],
  [404, 'NOT_FOUND', 'no endpoint path matches the request path'],
  [405, 'METHOD_NOT_ALLOWED', 'the path exists but not for this method; an `allow` header lists the methods'],
  [413, 'PAYLOAD_TOO_LARGE', 'the body is larger than the configured limit'],
  [500, 'INTERNAL_ERROR', 'an unexpected failure; details go to the log, never to the client'],
];

function endpointLabel(e: Pick<EndpointSpec, 'method' | 'path'>): string {
  return `${e.method} ${e.path}`;
}

function fieldLine(f: FieldSpec): string {
  const flags = [f.type, f.required ? 'required' : 'optional'];
  if (f.unique) flags.push('unique');
  if (f.default !== undefined) flags.push(`default ${jsonSnippet(f.default, 40)}`);
  if (f.type === 'object[]') flags.push(objectArrayText(f));
  return `${code(f.name)} (${flags.join(', ')}): ${inline(f.description)}; e.g. ${code(jsonSnippet(f.example, 80))}`;
}

// What a list with query options reads and answers, for readers of the SPEC.
function describeListQuery(b: ListBehavior): string {
  const parts: string[] = [];
  for (const f of b.filters ?? []) {
    if (f.kind === 'equals')
      parts.push(`query ${code(f.param)} keeps the records whose ${code(f.field)} equals it`);
    if (f.kind === 'range') {
      const bounds = [f.min_param, f.max_param].filter((p) => p !== undefined).map((p) => code(p));
      parts.push(`${bounds.join(' and ')} bound ${code(f.field)} (inclusive)`);
    }
    if (f.kind === 'text')
      parts.push(`${code(f.param)} keeps those whose ${f.fields.map(code).join(', ')} contain it (any case)`);
  }
  if (b.sort) {
    const how = b.sort.order_param
      ? `with ${code(b.sort.order_param)} asc or desc`
      : 'a leading - for descending';
    parts.push(
      `${code(b.sort.param)} sorts by ${b.sort.fields.map(code).join(', ')} (${how}; default ${b.sort.default_field ? `${code(b.sort.default_field)} ${b.sort.default_order}` : 'creation order'})`,
    );
  }
  if (b.newest_first) parts.push('newest created first unless a sort is asked (ties of a sort too)');
  if (b.limit) {
    const l = b.limit;
    const range = `1..${l.max_limit ?? 'any'}`;
    const above =
      l.max_limit === undefined ? '' : l.clamp ? `, more answers ${l.max_limit}` : `, more is 400`;
    parts.push(
      `${code(l.param)} keeps only the first n of that order (${range}${above}; default ${l.default_limit ?? (l.max_limit === undefined ? 'every record' : `every record, at most ${l.max_limit}`)})`,
    );
  }
  const answer = b.page
    ? `${code(`{"${b.page.items}": [...], "${b.page.total}": n, "${b.page.limit_param}", "${b.page.offset_param}"}`)}, one page (${code(b.page.limit_param)} 1..${b.page.max_limit}, default ${b.page.default_limit}; ${code(b.page.offset_param)} ${b.page.style === 'page' ? 'from 1' : 'from 0'}) with ${code(b.page.total)} counted after filtering and before paging`
    : 'the records as a JSON array';
  return `Answers 200 with ${answer}; ${parts.join('; ')}; an unreadable query value is 400 VALIDATION_FAILED.`;
}

// One sentence on what a behaviour does, for readers of the SPEC (the contract holds the exact data).
function describeBehavior(b: Behavior): string {
  switch (b.kind) {
    case 'create':
      return b.parent
        ? `Creates a ${b.resource} of an existing ${b.parent.resource} (path parameter ${code(b.parent.param)}, stored in ${code(b.parent.field)}); 404 when that ${b.parent.resource} does not exist.${
            b.parent.limit
              ? ` The ${code(b.parent.limit.field)} of all its ${b.resource} records may not add up to more than its ${code(b.parent.limit.parent_field)}: 409 ${code('LIMIT_EXCEEDED')} otherwise, and nothing is stored.`
              : ''
          }`
        : `Validates the JSON body against the ${b.resource} fields and stores a new record; answers 201 with it.`;
    case 'list':
      if (b.parent)
        return `Answers 200 with the ${b.resource} records created under the ${b.parent.resource} of path parameter ${code(b.parent.param)} (its id in ${code(b.parent.field)}), oldest first, as a JSON array; 404 when that ${b.parent.resource} does not exist.`;
      return hasListOptions(b)
        ? describeListQuery(b)
        : `Answers 200 with every ${b.resource} record, oldest first, as a JSON array.`;
    case 'get':
      return b.absent_as_default
        ? `Answers 200 with the ${b.resource} whose key is ${code(b.param)}; an unknown key answers its starting values (defaults), storing nothing.`
        : `Answers 200 with the ${b.resource} whose key is ${code(b.param)}; 404 when there is none.`;
    case 'update':
      return b.replace
        ? `Replaces the ${b.resource} with the body (every required field sent, validated like create; an optional field left out goes back to its default or null; the key stays); answers 200 with the record.`
        : `Applies a partial update (any non-empty subset of the ${b.resource} fields, validated like create); answers 200 with the record.`;
    case 'delete':
      return b.status === 204
        ? `Removes the ${b.resource} and answers 204 with no body; 404 when there is none.`
        : `Removes the ${b.resource} and answers 200 \`{"id": …, "deleted": true}\`; 404 when there is none.`;
    case 'toggle':
      return b.value === undefined
        ? `Flips the boolean ${code(b.field)} of the ${b.resource}; answers 200 with the record.`
        : `Sets ${code(b.field)} of the ${b.resource} to ${String(b.value)}; answers 200 with the record.`;
    case 'search':
      return `Answers 200 with the ${b.resource} records whose ${b.fields.map((f) => code(f)).join(' or ')} contains query parameter ${code(b.query_param)} (case-insensitive); 400 when it is missing.`;
    case 'reserve':
      return `Marks the ${b.resource} ${b.field.replace(/_/g, ' ')} (${code(b.field)} = true); 409 when it already is, 404 when unknown.`;
    case 'release':
      return `Releases the ${b.resource} (${code(b.field)} = false); 409 when it is not ${b.field.replace(/_/g, ' ')}, 404 when unknown.`;
    case 'transition':
      if (b.to !== undefined) {
        const from = Object.keys(b.moves).filter((s) => b.moves[s].includes(b.to ?? ''));
        return `Moves the ${b.resource}'s ${code(b.field)} to ${code(b.to)}, only from ${from.map((s) => code(s)).join(' or ')}; answers 200 with the record; from any other state (${code(b.to)} itself included) 409 ${code('INVALID_TRANSITION')} and changes nothing; an unknown ${b.resource} 404. Reads no body.`;
      }
      return `Moves the ${b.resource}${b.input === undefined ? '' : `'s ${code(b.field)}`} to the state body field ${code(b.input ?? b.field)} names, along the machine's arrows (${Object.entries(
        b.moves,
      )
        .flatMap(([from, tos]) => tos.map((to) => `${from} → ${to}`))
        .join(
          ', ',
        )}); answers 200 with the record; any other move is 409 ${code('INVALID_TRANSITION')} and changes nothing; an unknown state is 400, an unknown ${b.resource} 404.`;
    case 'adjust':
      if (b.direction !== undefined)
        return `${b.direction === 'in' ? 'Adds' : 'Takes away'} body field ${code(b.amount_field)}${b.amount_default === undefined ? '' : ` (default ${b.amount_default})`}, a count of at least 1 (0 or less is 400), ${b.direction === 'in' ? 'to' : 'from'} ${code(b.field)} of the ${b.resource} ${b.param === undefined ? 'named in the body' : `whose key is ${code(b.param)}`}; a result outside the field's bounds (${b.direction === 'out' ? 'more out than is on hand' : 'past its maximum'}) is 409 and changes nothing; ${b.create_missing ? 'an unknown key creates the record' : '404 when unknown'}. Answers 200 with the record.`;
      return `Adds body field ${code(b.amount_field)}${b.amount_default === undefined ? '' : ` (default ${b.amount_default})`} to ${code(b.field)} of the ${b.resource} ${b.param === undefined ? 'named in the body' : `whose key is ${code(b.param)}`}; a result outside the field's bounds is 409 and changes nothing; ${b.create_missing ? 'an unknown key creates the record' : '404 when unknown'}${b.voter_field ? `; body field ${code(b.voter_field)} names who votes (400 without it), and a second vote of the same ${code(b.voter_field)} on the same ${b.resource} is 409 ${code('ALREADY_VOTED')} and counts nothing` : ''}. Answers 200 with the record.`;
    case 'reset':
      return `Sets ${code(b.field)} of the ${b.resource} whose key is ${code(b.param)} back to its default; ${b.create_missing ? 'an unknown key creates the record' : '404 when unknown'}. Answers 200 with the record.`;
    case 'compute':
      return b.operation === 'convert'
        ? `Converts ${code(b.inputs.amount)} from unit ${code(b.inputs.from)} to ${code(b.inputs.to)} with the declared rate table (${Object.entries(
            b.rates,
          )
            .map(([unit, rate]) => `${unit} ${rate}`)
            .join(', ')}), rounded to ${b.decimals} decimals, into ${code(b.output)}.`
        : `Computes the ${b.operation} of the number array ${code(b.inputs.values)}, rounded to ${b.decimals} decimals, into ${code(b.output)}.`;
    case 'webhook_receive':
      return b.scheme === 'stripe'
        ? `Verifies header ${code(b.signature_header)} = ${code('t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">')} keyed with ${code(b.secret_config)}, with ${code('t')} at most ${b.tolerance_seconds ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS} s from now (401 otherwise), then stores the event by ${code(b.id_field)}.`
        : `Verifies header ${code(b.signature_header)} = ${code(`${b.signature_prefix}<${b.encoding ?? 'hex'} HMAC-SHA256 of the raw body>`)} keyed with ${code(b.secret_config)} (401 otherwise), then stores the event by ${code(b.id_field)}.`;
    case 'webhook_replay':
      return `Re-processes an event received by ${code(b.receiver)}, looked up by ${code(b.param)}; 404 when unknown.`;
    case 'webhook_events':
      return b.param === undefined
        ? `Lists the events received by ${code(b.receiver)} in arrival order.`
        : `Answers the event received by ${code(b.receiver)} whose id is ${code(b.param)}; 404 when unknown.`;
    case 'health_check':
      return `Calls the ${code(b.url_field)} of every ${b.resource} with a GET bounded by ${b.timeout_ms} ms (setting ${code(b.timeout_config)}), all at once; each is up on 2xx/3xx and down on an error status, a refused connection or the timeout; overall ${code('up')} when all are up, else ${code('degraded')}.`;
    case 'redirect':
      return `Answers ${b.status} with header \`location\` = the ${code(b.target_field)} of the ${b.resource} whose ${code(b.key_field)} is ${code(b.param)}; 404 when there is none.`;
    case 'static':
      return `Always answers ${b.status} with ${code(jsonSnippet(b.body))}.`;
    case 'function':
      return `Computes ${code(b.function)}${
        b.options
          ? ` (${Object.entries(b.options)
              .map(([k, v]) => `${k} ${String(v)}`)
              .join(', ')})`
          : ''
      } from ${
        Object.entries(b.inputs)
          .map(([param, field]) => `${code(field)} as ${param}`)
          .join(', ') || 'nothing'
      } into ${Object.entries(b.outputs)
        .map(([result, field]) => `${code(field)} (${result})`)
        .join(', ')}; 400 for a value outside its domain.`;
    case 'quota':
      if (b.algorithm === 'token_bucket') {
        return `Takes one token from the bucket of the key in body field ${code(b.key_field)}: ${b.limit} tokens, full at the key's first request, ${b.refill_tokens ?? 0} flowing back every ${b.window_seconds} seconds (never above ${b.limit}); 200 with ${code('remaining')}, else 429 RATE_LIMITED with ${code('retry_after')} and ${code('retry-after')} (nothing taken); headers ${code('x-ratelimit-limit')}, ${code('x-ratelimit-remaining')}, ${code('x-ratelimit-reset')}; 400 without a key.`;
      }
      return `Counts one request for body field ${code(b.key_field)}: at most ${b.limit} per key in a window of ${b.window_seconds} seconds opened by the key's first request; 200 with ${code('remaining')}, else 429 RATE_LIMITED with ${code('reset_seconds')}, ${code('retry_after')} and ${code('retry-after')} (not counted); headers ${code('x-ratelimit-limit')}, ${code('x-ratelimit-remaining')}, ${code('x-ratelimit-reset')}; 400 without a key.`;
    case 'overdue':
      return `Answers 200 ${code(`{"${b.wrap}": [...]}`)}: the ${b.resource} records whose ${code(b.due_field)} is a date before query parameter ${code(b.date_param)} (YYYY-MM-DD, today when absent) and whose ${code(b.done_field)} is not true, oldest first; 400 for another date form.`;
    case 'low_stock': {
      const limit = [
        b.threshold_field === undefined ? null : `its own ${code(b.threshold_field)}`,
        b.threshold === undefined ? null : String(b.threshold),
      ]
        .filter((x) => x !== null)
        .join(', else ');
      const order = b.order_by === undefined ? 'oldest first' : `sorted by ${code(b.order_by)} ascending`;
      const short =
        b.shortfall_field === undefined
          ? ''
          : `, each with ${code(b.shortfall_field)} = its threshold minus its ${code(b.field)}`;
      return `Answers 200 ${code(`{"${b.wrap}": [...]}`)}: the ${b.resource} records whose ${code(b.field)} is ${b.inclusive ? 'at or below' : 'below'} ${limit}${short}, ${order}.`;
    }
    case 'owner_aggregate': {
      const op = { average: 'average', sum: 'sum', min: 'lowest', max: 'highest' }[b.operation];
      return `Answers 200 ${code(`{"${b.owner_field}": …, "${b.output}": number, "count": n}`)}: the ${op} of ${code(b.value_field)} over the ${b.resource} records whose ${code(b.owner_field)} is path parameter ${code(b.param)}, rounded to ${b.decimals} decimals, and how many there are; 404 when there is none.`;
    }
    case 'ranking':
      return `Answers 200 ${code(`{"${b.wrap}": [...]}`)}: the first ${code(b.count_param)} (default ${b.default_count}, at most ${b.max_count}) ${b.resource} records by ${code(b.score_field)}, ${b.order === 'desc' ? 'highest' : 'lowest'} first${b.best_per ? `, counting only the best record of each ${code(b.best_per)}` : ''}; ties keep the older first; 400 for another ${code(b.count_param)}.`;
    case 'vote':
      return `Casts one vote in the ${b.resource} whose id is ${code(b.param)}: body field ${code(b.choice_field)} names ${b.by === 'index' ? 'the position (from 0) of one' : 'one'} of its ${code(b.options_field)}${b.voter_field ? ` and ${code(b.voter_field)} who votes` : ''}; 404 when unknown, 400 without them${b.closed_field ? `, 409 ${code('POLL_CLOSED')} when ${code(b.closed_field)}` : ''}, ${b.unknown_status ?? 400} ${code('UNKNOWN_OPTION')} for a choice not among its options${b.voter_field ? `, 409 ${code('ALREADY_VOTED')} for a second vote of the same ${code(b.voter_field)}` : ''}; nothing is counted then. Else the option's count goes up by one: ${b.status} with the option and its ${code('votes')}.`;
    case 'tally':
      return `Answers 200 ${code(b.shape === 'object' ? `{"${b.field}": {"<option>": votes, ...}${b.total_field ? `, "${b.total_field}": n` : ''}}` : `{"${b.field}": [{"${b.option_key}": option, "${b.count_key}": votes}, ...]${b.total_field ? `, "${b.total_field}": n` : ''}}`)}: the votes of every one of the ${b.resource}'s ${code(b.options_field)} (0 when none)${b.order === 'desc' ? ", most votes first (ties in the options' order)" : ", in the options' order"}${b.total_field ? `, and their sum in ${code(b.total_field)}` : ''}; 404 when unknown; readable whatever its state.`;
    case 'quota_usage':
      return `Answers 200 with the count of ${b.quota === GUARD_QUOTA ? 'the caller named by its guard header' : `the key in path parameter ${code(b.param)}`} in its current window of quota ${code(b.quota)} (0 when it has none); never counts.`;
  }
}

function featureRefs(contract: SpecContract, e: EndpointSpec): string {
  if (e.features.length === 0) return 'no key feature';
  return e.features
    .map((f) => {
      const index = contract.service.features.indexOf(f);
      return index >= 0 ? `feature ${index + 1}` : `"${inline(f)}"`;
    })
    .join(', ');
}

function renderPurpose(c: SpecContract): string[] {
  const out = [
    c.service.purpose.trim() === '' ? '_No purpose text was given._' : quoteBlock(c.service.purpose),
    '',
  ];
  if (c.service.features.length > 0) {
    out.push('Key features, quoted from the intent (data, not instructions):', '');
    c.service.features.forEach((f, i) =>
      out.push(`${i + 1}. ${inline(f).trim() === '' ? '_(empty)_' : inline(f)}`),
    );
  }
  return out;
}

function renderService(c: SpecContract): string[] {
  return [
    `- **Name:** ${inline(c.service.name)}`,
    `- **Type:** ${c.service.type}`,
    `- **Port:** ${c.service.port}`,
    `- **Priority:** ${c.service.priority} (${TIER[c.service.priority]})`,
    `- **Version:** ${inline(c.service.version)}`,
  ];
}

function requestCell(e: EndpointSpec): string {
  const parts: string[] = [];
  if (e.request.params?.length) parts.push(`params: ${e.request.params.map((p) => p.name).join(', ')}`);
  if (e.request.query?.length) parts.push(`query: ${e.request.query.map((q) => q.name).join(', ')}`);
  if (e.request.headers?.length) parts.push(`headers: ${e.request.headers.map((h) => h.name).join(', ')}`);
  if (e.request.body) parts.push(`body ${codeCell(jsonSnippet(e.request.body.example))}`);
  return parts.length === 0 ? 'none' : parts.join('; ');
}

function responseCell(e: EndpointSpec): string {
  if (e.responses.length === 0) return '—';
  return e.responses
    .map((r) => (r.example === undefined ? `${r.status}` : `${r.status} ${codeCell(jsonSnippet(r.example))}`))
    .join('; ');
}

/** What a guard asks of every call, and which keys it accepts (any non-empty value: no list of keys is kept). */
function guardText(g: NonNullable<EndpointSpec['guard']>): string {
  const quota = g.quota
    ? `; at most ${g.quota.limit} calls per value in a window of ${g.quota.window_seconds} seconds opened by its first call, across every guarded endpoint, then 429 RATE_LIMITED with ${code('remaining')} 0 and ${code('reset_seconds')} (not counted)${g.quota.answer_as ? `; every 2xx answer that is a JSON object also carries ${code(g.quota.answer_as)}, the calls the caller has left in its window after this one` : ''}`
    : '';
  return `every call carries header ${code(g.header)}, else ${missingStatus(g)} MISSING_API_KEY before anything is read; any non-empty value identifies the caller (the service keeps no list of keys)${quota}.`;
}

function renderEndpointDetail(c: SpecContract, e: EndpointSpec): string[] {
  const out = [`### ${code(endpointLabel(e))}`, '', `- **Id:** ${code(e.id)}`];
  out.push(`- **Realises:** ${featureRefs(c, e)}`);
  out.push(`- **Behaviour:** ${describeBehavior(e.behavior)}`);
  if (e.guard) out.push(`- **Guard:** ${guardText(e.guard)}`);
  for (const p of e.request.params ?? []) {
    out.push(`- **Path parameter** ${code(p.name)}: ${inline(p.description)}; e.g. ${code(p.example)}`);
  }
  for (const q of e.request.query ?? []) out.push(`- **Query** ${fieldLine(q)}`);
  for (const h of e.request.headers ?? []) {
    out.push(
      `- **Header** ${code(h.name)} (${h.required ? 'required' : 'optional'}): ${inline(h.description)}; e.g. ${code(h.example)}`,
    );
  }
  if (e.request.body) {
    for (const f of e.request.body.fields) out.push(`- **Body field** ${fieldLine(f)}`);
    out.push(
      `- **Body example:** ${code(jsonSnippet(e.request.body.example, 400))}${e.request.body.allow_unknown ? ' (other fields allowed)' : ' (other fields are refused)'}`,
    );
  }
  for (const r of e.responses) {
    const example = r.example === undefined ? '' : `: ${code(jsonSnippet(r.example, 400))}`;
    const headers = r.headers ? ` (headers ${code(jsonSnippet(r.headers))})` : '';
    out.push(`- **${r.status}** ${inline(r.description)}${headers}${example}`);
  }
  for (const err of e.errors) out.push(`- **${err.status}** ${code(err.code)}: ${inline(err.when)}`);
  return out;
}

function renderEndpoints(c: SpecContract): string[] {
  if (c.endpoints.length === 0) return ['_No user endpoints: the service serves only the UDC endpoints._'];
  const out = [
    '| Method | Path | Description | Request | Response | Errors |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const e of c.endpoints) {
    const errors = e.errors.length === 0 ? '—' : e.errors.map((x) => `${x.status} ${x.code}`).join(', ');
    out.push(
      `| ${e.method} | ${codeCell(e.path)} | ${cell(e.summary)} (${featureRefs(c, e)}) | ${requestCell(e)} | ${responseCell(e)} | ${errors} |`,
    );
  }
  for (const e of c.endpoints) out.push('', ...renderEndpointDetail(c, e));
  return out;
}

function renderUdc(c: SpecContract): string[] {
  return [
    `The service implements UDC v${c.udc.version}: these endpoints are served next to the ones above, and no user endpoint may use their paths.`,
    '',
    ...c.udc.endpoints.map((e) => `- ${code(e)}: ${UDC_RETURNS[e]}`),
  ];
}

function renderDependencies(c: SpecContract): string[] {
  if (c.dependencies.length === 0) {
    return ['None: the service needs no other service; `GET /dependencies` reports an empty list.'];
  }
  return c.dependencies.map((d) =>
    d === 'registry'
      ? `- ${inline(d)}: the service registry; the service registers on start (\`REGISTRY_URL\`), heartbeats, and reports it in \`GET /dependencies\`.`
      : `- ${inline(d)}: a required upstream service, located through the registry and reported with status and latency in \`GET /dependencies\`.`,
  );
}

function renderDataModel(c: SpecContract): string[] {
  const out: string[] = [];
  if (c.resources.length === 0) out.push('The service keeps no resource records.');
  else
    out.push(
      'Records live in memory per resource; each has a server-generated string `id` plus these fields.',
    );
  for (const r of c.resources) {
    out.push('', `### ${code(r.name)} (collection ${code(`/${r.plural}`)})`, '', inline(r.description), '');
    out.push(
      '| Field | Type | Required | Default | Unique | Description | Example |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    );
    out.push(`| id | string | server-set | — | yes | Server-generated identifier | — |`);
    for (const f of r.fields) {
      const def = f.default === undefined ? (f.required ? '—' : 'null') : codeCell(jsonSnippet(f.default));
      out.push(
        `| ${f.name} | ${f.type} | ${f.required ? 'yes' : 'no'} | ${def} | ${f.unique ? 'yes' : 'no'} | ${cell(f.description)} | ${codeCell(jsonSnippet(f.example))} |`,
      );
    }
    const rules = resourceRuleLines(r);
    if (rules.length > 0) out.push('', ...rules.map((line) => `- ${line}`));
    for (const e of c.endpoints) {
      if (e.behavior.kind === 'create' && e.behavior.resource === r.name && e.behavior.parent) {
        out.push(
          '',
          `Records created by ${code(endpointLabel(e))} also store ${code(e.behavior.parent.field)}.`,
        );
      }
    }
  }
  for (const e of c.endpoints) {
    if (e.behavior.kind === 'webhook_receive') {
      out.push(
        '',
        `Events received by ${code(endpointLabel(e))} are kept in memory by ${code(e.behavior.id_field)} for replay.`,
      );
    }
  }
  return out;
}

function renderConfiguration(c: SpecContract): string[] {
  const out = ['| Variable | Default | Description |', '| --- | --- | --- |'];
  for (const s of c.config) {
    const def = s.secret
      ? `${codeCell(s.default)} (development only; set a real secret)`
      : codeCell(s.default);
    out.push(`| ${s.name} | ${def} | ${cell(s.description)} |`);
  }
  if (c.config.length === 0) out.push('| — | — | The service reads no settings. |');
  return out;
}

function renderErrorHandling(c: SpecContract): string[] {
  const out = [
    `Every error is JSON \`${errorBodyText(errorBodyShape(c))}\` with the status below; codes are stable${c.errors ? " (the five UDC endpoints answer with the UDC runtime's own shapes)" : ''}.`,
    '',
    '| Endpoint | Status | Code | When |',
    '| --- | --- | --- | --- |',
  ];
  for (const e of c.endpoints) {
    for (const err of e.errors)
      out.push(`| ${codeCell(endpointLabel(e))} | ${err.status} | ${err.code} | ${cell(err.when)} |`);
  }
  for (const [status, errCode, when] of GLOBAL_ERRORS) out.push(`| any | ${status} | ${errCode} | ${when} |`);
  return out;
}

function renderAcceptance(c: SpecContract): string[] {
  const byId = new Map(c.endpoints.map((e) => [e.id, e]));
  const out = [
    'Each check runs in order against a fresh instance and never follows redirects; the `spec-contract` block below is its exact, machine-readable form.',
    '',
  ];
  if (c.acceptance.length === 0) out.push('_No acceptance checks yet._');
  for (const a of c.acceptance) {
    const e = byId.get(a.endpoint_id);
    const target = e ? code(endpointLabel(e)) : `unknown endpoint ${code(a.endpoint_id)}`;
    const steps = a.steps.map((s) => `${s.request.method} ${s.request.path} → ${s.expect.status}`).join('; ');
    out.push(`- **${inline(a.id)}** (${a.kind}) ${target}: ${inline(a.description)} Steps: ${code(steps)}.`);
  }
  out.push('', '```' + SPEC_CONTRACT_FENCE, safeJson(c, 2), '```');
  return out;
}

function renderNonFunctional(c: SpecContract): string[] {
  const nf = c.non_functional;
  if (!nf) return ['Targets not set yet: this draft has no latency, size or security requirements.'];
  return [
    `- **Latency:** p95 ≤ ${nf.latency_p95_ms} ms for every endpoint (in-memory store, 50 concurrent clients).`,
    `- **Request size:** bodies above ${nf.max_body_bytes} bytes are refused with 413 PAYLOAD_TOO_LARGE.`,
    ...nf.security.map((s) => `- **Security:** ${inline(s)}`),
  ];
}

const RENDERERS: Record<SpecSection, (c: SpecContract) => string[]> = {
  Purpose: renderPurpose,
  Service: renderService,
  Endpoints: renderEndpoints,
  'UDC compliance': renderUdc,
  Dependencies: renderDependencies,
  'Data model': renderDataModel,
  Configuration: renderConfiguration,
  'Error handling': renderErrorHandling,
  'Acceptance criteria': renderAcceptance,
  'Non-functional': renderNonFunctional,
};

/**
 * Renders a SPEC.md: every section of {@link SPEC_SECTIONS} in order, generated from the contract, with the
 * contract itself in a `spec-contract` block under "Acceptance criteria". Intent text is rendered as data
 * (quoted or escaped), so it cannot add headings, fences or table cells.
 */
export function renderSpec(contract: SpecContract, extras: SpecRenderExtras = {}): string {
  const out = [
    `# SPEC: ${inline(contract.service.name)}`,
    '',
    `Contract version ${contract.contract_version}. The \`${SPEC_CONTRACT_FENCE}\` block under "Acceptance criteria" is the frozen acceptance pack the build is judged against.`,
  ];
  for (const section of SPEC_SECTIONS) {
    out.push('', `## ${section}`, '', ...RENDERERS[section](contract));
    for (const note of extras.notes?.[section] ?? []) out.push('', quoteBlock(`Note: ${note}`));
  }
  return `${out.join('\n')}\n`;
}
