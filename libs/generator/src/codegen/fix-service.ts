import { GENERATED_LAYOUT, type FixerInput, type GeneratedFile } from '@sf/llm';
import { generateService } from './generate-service';

/** The SPEC sha256 a file set was generated for, read back from the provenance default in `config.ts`. */
function specShaOf(files: GeneratedFile[]): string {
  const config = files.find((f) => f.path === GENERATED_LAYOUT.configModule)?.content ?? '';
  return /spec_sha256: '([0-9a-f]{64})'/.exec(config)?.[1] ?? '0'.repeat(64);
}

/**
 * The offline `fixer` role. The offline codegen is the reference implementation of the contract, so the
 * deterministic repair is to regenerate every source file under `src/` from the contract and return those:
 * whatever was broken is replaced by the reference. Test files are never returned (the pack is locked); the
 * failures and the iteration only matter to model-backed fixers.
 */
export function fixService(input: FixerInput): GeneratedFile[] {
  const prefix = `${GENERATED_LAYOUT.sourceDir}/`;
  return generateService({ contract: input.contract, spec_sha256: specShaOf(input.files) }).filter((f) =>
    f.path.startsWith(prefix),
  );
}
