import { createHash } from 'node:crypto';
import { AppError } from '@sf/contracts';
import { contractSchemaErrors } from './contract-validation';
import { SPEC_CONTRACT_FENCE } from './render-spec';
import type { SpecContract } from './spec-contract';
import { SPEC_SECTIONS } from './spec-sections';

/** What {@link parseSpec} finds in a SPEC.md. */
export interface ParsedSpec {
  /**
   * Body of every `## ` section, keyed by its canonical name from {@link SPEC_SECTIONS} when the heading matches
   * one (case, spacing and punctuation ignored), else by the heading text. The contract block is left out.
   */
  sections: Record<string, string>;
  /** The `spec-contract` JSON when there is exactly one block and it is valid, else null. */
  contract: SpecContract | null;
  /** Why `contract` is null (missing block, invalid JSON, schema errors); empty when it is valid. */
  contractErrors: string[];
}

interface OpenFence {
  char: string;
  length: number;
  contract: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const HEADING = /^ {0,3}##[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

function normalizedName(heading: string): string {
  return heading.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const CANONICAL = new Map<string, string>(SPEC_SECTIONS.map((s) => [normalizedName(s), s]));

function sectionKey(heading: string): string {
  const trimmed = heading.trim().replace(/:$/, '');
  return CANONICAL.get(normalizedName(trimmed)) ?? trimmed;
}

function opensFence(line: string): OpenFence | null {
  const m = FENCE.exec(line);
  if (!m) return null;
  const [, marks, rest] = m;
  // A backtick fence's info string may not contain backticks (CommonMark); such a line is inline code.
  if (marks[0] === '`' && rest.includes('`')) return null;
  return {
    char: marks[0],
    length: marks.length,
    contract: rest.trim().split(/\s+/)[0] === SPEC_CONTRACT_FENCE,
  };
}

function closesFence(line: string, open: OpenFence): boolean {
  const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
  return m !== null && m[1][0] === open.char && m[1].length >= open.length;
}

function readContract(
  blocks: string[],
  unclosed: boolean,
): { contract: SpecContract | null; errors: string[] } {
  if (unclosed) return { contract: null, errors: [`the ${SPEC_CONTRACT_FENCE} block is not closed`] };
  if (blocks.length === 0)
    return { contract: null, errors: [`no fenced ${SPEC_CONTRACT_FENCE} block found`] };
  if (blocks.length > 1) {
    return {
      contract: null,
      errors: [`found ${blocks.length} ${SPEC_CONTRACT_FENCE} blocks; exactly one is allowed`],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(blocks[0]);
  } catch (error) {
    return {
      contract: null,
      errors: [`the ${SPEC_CONTRACT_FENCE} block is not valid JSON: ${(error as Error).message}`],
    };
  }
  const errors = contractSchemaErrors(value);
  return errors.length === 0 ? { contract: value as SpecContract, errors } : { contract: null, errors };
}

/**
 * Tolerant SPEC.md parser: splits `## ` sections (headings inside fenced code do not count) and reads the one
 * `spec-contract` block. Never throws; problems with the contract are reported in `contractErrors`.
 */
export function parseSpec(markdown: string): ParsedSpec {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const bodies = new Map<string, string[]>();
  const blocks: string[] = [];
  let current: string[] | null = null;
  let fence: OpenFence | null = null;
  let block: string[] = [];

  for (const line of lines) {
    if (fence) {
      if (closesFence(line, fence)) {
        if (fence.contract) blocks.push(block.join('\n'));
        else current?.push(line);
        fence = null;
      } else if (fence.contract) block.push(line);
      else current?.push(line);
      continue;
    }
    const opened = opensFence(line);
    if (opened) {
      fence = opened;
      block = [];
      if (!opened.contract) current?.push(line);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading && heading[1] !== '') {
      const key = sectionKey(heading[1]);
      current = bodies.get(key) ?? [];
      bodies.set(key, current);
      continue;
    }
    current?.push(line);
  }

  const { contract, errors } = readContract(blocks, fence?.contract === true);
  const sections: Record<string, string> = {};
  for (const [key, body] of bodies) sections[key] = body.join('\n').trim();
  return { sections, contract, contractErrors: errors };
}

/**
 * The contract of a SPEC.md. Throws `AppError('SPEC_CONTRACT_MISSING')` with the problems as details when the
 * block is absent, not JSON, or fails {@link SPEC_CONTRACT_SCHEMA}.
 */
export function extractContract(markdown: string): SpecContract {
  const { contract, contractErrors } = parseSpec(markdown);
  if (contract) return contract;
  throw new AppError(
    'SPEC_CONTRACT_MISSING',
    `SPEC has no valid ${SPEC_CONTRACT_FENCE} block: ${contractErrors[0]}`,
    {
      errors: contractErrors,
    },
  );
}

/** Lower-case hex SHA-256 of the SPEC text (UTF-8), as recorded in provenance and build hand-offs. */
export function specSha256(markdown: string): string {
  return createHash('sha256').update(markdown, 'utf8').digest('hex');
}
