import type { CreateBehavior, EndpointSpec, RedirectBehavior } from '@sf/service-spec';
import { literal, prop, str } from './code-text';
import type { EndpointTestWriter } from './endpoint-test-writer';
import type { TestCase } from './test-writer';

/*
 * Endpoint tests of short links: codes the service makes (7 characters a-z0-9, distinct), a code the client
 * chooses (kept; taken → 409), targets that are not http(s) refused, and a redirect that counts each visit.
 */

/** Tests of a create whose resource has a made code or an http(s) field. */
export function linkCreateCases(w: EndpointTestWriter, e: EndpointSpec, b: CreateBehavior): TestCase[] {
  const r = w.resource(b.resource);
  // The record helper is written on first use: only ask for it when there is a link to test.
  if (!r || b.parent || !r.fields.some((f) => f.generate === 'code' || f.format === 'url')) return [];
  const creator = w.creator(b.resource);
  if (!creator) return [];
  const a = w.assert();
  const body = (res: string) => `${w.support('bodyOf')}(${res})`;
  const where = `${e.method} ${e.path}`;
  const cases: TestCase[] = [];
  const code = r.fields.find((f) => f.generate === 'code');
  if (code) {
    const without = `{ ...${creator.sample}, ${prop(code.name).replace(/^\./, '')}: undefined }`;
    cases.push(
      {
        name: `makes a distinct ${code.name} of 7 characters a-z0-9 when none is sent`,
        lines: [
          `const first = ${w.call(e, { body: without })};`,
          `const second = ${w.call(e, { body: without })};`,
          w.expectStatus('first', 201, `${where} without ${code.name}`),
          w.expectStatus('second', 201, `${where} without ${code.name}`),
          `${a}.match(String(${body('first')}${prop(code.name)}), /^[a-z0-9]{7}$/);`,
          `${a}.match(String(${body('second')}${prop(code.name)}), /^[a-z0-9]{7}$/);`,
          `${a}.notEqual(${body('first')}${prop(code.name)}, ${body('second')}${prop(code.name)});`,
        ],
      },
      {
        name: `keeps a ${code.name} the client chooses, and answers 409 CONFLICT when it is taken`,
        lines: [
          `const chosen = ${w.call(e, { body: `{ ...${creator.sample}, ${literal({ [code.name]: 'mine-1' }).slice(1, -1)} }` })};`,
          w.expectStatus('chosen', 201, `${where} with a chosen ${code.name}`),
          `${a}.equal(${body('chosen')}${prop(code.name)}, 'mine-1');`,
          `const again = ${w.call(e, { body: `{ ...${creator.sample}, ${literal({ [code.name]: 'mine-1' }).slice(1, -1)} }` })};`,
          w.expectError('again', 409, 'CONFLICT', `${where} with a taken ${code.name}`),
        ],
      },
    );
  }
  for (const f of r.fields.filter((x) => x.format === 'url')) {
    const bad = ['ftp://example.com/file', 'javascript:alert(1)', 'example.com/no-scheme', 'https://'];
    cases.push({
      name: `refuses a ${f.name} that is not an absolute http(s) URL with 400 VALIDATION_FAILED`,
      lines: [
        ...bad.flatMap((value, i) => [
          `const bad${i} = ${w.call(e, { body: `{ ...${creator.sample}, ${key(f.name)}: ${str(value)} }` })};`,
          w.expectError(`bad${i}`, 400, 'VALIDATION_FAILED', `${where} with ${f.name} ${value}`),
        ]),
        `const good = ${w.call(e, { body: `{ ...${creator.sample}, ${key(f.name)}: 'http://example.org/a?b=1' }` })};`,
        w.expectStatus('good', 201, `${where} with an http URL`),
      ],
    });
  }
  return cases;
}

function key(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : str(name);
}

/** Tests of a redirect that counts its visits: each followed redirect adds one, an unknown code adds nothing. */
export function linkRedirectCases(w: EndpointTestWriter, e: EndpointSpec, b: RedirectBehavior): TestCase[] {
  const counter = b.count_field;
  const read = w.contract.endpoints.find(
    (x) => x.behavior.kind === 'get' && x.behavior.resource === b.resource && !x.behavior.absent_as_default,
  );
  if (counter === undefined || !read || read.behavior.kind !== 'get') return [];
  const creator = w.creator(b.resource);
  if (!creator) return [];
  const a = w.assert();
  const follow = w.call(e, { path: w.path(e, { [b.param]: `String(created${prop(b.key_field)})` }) });
  const get = w.call(read, { path: w.path(read, { [read.behavior.param]: w.keyOf(b.resource) }) });
  return [
    {
      name: `counts each redirect followed in ${counter}`,
      lines: [
        `const created = await ${creator.fn}(server);`,
        `const fresh = ${get};`,
        `${a}.equal(${w.support('bodyOf')}(fresh)${prop(counter)}, 0);`,
        'for (let n = 0; n < 3; n += 1) {',
        `  const res = ${follow};`,
        `  ${w.expectStatus('res', b.status, `${e.method} ${e.path}`)}`,
        '}',
        `const after = ${get};`,
        `${a}.equal(${w.support('bodyOf')}(after)${prop(counter)}, 3);`,
      ],
    },
  ];
}
