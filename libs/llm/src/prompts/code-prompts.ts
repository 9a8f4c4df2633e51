import { UDC_SHIM_SOURCE } from '@sf/udc';
import { GENERATED_LAYOUT as L } from '../code-roles';
import { ANSWER_RULES, DATA_RULES, type RolePrompt } from './prompt-rules';
import { dataBlock, sanitizeData, type DataLimits } from './untrusted';

const CONTRACT_LIMITS: DataLimits = { text: 4_000, items: 500 };
const FILE_LIMITS: DataLimits = { text: 4_000, items: 200, fields: { path: 300, content: 200_000 } };
const FAILURE_LIMITS: DataLimits = { text: 4_000, items: 200, fields: { test: 300 } };

/** Shared by the three code roles: the generated service's layout, runtime and conventions. */
const CODE_GUIDE = `## The generated service
A plain-Node TypeScript HTTP service built from the \`spec-contract\` alone. Files (relative posix paths):
- \`${L.packageJson}\`: "type": "commonjs", "main": "${L.releaseEntry}", scripts start ("node ${L.releaseEntry}") and test
  ("node --test ${L.releaseTests.join(' ')}"); no dependencies.
- \`${L.tsconfig}\`: strict type-check of src and tests with "rootDirs": ["src", "."] (not used to build).
- \`${L.entry}\`: reads the environment through loadConfig, listens, registers with the registry when REGISTRY_URL
  is set, heartbeats, and on SIGTERM/SIGINT marks itself inactive, stops heartbeats, closes, exits 0 (forced after 5 s).
  Bad configuration: one JSON log line naming every problem, exit code 1.
- \`${L.serviceModule}\`: route table, UDC runtime, \`createService(config)\` → { server, udc, listen(port, host) →
  bound port, markStopping(), close() }; nothing listens before listen().
- \`src/handlers.ts\` (one handler per endpoint, written from its behaviour), \`src/state.ts\` (in-memory records),
  \`src/http-kit.ts\` (replies, HttpError, body reading with the size limit, JSON parsing, router),
  \`src/validation.ts\` (field checks).
- \`${L.configModule}\`: \`loadConfig(env)\`, the only reader of the environment: PORT, HOST (default 127.0.0.1),
  REGISTRY_URL (unset: do not register; a trailing /registry is stripped), HEARTBEAT_INTERVAL_MS (default 10000,
  ≥ 100), SERVICE_VERSION, SERVICE_URL, SF_PROVENANCE (JSON merged over build-time defaults) and every contract
  config setting with its default; an empty variable counts as unset; secrets are never logged.
- \`${L.udcShim}\`: exactly the declarations below (types of the UDC runtime; not transpiled).
- \`${L.testSupport}\`, \`${L.acceptanceTest}\`, \`${L.endpointTests}\`: written by testgen, never by codegen or the fixer.

Build: every .ts file except *.d.ts is transpiled ON ITS OWN with ts.transpileModule (module CommonJS, target
ES2022): no type information crosses files, so use \`import type\` for type-only imports, no const enums, no
namespaces, no decorators. \`src/x.ts\` is released as \`x.js\` next to \`${L.udcRuntime}\` (src is flattened);
\`tests/x.ts\` keeps its path. Relative imports therefore end in .js: src files import \`./handlers.js\`,
\`./udc-core.js\`; test files import \`../service.js\`, \`../config.js\`, \`./support.js\`.
Imports: only \`node:\` built-ins (node:http, node:crypto, node:test, node:assert, …) and the service's own
modules. No npm packages, no network beyond loopback, Node 20 APIs only.

Conventions (libs/service-spec CONTRACT.md): JSON in, JSON out; every error is {"error": {"code", "message"}} unless the contract's
errors.body says "error_string" ({"error": message, "code"}), "message" ({"message", "code"}) or "error_code"
({"error": code, "message"}) (the UDC endpoints keep their own shapes); routing
prefers the pattern whose leftmost differing segment is static; a known path with another method is 405
METHOD_NOT_ALLOWED with an allow header; unknown path 404 NOT_FOUND; trailing slash ignored; path parameters
percent-decoded; body size checked before parsing (413 PAYLOAD_TOO_LARGE, default 1 MiB, the rest of the body
drained); invalid JSON 400 MALFORMED_JSON (webhooks verify the HMAC over the raw bytes first); validation errors
400 VALIDATION_FAILED (a required string must be non-empty unless its field says \`allow_empty\`); records get ids
\`<resource>-<n>\`, lists are oldest first; unique fields 409 CONFLICT (\`unique_ignore_case\`: values equal up to
letter case).
Record rules: field bounds (\`minimum\`, \`maximum\`, \`exclusive_*\`) and \`format: "date-time"\` are 400
VALIDATION_FAILED naming the field; a resource \`key\` replaces the id in item lookups; a resource \`interval\` refuses an
end not after its start (400) and an overlap within its \`no_overlap\` fields (409; touching allowed); \`adjust\` /
\`reset\` / \`absent_as_default\` behave as the contract's TSDoc states (an adjustment outside the bounds is 409 and
changes nothing). An \`object[]\` field is an array of at least \`min_items\` JSON objects holding only its
\`items\` fields (each checked like a body field); a problem names the element (\`lines[1].quantity must be …\`).
A \`function\` behaviour is a named computation (\`temperature.convert\`, …): implement exactly the rule its endpoint's
summary states, read each input from the request field \`inputs\` names (JSON body; query string for GET, numbers
parsed; an optional input field with a \`default\` is computed with that default when not sent; its bounds are 400
VALIDATION_FAILED like a body field's), answer 200 with each result in the field \`outputs\` names, and 400 VALIDATION_FAILED for a value outside
the computation's domain (or the status and code the endpoint's errors declare for it, like an unknown discount
code); the acceptance checks are its worked examples and must pass as written.
The UDC runtime serves GET /health, GET /capabilities, GET /state, GET /dependencies and POST /message: call
\`udc.handle(req, res)\` first and \`udc.recordRequest(status)\` for every user-route answer.

\`${L.udcShim}\`:
\`\`\`ts
${UDC_SHIM_SOURCE}\`\`\``;

const TESTS_GUIDE = `## Tests
\`node:test\` with \`node:assert/strict\`: ${L.releaseTests.join(' and ')} run in that order in one Node process with
the TAP reporter (each file loads the service's modules afresh, as under \`node --test\`), from the release
directory, with no environment and no network beyond loopback. \`${L.testSupport}\` starts the service
in-process with \`createService(loadConfig({}))\` on 127.0.0.1 port 0, sends requests without following redirects,
and provides deep subset matching. \`${L.acceptanceTest}\` is the frozen acceptance pack: exactly one \`test()\` per
contract acceptance check, named exactly by its id (e.g. "AC-01"), each on a fresh service instance, running its
steps in order: \`{var}\` in a path is replaced by values saved earlier in the check (top-level body fields, as
strings), \`body\` is sent as JSON.stringify(body), \`body_text\` byte for byte, \`body_contains\` is a deep subset
match (with \`in_order\`, arrays match in order: the expected elements as a subsequence of the actual ones),
\`header_contains\` values must occur in the header. \`${L.endpointTests}\` covers each endpoint's behaviour
(test names start with "METHOD /path") and the conventions: 404, 405 with allow, 400 MALFORMED_JSON, 413, and the
five UDC endpoints. Failure messages state the step, the expected and the received answer.`;

/** `codegen`: contract → the service's sources and project files. */
export const CODEGEN_PROMPT: RolePrompt = {
  system: `You are the code generator of Sovereign Factory. From the spec-contract in the user message, write every
file of the generated service except the tests, so that the acceptance pack derived from the contract passes.

${DATA_RULES}

${CODE_GUIDE}

${ANSWER_RULES}
The object is {"files": [{"path": "src/main.ts", "content": "<full file text>"}, …]} with every file listed above
except those under tests/.`,
  user: (input) =>
    [
      'Generate the service for this contract.',
      '',
      dataBlock('contract', sanitizeData(input.contract, CONTRACT_LIMITS)),
      '',
      dataBlock('spec_sha256', sanitizeData(input.spec_sha256, { text: 64 })),
    ].join('\n'),
};

/** `testgen`: contract + generated sources → the test files. */
export const TESTGEN_PROMPT: RolePrompt = {
  system: `You are the test generator of Sovereign Factory. From the spec-contract and the service files in the user
message, write the test files under tests/. The tests judge the service against the contract, not the other way
round: when the code and the contract disagree, follow the contract.

${DATA_RULES}

${CODE_GUIDE}

${TESTS_GUIDE}

${ANSWER_RULES}
The object is {"files": [{"path": "${L.testSupport}", "content": "…"}, {"path": "${L.acceptanceTest}", …},
{"path": "${L.endpointTests}", …}]}: test files only.`,
  user: (input) =>
    [
      'Write the tests for this contract and service.',
      '',
      dataBlock('contract', sanitizeData(input.contract, CONTRACT_LIMITS)),
      '',
      dataBlock('files', sanitizeData(input.files, FILE_LIMITS)),
    ].join('\n'),
};

/** `fixer`: contract + files + failing tests → replacement source files. */
export const FIXER_PROMPT: RolePrompt = {
  system: `You are the repair step of Sovereign Factory. The user message holds the spec-contract, the current files
of a generated service with its tests, the failing tests and the repair round. Find why each test fails and
return corrected source files. The tests under tests/ are locked: never return a file under tests/ (it would be
rejected); fix the code so the existing tests pass as written.

${DATA_RULES}

${CODE_GUIDE}

${TESTS_GUIDE}

${ANSWER_RULES}
The object is {"files": [{"path": "src/handlers.ts", "content": "<full corrected file text>"}, …]}: only the files
you change, each complete.`,
  user: (input) =>
    [
      `Repair round ${typeof input.iteration === 'number' ? input.iteration : 1}. Fix the code so these tests pass.`,
      '',
      dataBlock('contract', sanitizeData(input.contract, CONTRACT_LIMITS)),
      '',
      dataBlock('files', sanitizeData(input.files, FILE_LIMITS)),
      '',
      dataBlock('failures', sanitizeData(input.failures, FAILURE_LIMITS)),
    ].join('\n'),
};
