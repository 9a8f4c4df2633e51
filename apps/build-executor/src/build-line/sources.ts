import { AppError } from '@sf/contracts';
import type { GeneratedFile } from '@sf/llm';
import type { BuildRecord } from '../builds/build.record';
import type { LlmCheckpoint } from './model-calls';
import type { Workspace } from './workspace';

/** Sources as they stand: generated code and tests, with each repair's source files applied in order. */
export async function currentFiles(ws: Workspace, record: BuildRecord): Promise<GeneratedFile[]> {
  const byPath = new Map<string, GeneratedFile>();
  for (const f of (await requireCheckpoint(ws, 'codegen')).files) byPath.set(f.path, f);
  for (const f of (await requireCheckpoint(ws, 'testgen')).files) byPath.set(f.path, f);
  for (let i = 1; i <= record.fix_iterations; i++) {
    for (const f of (await requireCheckpoint(ws, `fix-${i}`)).files) byPath.set(f.path, f);
  }
  return [...byPath.values()];
}

/** A model phase's checkpoint, which a later phase cannot do without. */
export async function requireCheckpoint(ws: Workspace, name: string): Promise<LlmCheckpoint> {
  const checkpoint = await ws.checkpoint<LlmCheckpoint>(name);
  if (!checkpoint) throw new AppError('BUILD_NOT_FOUND', `checkpoint ${name} is missing in ${ws.root}`);
  return checkpoint;
}
