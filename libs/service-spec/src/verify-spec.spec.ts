import {
  passesGate,
  RUBRIC,
  SPEC_SECTIONS,
  renderSpec,
  UNREALISED_FEATURE_CAP,
  unrealisedFeatures,
  verifySpec,
  type RubricId,
  type FieldSpec,
  type SpecContract,
} from '@sf/service-spec';
import { parentLimitProblems } from './parent-limit';
import { todoContract, todoIntent } from './testing/todo-contract';

function scoreOf(
  markdown: string,
  id: RubricId,
  intent = todoIntent(),
): { score: number; max: number; findings: string[] } {
  const entry = verifySpec(markdown, intent).rubric.find((r) => r.id === id);
  if (!entry) throw new Error(`no rubric entry ${id}`);
  return entry;
}

function withContract(change: (c: SpecContract) => void): string {
  const c = todoContract();
  change(c);
  return renderSpec(c);
}

function withoutSection(markdown: string, section: string): string {
  const start = markdown.indexOf(`## ${section}\n`);
  const next = markdown.indexOf('\n## ', start + 3);
  return markdown.slice(0, start) + markdown.slice(next + 1);
}

describe('verifySpec', () => {
  const complete = renderSpec(todoContract());

  it('publishes a rubric whose weights sum to 100', () => {
    expect(RUBRIC.reduce((sum, r) => sum + r.weight, 0)).toBe(100);
    for (const r of RUBRIC) expect(r.checks.reduce((sum, c) => sum + c.points, 0)).toBe(r.weight);
  });

  it('gives a complete SPEC full marks with no findings', () => {
    const v = verifySpec(complete, todoIntent());
    expect(v.findings).toEqual([]);
    expect(v.score).toBe(100);
    expect(v.rubric.map((r) => [r.id, r.score, r.max])).toEqual(
      RUBRIC.map((r) => [r.id, r.weight, r.weight]),
    );
  });

  it('is deterministic', () => {
    const broken = withContract((c) => (c.acceptance = []));
    expect(verifySpec(broken, todoIntent())).toEqual(verifySpec(broken, todoIntent()));
  });

  it('scores a SPEC without a contract block below 50', () => {
    const start = complete.indexOf('```spec-contract');
    const end = complete.indexOf('```', start + 3);
    const v = verifySpec(complete.slice(0, start) + complete.slice(end + 3), todoIntent());
    expect(v.score).toBeLessThan(50);
    expect(v.findings.join('\n')).toMatch(
      /Add a valid spec-contract JSON block \(no fenced spec-contract block found\)/,
    );
  });

  it('scores a SPEC whose contract is invalid JSON below 50', () => {
    const v = verifySpec(complete.replace('"contract_version": 1', '"contract_version": 1,,'), todoIntent());
    expect(v.score).toBeLessThan(50);
    expect(v.findings[0]).toMatch(/not valid JSON/);
  });

  it('scores an empty document 0', () => {
    expect(verifySpec('', null).score).toBe(0);
  });

  describe('sections', () => {
    it('loses points for a missing section and names it', () => {
      const r = scoreOf(withoutSection(complete, 'Data model'), 'sections');
      expect(r.score).toBeLessThan(r.max);
      expect(r.findings).toContain('Add a "## Data model" section.');
    });

    it('loses points for an empty section', () => {
      const emptied = complete.replace(/## Dependencies\n\n[^#]*/, '## Dependencies\n\n');
      expect(scoreOf(emptied, 'sections').findings).toContain(
        'Fill the "## Dependencies" section; it is empty.',
      );
    });

    it('loses points when sections are out of order', () => {
      const purpose = complete.slice(complete.indexOf('## Purpose'), complete.indexOf('## Service'));
      const reordered = complete.replace(purpose, '') + '\n' + purpose;
      const r = scoreOf(reordered, 'sections');
      expect(r.score).toBe(12);
      expect(r.findings[0]).toMatch(/^Put the sections in this order: Purpose, Service/);
    });
  });

  describe('endpoints', () => {
    it('loses points for an endpoint without a success example', () => {
      const r = scoreOf(
        withContract((c) => (c.endpoints[1].responses = [{ status: 200, description: 'The todo' }])),
        'endpoints',
      );
      expect(r.score).toBeLessThan(r.max);
      expect(r.findings).toEqual([
        'Endpoint GET /todos/{id} (get-todo): add a success response with an example.',
      ]);
    });

    it('loses points for undeclared path parameters, a missing body and missing errors', () => {
      const r = scoreOf(
        withContract((c) => {
          c.endpoints[0].request = {};
          c.endpoints[0].errors = [];
          c.endpoints[3].request = {};
        }),
        'endpoints',
      );
      expect(r.findings.join('\n')).toMatch(
        /POST \/todos \(create-todo\): add a request body .*; its error responses/,
      );
      expect(r.findings.join('\n')).toMatch(
        /set-todo-done\): add request.params declaring exactly the path parameters \(id\)/,
      );
    });

    it('loses points when the Endpoints table omits a contract endpoint', () => {
      const r = scoreOf(complete.replace(/\n\| GET \| `\/hello` \|[^\n]*/, ''), 'endpoints');
      expect(r.score).toBeLessThan(r.max);
      expect(r.findings).toContain(
        'List GET /hello in the Endpoints table (method, path, description, request, response, errors).',
      );
    });

    it('loses points for a contract without user endpoints', () => {
      const r = scoreOf(
        withContract((c) => {
          c.endpoints = [];
          c.acceptance = [];
        }),
        'endpoints',
      );
      expect(r.findings).toContain('Declare at least one user endpoint in the contract.');
    });
  });

  describe('acceptance', () => {
    it('loses the error-path points when only happy paths are checked', () => {
      const r = scoreOf(
        withContract((c) => (c.acceptance = c.acceptance.filter((a) => a.kind === 'happy'))),
        'acceptance',
      );
      expect(r.score).toBe(r.max - 8);
      expect(r.findings).toContain(
        'Add an error-path acceptance check for POST /todos (create-todo), e.g. expecting 400 VALIDATION_FAILED.',
      );
    });

    it('loses points for an endpoint no check covers', () => {
      const r = scoreOf(
        withContract((c) => (c.acceptance = c.acceptance.filter((a) => a.endpoint_id !== 'get-hello'))),
        'acceptance',
      );
      expect(r.findings).toContain('Add an acceptance check for GET /hello (get-hello).');
    });

    it('flags checks that reference unknown endpoints, unsaved variables or undeclared statuses', () => {
      const r = scoreOf(
        withContract((c) => {
          c.acceptance[8].endpoint_id = 'nope';
          c.acceptance[6].steps = [c.acceptance[6].steps[1]];
          c.acceptance[3].steps[0].expect.status = 418;
        }),
        'acceptance',
      );
      const text = r.findings.join('\n');
      expect(text).toMatch(/AC-09 \(references unknown endpoint "nope"\)/);
      expect(text).toMatch(/AC-07 \(step 1 uses \{todo_id\} before any step saves it\)/);
      expect(text).toMatch(/AC-04 \(step 1 expects 418, which get-todo does not declare/);
    });

    it('flags a check whose kind contradicts what its endpoint answers', () => {
      const r = scoreOf(
        withContract((c) => (c.acceptance[3].kind = 'happy')),
        'acceptance',
      );
      expect(r.findings.join('\n')).toMatch(
        /AC-04 \(is a happy-path check that expects an error from get-todo\)/,
      );
    });

    it('loses points when the section does not describe a check', () => {
      const r = scoreOf(complete.replace(/- \*\*AC-05\*\*[^\n]*\n/, ''), 'acceptance');
      expect(r.findings).toEqual(['Describe acceptance check AC-05 in the Acceptance criteria section.']);
    });
  });

  describe('consistency', () => {
    it('loses points when the port differs from the intent', () => {
      const r = scoreOf(complete, 'consistency', { ...todoIntent(), port: 9000 });
      expect(r.score).toBe(r.max - 1);
      expect(r.findings).toEqual([
        'Set the service port to "9000" as the intent asks (the SPEC says "8400").',
      ]);
    });

    it('loses points for an unmapped key feature and missing dependencies', () => {
      const intent = {
        ...todoIntent(),
        key_features: [...todoIntent().key_features, 'Delete todos'],
        dependencies: ['registry', 'auth'],
      };
      const text = scoreOf(complete, 'consistency', intent).findings.join('\n');
      expect(text).toMatch(/Add an endpoint that realises key feature "Delete todos"/);
      expect(text).toMatch(/missing: "auth"; extra: none/);
      expect(text).toMatch(/Copy the intent's key features verbatim into service.features/);
    });

    it('loses points when the Service section disagrees with the contract', () => {
      const r = scoreOf(complete.replace('- **Port:** 8400', '- **Port:** 8000'), 'consistency');
      expect(r.findings).toEqual([
        'The Service section gives port "8000" but the contract says "8400"; make them agree.',
      ]);
    });

    it('loses points for behaviours that reference undeclared things', () => {
      const r = scoreOf(
        withContract((c) => {
          c.endpoints[3].behavior = { kind: 'toggle', resource: 'todo', param: 'id', field: 'archived' };
          c.endpoints[1].behavior = { kind: 'get', resource: 'task', param: 'id' };
        }),
        'consistency',
      );
      const text = r.findings.join('\n');
      expect(text).toMatch(/get-todo\): declare resource "task"/);
      expect(text).toMatch(/set-todo-done\): declare boolean field "archived" on todo/);
    });

    it('checks the contract against itself when no intent is given', () => {
      const v = verifySpec(complete, null);
      expect(v.score).toBe(100);
    });
  });

  describe('udc', () => {
    it('loses points when a user endpoint shadows a UDC path', () => {
      const r = scoreOf(
        withContract((c) => {
          c.endpoints[4].path = '/health';
          c.acceptance = c.acceptance.filter((a) => a.endpoint_id !== 'get-hello');
        }),
        'udc',
      );
      expect(r.score).toBe(r.max - 3);
      expect(r.findings).toEqual([
        'Move GET /health (get-hello) to another path such as /api/health: it shadows the UDC endpoint /health.',
      ]);
    });

    it('loses points when the UDC section does not name an endpoint', () => {
      const r = scoreOf(complete.replace(/- `GET \/state`[^\n]*\n/, ''), 'udc');
      expect(r.findings).toEqual(['Name GET /state in the UDC compliance section.']);
    });
  });

  describe('non-functional', () => {
    it('loses points without latency and security targets', () => {
      const r = scoreOf(
        withContract((c) => delete c.non_functional),
        'non_functional',
      );
      expect(r.score).toBe(3);
      expect(r.findings).toHaveLength(2);
    });

    it('loses points when the configuration table misses a setting', () => {
      const r = scoreOf(complete.replace(/\| PORT \|[^\n]*\n/, ''), 'non_functional');
      expect(r.findings).toContain('List config setting PORT in the Configuration table.');
    });
  });

  it('lists findings in rubric order, every one a sentence', () => {
    const v = verifySpec(
      withContract((c) => {
        delete c.non_functional;
        c.acceptance = [];
      }),
      { ...todoIntent(), port: 9999 },
    );
    const rubricFindings = v.rubric.flatMap((r) => r.findings);
    expect(v.findings.slice(0, rubricFindings.length)).toEqual(rubricFindings);
    // Then fidelity: without acceptance checks, no feature has a worked example.
    expect(v.findings.slice(rubricFindings.length)).toEqual([
      'Realise key feature "Create todos" as it is written: no worked example: no acceptance check of POST /todos, GET /todos/{id} expects a concrete answer (a response field\'s value, a header or a redirect).',
      'Realise key feature "List todos" as it is written: no worked example: no acceptance check of GET /todos expects a concrete answer (a response field\'s value, a header or a redirect).',
      'Realise key feature "Mark todos as done" as it is written: no worked example: no acceptance check of POST /todos/{id}/done expects a concrete answer (a response field\'s value, a header or a redirect).',
      'Realise key feature "GET /hello" as it is written: no worked example (happy acceptance check) of GET /hello.',
    ]);
    for (const f of v.findings) expect(f).toMatch(/^[A-Z].*[.)]$/);
    expect(SPEC_SECTIONS).toHaveLength(10);
  });
});

describe('fidelity: key features realised as written', () => {
  const literal = 'GET /todos/{id}/history returns {"events": array}';

  it('caps a SPEC that misses a feature’s literal route below any threshold, whatever the rest scores', () => {
    const markdown = withContract((c) => {
      c.service.features = [...c.service.features, literal];
      c.endpoints[0].features = [...c.endpoints[0].features, literal];
    });
    const intent = { ...todoIntent(), key_features: [...todoIntent().key_features, literal] };

    const verification = verifySpec(markdown, intent);

    expect(verification.score).toBeLessThanOrEqual(UNREALISED_FEATURE_CAP);
    expect(unrealisedFeatures(verification).map((f) => f.feature)).toEqual([literal]);
    expect(verification.findings).toContainEqual(
      expect.stringContaining('no endpoint GET /todos/{id}/history'),
    );
    expect(passesGate(verification, 0)).toBe(false);
  });

  it('judges literal and free-text features, and passes a faithful SPEC on its score', () => {
    const verification = verifySpec(renderSpec(todoContract()), todoIntent());

    expect(unrealisedFeatures(verification)).toEqual([]);
    expect(passesGate(verification, 90)).toBe(verification.score >= 90);
    expect(verification.fidelity.map((f) => [f.feature, f.checked, f.realised])).toEqual([
      ['Create todos', 'free-text', true],
      ['List todos', 'free-text', true],
      ['Mark todos as done', 'free-text', true],
      ['GET /hello', 'literal', true],
    ]);
  });
});

describe('a child limit (refunds never exceed the payment)', () => {
  it('holds only over required numbers and without an update endpoint of the child', () => {
    const c = {
      resources: [
        { name: 'payment', plural: 'payments', description: '', fields: [numberField('amount', true)] },
        { name: 'refund', plural: 'refunds', description: '', fields: [numberField('amount', false)] },
      ],
      endpoints: [{ behavior: { kind: 'update', resource: 'refund', param: 'id' } }],
    } as unknown as SpecContract;
    const parent = {
      resource: 'payment',
      param: 'id',
      field: 'payment_id',
      limit: { field: 'amount', parent_field: 'amount' },
    };
    expect(parentLimitProblems(c, 'refund', parent)).toEqual([
      'declare required number field "amount" on refund for its limit',
      'drop the update endpoint of refund: an update could pass the limit its create keeps',
    ]);
    c.resources[1].fields[0].required = true;
    c.endpoints.length = 0;
    expect(parentLimitProblems(c, 'refund', parent)).toEqual([]);
  });
});

function numberField(name: string, required: boolean): FieldSpec {
  return { name, type: 'integer', required, description: '', example: 1 };
}
