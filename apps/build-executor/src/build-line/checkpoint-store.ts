import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '@sf/contracts';
import type { Redis } from 'ioredis';
import { ExecutorConfig } from '../config/executor.config';
import { REDIS } from '../executor.tokens';
import { ExecutorKeys } from '../redis/keys';

/** A file of a stored tree (a release), path relative and posix-style. */
export interface StoredFile {
  path: string;
  content: Buffer;
}

/** What a stored tree's index entry holds: each file's path and the sha256 of its bytes. */
interface TreeManifest {
  tree: 1;
  files: { path: string; sha256: string }[];
}

/** Index entries that name a tree (their blob is a {@link TreeManifest}), so TTLs reach the files too. */
const TREE_PREFIX = 'tree:';

/** The sha256 of `bytes`, hex. */
export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * A build's checkpoints in Redis, so that any executor replica resumes any build: content-addressed blobs
 * (`sha256 → bytes`, written once with SET NX and shared by every build that wrote the same bytes) and one
 * index per build (checkpoint name → sha256). A tree (the release) is stored as its files' blobs plus a
 * manifest of path → sha256. Every read checks the bytes against their sha256.
 *
 * Limits: one blob at most `CHECKPOINT_MAX_BYTES`, one build at most `CHECKPOINT_BUILD_MAX_BYTES` of
 * writes; beyond either, `CHECKPOINT_TOO_LARGE` (the build fails with that code). TTLs: a live build's keys
 * live `CHECKPOINT_TTL_MS`, renewed at each step ({@link refresh}); a finished build's are set to
 * `CHECKPOINT_RETENTION_MS` ({@link retain}). A blob's TTL only grows (PEXPIRE GT), because another build may
 * share it. No command spans two keys, so the store works unchanged on a Redis Cluster.
 */
@Injectable()
export class CheckpointStore {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly keys: ExecutorKeys,
    private readonly config: ExecutorConfig,
  ) {}

  /** Stores `bytes` as the checkpoint `name` of the build; resolves with its sha256 once it is in Redis. */
  async put(buildId: string, name: string, bytes: Buffer): Promise<string> {
    // A step repeated after a crash writes the same bytes again: nothing new to store or to count.
    const indexed = await this.redis.hget(this.keys.checkpointIndex(buildId), name);
    if (
      indexed &&
      indexed === sha256Of(bytes) &&
      (await this.redis.exists(this.keys.checkpointBlob(indexed)))
    ) {
      return indexed;
    }
    const sha = await this.putBlob(buildId, name, bytes);
    await this.index(buildId, name, sha);
    return sha;
  }

  /** The checkpoint `name` of the build, checked against its sha256; null when the build has none. */
  async get(buildId: string, name: string): Promise<Buffer | null> {
    const sha = await this.redis.hget(this.keys.checkpointIndex(buildId), name);
    return sha ? this.blob(buildId, name, sha) : null;
  }

  /** Stores a tree of files (a release) as the checkpoint `tree:<name>`: each file's blob, then its manifest. */
  async putTree(buildId: string, name: string, files: StoredFile[]): Promise<void> {
    // The files' blobs in parallel (one round trip's wait for all, not one per file); the manifest, which
    // names them, only once every one is stored.
    const manifest: TreeManifest = {
      tree: 1,
      files: await Promise.all(
        files.map(async (file) => ({
          path: file.path,
          sha256: await this.putBlob(buildId, `${name}/${file.path}`, file.content),
        })),
      ),
    };
    await this.put(buildId, TREE_PREFIX + name, Buffer.from(JSON.stringify(manifest)));
  }

  /** The tree `name` of the build, every file checked against its sha256; null when the build has none. */
  async getTree(buildId: string, name: string): Promise<StoredFile[] | null> {
    const raw = await this.get(buildId, TREE_PREFIX + name);
    if (!raw) return null;
    const manifest = JSON.parse(raw.toString('utf8')) as TreeManifest;
    return Promise.all(
      manifest.files.map(async (file) => ({
        path: file.path,
        content: await this.blob(buildId, `${name}/${file.path}`, file.sha256),
      })),
    );
  }

  /** Renews the TTL of a live build's checkpoints (called at every step, so a slow build never loses them). */
  refresh(buildId: string): Promise<void> {
    return this.expire(buildId, this.config.CHECKPOINT_TTL_MS);
  }

  /** Sets a finished build's checkpoints to the retention period. */
  retain(buildId: string): Promise<void> {
    return this.expire(buildId, this.config.CHECKPOINT_RETENTION_MS);
  }

  private async putBlob(buildId: string, name: string, bytes: Buffer): Promise<string> {
    const max = this.config.CHECKPOINT_MAX_BYTES;
    if (bytes.length > max) {
      throw new AppError(
        'CHECKPOINT_TOO_LARGE',
        `checkpoint ${name} is ${bytes.length} bytes (limit ${max})`,
        {
          build_id: buildId,
          checkpoint: name,
          bytes: bytes.length,
          limit: max,
        },
      );
    }
    const sha = sha256Of(bytes);
    const ttl = this.config.CHECKPOINT_TTL_MS;
    const bytesKey = this.keys.checkpointBytes(buildId);
    const [total] = await Promise.all([
      this.redis.incrby(bytesKey, bytes.length),
      this.redis.pexpire(bytesKey, ttl),
    ]);
    const limit = this.config.CHECKPOINT_BUILD_MAX_BYTES;
    if (total > limit) {
      await this.redis.decrby(bytesKey, bytes.length);
      throw new AppError(
        'CHECKPOINT_TOO_LARGE',
        `build ${buildId} would keep ${total} bytes of checkpoints (limit ${limit})`,
        { build_id: buildId, checkpoint: name, bytes: total, limit },
      );
    }
    const blobKey = this.keys.checkpointBlob(sha);
    const created = await this.redis.set(blobKey, bytes, 'PX', ttl, 'NX');
    if (!created) await this.redis.pexpire(blobKey, ttl, 'GT');
    return sha;
  }

  private async index(buildId: string, name: string, sha: string): Promise<void> {
    const key = this.keys.checkpointIndex(buildId);
    await this.redis.hset(key, name, sha);
    await this.redis.pexpire(key, this.config.CHECKPOINT_TTL_MS);
  }

  private async blob(buildId: string, name: string, sha: string): Promise<Buffer> {
    const bytes = await this.redis.getBuffer(this.keys.checkpointBlob(sha));
    if (!bytes || sha256Of(bytes) !== sha) {
      throw new AppError(
        'CHECKPOINT_MISSING',
        `checkpoint ${name} of build ${buildId} is ${bytes ? 'altered' : 'gone'} in Redis`,
        { build_id: buildId, checkpoint: name, sha256: sha },
      );
    }
    return bytes;
  }

  private async expire(buildId: string, ttl: number): Promise<void> {
    const indexKey = this.keys.checkpointIndex(buildId);
    const entries = await this.redis.hgetall(indexKey);
    const shas = new Set(Object.values(entries));
    for (const [name, sha] of Object.entries(entries)) {
      if (!name.startsWith(TREE_PREFIX)) continue;
      const raw = await this.redis.getBuffer(this.keys.checkpointBlob(sha));
      if (raw)
        for (const file of (JSON.parse(raw.toString('utf8')) as TreeManifest).files) shas.add(file.sha256);
    }
    // One command per key (no multi-key pipeline), so a Redis Cluster takes it as it is.
    await Promise.all([
      this.redis.pexpire(indexKey, ttl),
      this.redis.pexpire(this.keys.checkpointBytes(buildId), ttl),
      ...[...shas].map((sha) => this.redis.pexpire(this.keys.checkpointBlob(sha), ttl, 'GT')),
    ]);
  }
}
