import { GENERATED_LAYOUT, releasePathFor } from '@sf/llm';

/** Where a generated service's files go in its work tree and release (see `release-builder.ts`). */
export const RELEASE_LAYOUT = {
  releasePathFor,
  udcRuntime: GENERATED_LAYOUT.udcRuntime,
  testDir: GENERATED_LAYOUT.testDir,
};
