import { stampedFields, type EndpointSpec, type FieldSpec } from '@sf/service-spec';
import { key, literal, prop } from './code-text';
import type { EndpointTestWriter } from './endpoint-test-writer';
import { otherValue, sampleValue, sentSample, wrongValue } from './test-values';
import type { TestCase } from './test-writer';

/*
 * Endpoint tests of the behaviours that change a stored record: an update of the given fields, and a
 * replacement by the body sent whole.
 */

/** `update`: 404 for an unknown id, only the given fields change, empty or mistyped changes are refused. */
export function updateCases(
  w: EndpointTestWriter,
  e: EndpointSpec,
  resource: string,
  param: string,
  only?: string[],
): TestCase[] {
  const r = w.resource(resource);
  // A field the change can take without breaking a rule of the record (an interval's order).
  // Nor an instant the service stamps, which no change may send.
  const spans = [r?.interval?.start, r?.interval?.end, ...stampedFields(r)];
  const named = (f: { name: string }) => only === undefined || only.includes(f.name);
  const field =
    r?.fields.find((f) => named(f) && !spans.includes(f.name) && otherValue(f) !== undefined) ??
    r?.fields.find(named);
  if (!r || !field) return [];
  // A change of named fields sends each of them (the others as the sample has them).
  const sample = only ? sentSample(w.contract, r) : {};
  const change = {
    ...Object.fromEntries((only ?? []).map((n) => [n, sample[n]])),
    [field.name]: otherValue(field),
  };
  const cases = [w.unknownRecordCase(e, param, resource, literal(change))];
  const creator = w.creator(resource);
  if (!creator) return cases;
  const a = w.assert();
  const path = w.path(e, { [param]: w.keyOf(resource) });
  const where = `${e.method} ${e.path}`;
  cases.push(
    {
      name: `changes only the given fields of a ${resource}`,
      lines: [
        `const created = await ${creator.fn}(server);`,
        `const res = ${w.call(e, { path, body: literal(change) })};`,
        w.expectStatus('res', 200, where),
        `${a}.deepEqual(res.body, { ...created, ...${literal(change)} });`,
      ],
    },
    {
      name: 'refuses an empty or mistyped change with 400 VALIDATION_FAILED',
      lines: [
        `const created = await ${creator.fn}(server);`,
        `const empty = ${w.call(e, { path, body: '{}' })};`,
        w.expectError('empty', 400, 'VALIDATION_FAILED', `${where} with no field`),
        `const mistyped = ${w.call(e, { path, body: literal({ [field.name]: wrongValue(field) }) })};`,
        w.expectError('mistyped', 400, 'VALIDATION_FAILED', `${where} with ${field.name} of the wrong type`),
      ],
    },
  );
  return cases;
}

/**
 * `update` with `replace`: the record becomes the body sent whole (an optional field left out goes back to its
 * default or null, the key stays); a body without a required field is 400; 404 for an unknown key.
 */
export function replaceCases(
  w: EndpointTestWriter,
  e: EndpointSpec,
  resource: string,
  param: string,
): TestCase[] {
  const r = w.resource(resource);
  if (!r) return [];
  const kept = (f: FieldSpec) => f.name === r.key || f.generate !== undefined;
  const spans = [r.interval?.start, r.interval?.end];
  const field = r.fields.find((f) => !kept(f) && !spans.includes(f.name) && otherValue(f) !== undefined);
  const whole = Object.fromEntries(r.fields.filter((f) => !kept(f)).map((f) => [f.name, sampleValue(f)]));
  const cases = [w.unknownRecordCase(e, param, resource, literal(whole))];
  const creator = w.creator(resource);
  if (!creator || !field) return cases;
  const a = w.assert();
  const path = w.path(e, { [param]: w.keyOf(resource) });
  const where = `${e.method} ${e.path}`;
  const required = r.fields.filter((f) => !kept(f) && f.required);
  const optional = r.fields.filter((f) => !kept(f) && !f.required);
  const sent = (fields: FieldSpec[]) =>
    `{ ${[
      ...fields.filter((f) => f.name !== field.name).map((f) => `${key(f.name)}: created${prop(f.name)}`),
      ...(fields.includes(field) || !field.required
        ? [`${key(field.name)}: ${literal(otherValue(field))}`]
        : []),
    ].join(', ')} }`;
  const body = sent(required);
  const cleared = optional
    .filter((f) => f.name !== field.name)
    .map((f) => `${key(f.name)}: ${literal(f.default ?? null)}`);
  cases.push({
    name: `replaces a ${resource} with the body, clearing the optional fields left out`,
    lines: [
      `const created = await ${creator.fn}(server);`,
      `const body = ${body};`,
      `const res = ${w.call(e, { path, body: 'body' })};`,
      w.expectStatus('res', 200, where),
      `${a}.deepEqual(res.body, { ...created, ${cleared.map((c) => `${c}, `).join('')}...body });`,
    ],
  });
  if (required.length > 0) {
    const dropped = required[0].name;
    // Sent without the first required field (and without the change when that is the field).
    cases.push({
      name: `refuses a replacement without ${dropped} with 400 VALIDATION_FAILED`,
      lines: [
        `const created = await ${creator.fn}(server);`,
        `const res = ${w.call(e, { path, body: sent(required.slice(1)) })};`,
        w.expectError('res', 400, 'VALIDATION_FAILED', `${where} without ${dropped}`),
      ],
    });
  }
  return cases;
}
