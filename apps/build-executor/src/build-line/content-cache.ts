import { createHash } from 'node:crypto';

/**
 * Bytes of output the cache keeps at most (keys are 64-character digests, not counted). A build's transpiled
 * files are some tens of kB and are reused within the build (test run, release, git commit) and across services
 * (the files every service has): 2 MB holds dozens of builds in flight. It was 16 MB, which a soak of 561 builds
 * with new service names was still filling after 30 minutes: the executor's heap after GC grew by as much
 * (+38 MB/h), with nothing leaked but the cache's own bound.
 */
const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/**
 * Outputs of a pure, deterministic function of (path, content), kept by the sha256 of both and evicted least
 * recently used once their total size passes `maxBytes`. A build transpiles the same generated files for its
 * test run, its release and its git commit, and services share many files byte for byte; each costs the
 * transpiler milliseconds. Equal input gives equal output, so a
 * hit is exactly what a fresh run would give.
 */
export class ContentCache {
  private readonly entries = new Map<string, string>();
  private readonly computing = new Map<string, Promise<string>>();
  private bytes = 0;

  constructor(private readonly maxBytes = DEFAULT_MAX_BYTES) {}

  /**
   * `compute(path, content)`, or its earlier result for the same path and content. Callers asking for the same
   * input while it is being computed share that one computation.
   */
  async get(
    path: string,
    content: string,
    compute: (path: string, content: string) => Promise<string>,
  ): Promise<string> {
    const key = createHash('sha256').update(path).update('\0').update(content).digest('hex');
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // Re-inserted: a Map iterates in insertion order, so the first key is the least recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const running = this.computing.get(key);
    if (running) return running;
    const computed = compute(path, content);
    this.computing.set(key, computed);
    let value: string;
    try {
      value = await computed;
    } finally {
      this.computing.delete(key);
    }
    if (value.length > this.maxBytes) return value;
    this.entries.set(key, value);
    this.bytes += value.length;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= old.length;
    }
    return value;
  }

  /** How many outputs are kept (for tests). */
  get size(): number {
    return this.entries.size;
  }
}
