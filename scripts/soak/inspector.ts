/**
 * A minimal Chrome DevTools Protocol client for a child started with `--inspect=127.0.0.1:0`: the soak reads
 * heap-after-GC through it, so the services need no admin endpoint that triggers a GC. The inspector listens on
 * loopback only.
 */
import WebSocket from 'ws';

/** One open inspector session. */
export class InspectorSession {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  private readonly listeners = new Map<string, ((params: unknown) => void)[]>();

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (raw: WebSocket.RawData) => {
      const msg = JSON.parse((raw as Buffer).toString()) as {
        id?: number;
        method?: string;
        params?: unknown;
        result?: unknown;
        error?: { message: string };
      };
      if (msg.id !== undefined) {
        const waiter = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        if (msg.error) waiter?.reject(new Error(msg.error.message));
        else waiter?.resolve(msg.result);
      } else if (msg.method) {
        for (const listener of this.listeners.get(msg.method) ?? []) listener(msg.params);
      }
    });
    ws.on('close', () => {
      for (const waiter of this.pending.values()) waiter.reject(new Error('inspector closed'));
      this.pending.clear();
    });
  }

  /** Connects to the `ws://127.0.0.1:<port>/<uuid>` URL the child printed. */
  static connect(url: string): Promise<InspectorSession> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url);
      ws.once('open', () => resolve(new InspectorSession(ws)));
      ws.once('error', reject);
    });
  }

  /** Sends one command and resolves with its result. */
  send<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Calls `listener` on every event named `method` (e.g. `HeapProfiler.addHeapSnapshotChunk`). */
  on(method: string, listener: (params: unknown) => void): () => void {
    const list = this.listeners.get(method) ?? [];
    list.push(listener);
    this.listeners.set(method, list);
    return () =>
      this.listeners.set(
        method,
        (this.listeners.get(method) ?? []).filter((l) => l !== listener),
      );
  }

  /** Runs a full GC in the child and returns the V8 heap then used, in bytes. */
  async heapAfterGc(): Promise<number> {
    await this.send('HeapProfiler.collectGarbage');
    const usage = await this.send<{ usedSize: number; totalSize: number }>('Runtime.getHeapUsage');
    return usage.usedSize;
  }

  /** `process.memoryUsage()` of the child (rss, heapUsed, external, arrayBuffers: bytes). */
  async memoryUsage(): Promise<NodeJS.MemoryUsage> {
    const { result } = await this.send<{ result: { value: string } }>('Runtime.evaluate', {
      expression: 'JSON.stringify(process.memoryUsage())',
      returnByValue: true,
    });
    return JSON.parse(result.value) as NodeJS.MemoryUsage;
  }

  /** Takes a heap snapshot (after a GC, as V8 does for snapshots) and returns its JSON text. */
  async heapSnapshot(): Promise<string> {
    const chunks: string[] = [];
    const off = this.on('HeapProfiler.addHeapSnapshotChunk', (p) =>
      chunks.push((p as { chunk: string }).chunk),
    );
    try {
      await this.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    } finally {
      off();
    }
    return chunks.join('');
  }

  close(): void {
    this.ws.close();
  }
}
