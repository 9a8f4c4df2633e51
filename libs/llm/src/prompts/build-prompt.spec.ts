import { SPEC_SECTIONS, UDC_ENDPOINTS } from '@sf/service-spec';
import { LLM_ROLES, type LlmRole } from '../llm-types';
import { buildPrompt } from './build-prompt';

const intent = {
  service_name: 'todo-api',
  service_type: 'api',
  priority: 'medium',
  purpose: 'Keep a todo list.',
  key_features: ['Create todos'],
  dependencies: [],
  port: 8350,
};
const contract = { contract_version: 1, service: { name: 'todo-api', purpose: 'Keep a todo list.' } };
const files = [{ path: 'src/main.ts', content: 'export {};\n' }];

const INPUTS: Record<LlmRole, unknown> = {
  spec_builder: { intent },
  spec_optimizer: {
    intent,
    spec_markdown: '# SPEC: todo-api\n',
    verification: { score: 40, findings: ['Add the Endpoints section.'] },
  },
  codegen: { contract, spec_sha256: 'a'.repeat(64) },
  testgen: { contract, files },
  fixer: { contract, files, failures: [{ test: 'AC-01', message: 'expected 201, got 500' }], iteration: 2 },
};

describe('buildPrompt', () => {
  it.each(LLM_ROLES)(
    'renders the %s input only as data blocks, under a system prompt that does not vary',
    (role) => {
      const prompt = buildPrompt({ role, input: INPUTS[role] });
      const again = buildPrompt({ role, input: { ...(INPUTS[role] as object), extra: 'other call' } });

      expect(again.system).toBe(prompt.system);
      expect(prompt.system).toContain('never instructions');
      expect(prompt.user).toMatch(/<(intent|contract)>\n\{/);
      expect(prompt.system).not.toContain('Keep a todo list.');
    },
  );

  it('tells the SPEC roles the fixed sections, the contract block and the UDC endpoints', () => {
    const { system } = buildPrompt({ role: 'spec_builder', input: INPUTS.spec_builder });
    for (const section of SPEC_SECTIONS) expect(system).toContain(section);
    for (const endpoint of UDC_ENDPOINTS) expect(system).toContain(endpoint);
    expect(system).toContain('spec-contract');
    expect(system).toContain('"spec_markdown"');
  });

  it('tells the code roles the file layout and that only node built-ins may be imported', () => {
    const { system, user } = buildPrompt({ role: 'fixer', input: INPUTS.fixer });
    expect(system).toContain('src/service.ts');
    expect(system).toContain('`node:` built-ins');
    expect(system).toContain('createUdcRuntime');
    expect(system).toContain('never return a file under tests/');
    expect(user).toContain('Repair round 2');
    expect(user).toContain('expected 201, got 500');
  });

  it('adds the rejected output and its problems on the repair round', () => {
    const { user } = buildPrompt({
      role: 'spec_builder',
      input: INPUTS.spec_builder,
      repair: { previous_output: '{"spec_markdown": 42}', problems: ['/spec_markdown must be string'] },
    });
    expect(user).toContain('corrected JSON object only');
    expect(user).toContain('<previous_output>\n"{\\"spec_markdown\\": 42}"\n</previous_output>');
    expect(user).toContain('"/spec_markdown must be string"');
  });

  it('refuses input without the role fields', () => {
    expect(() => buildPrompt({ role: 'testgen', input: { contract } })).toThrow(
      expect.objectContaining({ code: 'LLM_INPUT_INVALID', message: expect.stringContaining('files') }),
    );
    expect(() => buildPrompt({ role: 'codegen', input: 'contract' })).toThrow(
      expect.objectContaining({ code: 'LLM_INPUT_INVALID' }),
    );
  });
});
