import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { AppError } from '@sf/contracts';
import type { DeployRequest } from '../deployment.types';

/** A {@link DeployRequest} that passed {@link validateDeployRequest}. */
export interface ValidDeployRequest {
  name: string;
  release_id: string;
  /** Resolved by {@link assertReleaseDir}. */
  release_dir: string;
  port: number;
  env: Record<string, string>;
  release_sha256: string | null;
}

const NAME = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const RELEASE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Checks every field of a deploy request and resolves its release directory. Throws one `VALIDATION_FAILED`
 * naming every bad field, shaped like the global validation pipe's (`unknown_fields`,
 * `fields[{field, problems}]`), so callers see one error format whichever validator ran.
 */
export async function validateDeployRequest(request: DeployRequest): Promise<ValidDeployRequest> {
  const problems: { field: string; problems: string[] }[] = [];
  const bad = (field: string, problem: string) => problems.push({ field, problems: [problem] });
  if (typeof request.name !== 'string' || !NAME.test(request.name))
    bad('name', 'must be kebab-case, 1-63 characters');
  if (typeof request.release_id !== 'string' || !RELEASE_ID.test(request.release_id)) {
    bad('release_id', 'must be 1-128 of A-Z a-z 0-9 . _ - starting with a letter or digit');
  }
  if (!Number.isInteger(request.port) || request.port < 1 || request.port > 65535) {
    bad('port', 'must be an integer 1-65535');
  }
  if (request.release_sha256 !== undefined && !/^[0-9a-f]{64}$/.test(String(request.release_sha256))) {
    bad('release_sha256', 'must be 64 lowercase hex digits');
  }
  const env = request.env ?? {};
  for (const [key, value] of Object.entries(env)) {
    if (!ENV_NAME.test(key) || typeof value !== 'string' || value.includes('\0')) {
      bad(`env.${key}`, 'must be a valid variable name with a string value');
    }
  }
  let releaseDir = '';
  if (typeof request.release_dir !== 'string' || !isAbsolute(request.release_dir)) {
    bad('release_dir', 'must be an absolute path');
  } else {
    try {
      releaseDir = await assertReleaseDir(request.release_dir);
    } catch (err) {
      bad('release_dir', (err as Error).message);
    }
  }
  if (problems.length > 0) {
    throw new AppError('VALIDATION_FAILED', `invalid field(s): ${problems.map((p) => p.field).join(', ')}`, {
      unknown_fields: [],
      fields: problems,
    });
  }
  return {
    name: request.name,
    release_id: request.release_id,
    release_dir: releaseDir,
    port: request.port,
    env,
    release_sha256: request.release_sha256 ?? null,
  };
}

/** Resolves a release directory (symlinks included, so `/proc/<pid>/cwd` compares equal) holding `main.js`. */
export async function assertReleaseDir(dir: string): Promise<string> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch {
    throw new AppError('VALIDATION_FAILED', `release directory ${dir} does not exist`, { release_dir: dir });
  }
  const main = await stat(join(real, 'main.js')).catch(() => null);
  if (!main?.isFile()) {
    throw new AppError('VALIDATION_FAILED', `release directory ${dir} has no main.js`, { release_dir: dir });
  }
  return real;
}
