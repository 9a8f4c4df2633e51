import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLlmClient } from '@sf/llm';
import { featureFidelity } from '@sf/service-spec';
import {
  assembleRelease,
  generateProject,
  intentOf,
  runNodeTests,
  specFor,
  typecheck,
  udcConformanceSource,
  writeFiles,
} from '../codegen/testing/generated-release';
import { OfflineProvider } from '../offline-provider';

/*
 * The validators and checksums end to end: an intent naming every check in several languages goes through
 * the offline SPEC line and codegen; the generated service type-checks under tsc --strict (all seven
 * functions in one src/functions.ts) and passes its own tests, the family's worked examples among them.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FEATURES = [
  'Validate credit card numbers with the Luhn algorithm; anything but digits and spaces is rejected',
  'Luhn-Prüfziffer berechnen',
  'Vérifier si un IBAN est valide',
  'controlla il codice ISBN',
  'Convert an ISBN-10 to ISBN-13',
  'Convertir un ISBN-13 en ISBN-10',
  'Comprobar si un correo electrónico es válido',
  'Split a valid email address into its local part and domain; refuse invalid ones',
  'Validar UUID v4',
];

let root: string;
afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

it('generates a checks service that type-checks, realises every feature and passes its own tests', async () => {
  const { contract, sha256 } = await specFor(
    client,
    intentOf({ service_name: 'checks-svc', key_features: FEATURES }),
  );
  expect(featureFidelity(contract, FEATURES).filter((f) => !f.realised)).toEqual([]);
  expect(contract.endpoints.map((e) => `${e.method} ${e.path}`).sort()).toEqual([
    'POST /email/split',
    'POST /email/validate',
    'POST /iban/validate',
    'POST /isbn/isbn10-to-isbn13',
    'POST /isbn/isbn13-to-isbn10',
    'POST /isbn/validate',
    'POST /luhn/check-digit',
    'POST /luhn/validate',
    'POST /uuid/validate',
  ]);
  const files = await generateProject(client, contract, sha256);
  root = await mkdtemp(join(tmpdir(), 'sf-checks-'));
  await writeFiles(root, files);
  expect(await assembleRelease(files, join(root, 'release'))).toEqual([]);
  const conformance = join(root, 'udc-conformance.ts');
  await writeFile(conformance, udcConformanceSource());
  expect(typecheck(root, [conformance])).toEqual([]);
  const run = await runNodeTests(join(root, 'release'));
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
  for (const check of contract.acceptance) expect(run.passed).toContain(check.id);
});
