import { GENERATED_LAYOUT, type GeneratedFile, type TestgenInput } from '@sf/llm';
import { acceptanceTestSource } from './acceptance-tests';
import { endpointTestSource } from './endpoint-tests';
import { generatedHeader } from './generate-service';
import { errorBodyShape } from '@sf/service-spec';
import { guardAnswerOf, testSupportSource } from './test-support-source';

/**
 * The offline `testgen` role: `node:test` suites that start the service in-process on a loopback port with an
 * empty-environment configuration. `tests/acceptance.test.ts` is the frozen acceptance pack (one test per
 * contract check, named by its id); `tests/endpoints.test.ts` tests every endpoint's behaviour beyond it, the
 * HTTP conventions and the UDC endpoints. Written from the contract alone (the files are not read), so the
 * tests cannot drift towards what the code happens to do. Deterministic.
 */
export function generateTests(input: TestgenInput): GeneratedFile[] {
  const c = input.contract;
  return [
    {
      path: GENERATED_LAYOUT.testSupport,
      content: `${generatedHeader(c, 'Test support')}\n${testSupportSource(errorBodyShape(c), c.endpoints.find((e) => e.guard)?.guard?.header ?? null, guardAnswerOf(c))}`,
    },
    {
      path: GENERATED_LAYOUT.acceptanceTest,
      content: acceptanceTestSource(c, generatedHeader(c, 'Acceptance pack')),
    },
    {
      path: GENERATED_LAYOUT.endpointTests,
      content: endpointTestSource(c, generatedHeader(c, 'Endpoint tests')),
    },
  ];
}
