import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import type { IntentInput } from '@sf/contracts';
import { createLlmClient } from '@sf/llm';
import type { SpecContract } from '@sf/service-spec';
import { OfflineProvider } from '../offline-provider';
import { edgeContract } from './testing/edge-contract';
import {
  assembleRelease,
  generateProject,
  runNodeTests,
  specFor,
  typecheck,
  writeFiles,
} from './testing/generated-release';

/*
 * Any intent the SPEC line accepts must come out as code that compiles: every file transpiles on its own, and
 * the whole project type-checks under strict tsc (identifier clashes and type mismatches only show there).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

// Child processes and tsc: generous limits so a loaded CI machine does not turn slowness into failures.
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const kebab = fc.stringMatching(/^[a-z][a-z0-9]{2,12}(?:-[a-z0-9]{1,8}){0,3}$/);
const feature = fc.oneof(
  fc.string({ maxLength: 120, unit: 'grapheme' }),
  fc.string({ maxLength: 120, unit: 'binary' }),
  fc.constantFrom(
    'GET /health',
    'POST /orders/{id}/items',
    'PUT /settings',
    'Reserve rooms',
    'Release rooms',
    'Search books by author',
    'Total a cart from lines of quantity and unit price with 7% tax',
    'Coupon codes: X10 = 10%, LESS2 = 2 off; unknown codes are refused',
    'Replay failed webhooks',
    'Receive GitHub webhooks',
    'Average of numbers',
    'Maximum of numbers',
    'Convert temperatures',
    'Convert amounts between currencies',
    'GET /r/{code} redirects',
    'Manage dependencies',
    'Mark tasks as done',
    'Toggle favourite',
    'DELETE /links/:id',
    'Update notes',
    'Lend a book to a member',
    'Return a book',
    'Check in laptops',
    'Limit each user to 10 requests per hour',
    'POST /hit with body {"key": string}: at most 3 per key per 60 seconds, the 4th returns 429',
    'GET /usage/{key} returns the count of a key',
    'a number of months outside 1 to 600 is an error',
    'fewer than 1 guest or a negative tip -> 400',
    'a missing name or an age outside 0..130 -> 400',
    'an unknown id is a 404',
    'Ein leerer Text wird abgelehnt',
    'POST /crates with body {"tag": string, "units": integer >= 0} returns 201 {"tag", "units"}',
    'POST /crates/{tag}/adjust with body {"delta": integer} returns {"tag", "units"}',
    'increment a named tally by 1 or by an amount',
    'einen Zähler auf null zurücksetzen',
    'POST /lanes with body {"lane": string, "start": ISO datetime, "end": ISO datetime} returns 201',
    'a lane booking that overlaps another of the same lane is refused',
    'Create a rating with a score between 1 and 5',
    'POST /kits {"code": hex, "on": "YYYY-MM-DD", "labels": [strings]} -> 201; GET /kits/{code} or 404; DELETE /kits/{code} -> 204',
    'POST /socios crea un socio {"nombre": texto, "cuota": número ≥ 0, "nota": texto opcional}; PUT /socios/{id} cambia campos',
  ),
);
const intents: fc.Arbitrary<IntentInput> = fc.record({
  service_name: kebab.filter((s) => s.length <= 63),
  service_type: fc.constantFrom('infrastructure', 'domain', 'integration', 'experimental'),
  priority: fc.constantFrom('critical', 'high', 'medium', 'low'),
  purpose: fc.string({ maxLength: 300, unit: 'grapheme' }),
  key_features: fc.array(feature, { minLength: 1, maxLength: 12 }),
  dependencies: fc.uniqueArray(kebab, { maxLength: 4 }),
  port: fc.integer({ min: 1024, max: 65535 }),
  auto_build: fc.boolean(),
  approval_mode: fc.constantFrom('auto', 'checkpoints', 'final'),
});

function transpileProblems(path: string, source: string): string[] {
  const out = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    fileName: path,
    reportDiagnostics: true,
  });
  return (out.diagnostics ?? []).map(
    (d) => `${path}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
  );
}

it('every file of any intent transpiles on its own and imports only Node built-ins and its own modules', async () => {
  await fc.assert(
    fc.asyncProperty(intents, async (intent) => {
      const { contract, sha256 } = await specFor(client, intent);
      const files = await generateProject(client, contract, sha256);
      const problems = files
        .filter((f) => f.path.endsWith('.ts') && !f.path.endsWith('.d.ts'))
        .flatMap((f) => transpileProblems(f.path, f.content));
      expect(problems).toEqual([]);
      for (const f of files) {
        for (const m of f.content.matchAll(/^import [^;]*? from '([^']+)';$/gms)) {
          expect(m[1]).toMatch(/^(node:[a-z/]+|\.\.?\/[a-z-]+\.js)$/);
        }
      }
      const pack = files.find((f) => f.path === 'tests/acceptance.test.ts')?.content ?? '';
      expect([...pack.matchAll(/^test\('([^']+)', async/gm)].map((m) => m[1])).toEqual(
        contract.acceptance.map((a) => a.id),
      );
    }),
    { numRuns: 25 },
  );
}, 300_000);

it('the project of any intent type-checks under strict tsc', async () => {
  const root = await mkdtemp(join(tmpdir(), 'sf-codegen-prop-'));
  let n = 0;
  try {
    await fc.assert(
      fc.asyncProperty(intents, async (intent) => {
        const { contract, sha256 } = await specFor(client, intent);
        const dir = join(root, String((n += 1)));
        await writeFiles(dir, await generateProject(client, contract, sha256));
        expect(typecheck(dir)).toEqual([]);
      }),
      { numRuns: 4 },
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}, 300_000); // a bound on a hang: four strict tsc runs take minutes on a loaded machine

it('a contract with nothing but the UDC endpoints still compiles and passes its tests', async () => {
  const { non_functional: _unused, ...edge } = edgeContract();
  const bare: SpecContract = {
    ...edge,
    config: [],
    dependencies: [],
    resources: [],
    endpoints: [],
    acceptance: [],
  };
  const root = await mkdtemp(join(tmpdir(), 'sf-codegen-bare-'));
  try {
    const files = await generateProject(client, bare, 'f'.repeat(64));
    await writeFiles(root, files);
    expect(typecheck(root)).toEqual([]);
    expect(await assembleRelease(files, join(root, 'release'))).toEqual([]);
    const run = await runNodeTests(join(root, 'release'));
    expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
    expect(run.passed).toContain('GET /health reports active with the service name and version');
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
