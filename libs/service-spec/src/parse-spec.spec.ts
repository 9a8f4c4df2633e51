import { AppError } from '@sf/contracts';
import { extractContract, parseSpec, renderSpec, specSha256 } from '@sf/service-spec';
import { todoContract } from './testing/todo-contract';

const block = (json: string) => '```spec-contract\n' + json + '\n```';

describe('parseSpec', () => {
  it('maps headings to canonical section names regardless of case and punctuation', () => {
    const parsed = parseSpec('# T\n\n## data model:\nrecords\n\n## NON FUNCTIONAL ##\nfast\n\n## Extra\nx');
    expect(parsed.sections).toEqual({ 'Data model': 'records', 'Non-functional': 'fast', Extra: 'x' });
  });

  it('ignores headings inside fenced code and leaves other fences in the section text', () => {
    const parsed = parseSpec('## Purpose\n```md\n## Service\n```\ntext');
    expect(Object.keys(parsed.sections)).toEqual(['Purpose']);
    expect(parsed.sections.Purpose).toBe('```md\n## Service\n```\ntext');
  });

  it('leaves the contract block out of the section text', () => {
    const parsed = parseSpec(renderSpec(todoContract()));
    expect(parsed.sections['Acceptance criteria']).not.toContain('contract_version');
  });

  it('reports a missing block', () => {
    expect(parseSpec('## Purpose\nx')).toMatchObject({
      contract: null,
      contractErrors: ['no fenced spec-contract block found'],
    });
  });

  it('reports invalid JSON, duplicate and unclosed blocks', () => {
    expect(parseSpec(block('{nope')).contractErrors[0]).toMatch(/^the spec-contract block is not valid JSON/);
    expect(parseSpec(`${block('{}')}\n${block('{}')}`).contractErrors).toEqual([
      'found 2 spec-contract blocks; exactly one is allowed',
    ]);
    expect(parseSpec('```spec-contract\n{}').contractErrors).toEqual([
      'the spec-contract block is not closed',
    ]);
  });

  it('reports schema errors with their location', () => {
    const c = todoContract();
    (c.service as { port: unknown }).port = 'eighty';
    const { contract, contractErrors } = parseSpec(block(JSON.stringify(c)));
    expect(contract).toBeNull();
    expect(contractErrors).toContain('/service/port: must be integer');
  });

  it('accepts a tilde fence and CRLF line ends', () => {
    const md = `## Purpose\r\nx\r\n~~~ spec-contract\r\n${JSON.stringify(todoContract())}\r\n~~~\r\n`;
    expect(parseSpec(md).contract).toEqual(todoContract());
  });
});

describe('extractContract', () => {
  it('returns the contract of a valid SPEC', () => {
    expect(extractContract(renderSpec(todoContract()))).toEqual(todoContract());
  });

  it('throws SPEC_CONTRACT_MISSING with the problems as details', () => {
    let thrown: unknown;
    try {
      extractContract('## Purpose\nno contract');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({
      code: 'SPEC_CONTRACT_MISSING',
      httpStatus: 422,
      details: { errors: ['no fenced spec-contract block found'] },
    });
  });
});

describe('specSha256', () => {
  it('is the hex SHA-256 of the UTF-8 text', () => {
    expect(specSha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(specSha256('é')).toBe(specSha256('\u00e9'));
  });
});
