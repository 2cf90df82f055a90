/**
 * Extraction on worker threads. Extraction is synchronous CPU work; on the ingest's own thread it takes
 * turns with resolving and with driving the database. On worker threads, the next batch is extracted
 * on another core while the main thread resolves and loads the one before.
 */
import { Worker } from 'node:worker_threads';
import type { Article } from '../domain/article.ts';
import { DiplographError, ErrorCode } from '../domain/errors.ts';
import type { Extraction } from '../domain/extraction.ts';
import type { ExtractionReply, ExtractionRequest } from './extraction-messages.ts';

interface Pending {
  resolve: (extraction: Extraction) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * Worker threads do not inherit the TypeScript loader the CLI registers in its own thread, so each one
 * registers it before importing its module. The specifiers are resolved here, where the loader works.
 */
function bootstrap(): string {
  const tsx = import.meta.resolve('tsx/esm/api');
  const body = new URL('./extraction-worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(body)}); });`;
}

export class ExtractionWorkers {
  private readonly threads: Thread[];
  private nextId = 0;
  private broken: Error | null = null;

  constructor(count: number) {
    if (!Number.isInteger(count) || count < 1) throw new RangeError(`expected at least one extraction worker, got ${count}`);
    const code = bootstrap();
    this.threads = Array.from({ length: count }, () => this.spawn(code));
  }

  /** Extracts `article` on the least busy thread. Errors keep their code and message. */
  extract(article: Article): Promise<Extraction> {
    if (this.broken) return Promise.reject(this.broken);
    const thread = this.threads.reduce((least, candidate) => (candidate.pending.size < least.pending.size ? candidate : least));
    const id = this.nextId++;
    return new Promise<Extraction>((resolve, reject) => {
      thread.pending.set(id, { resolve, reject });
      thread.worker.postMessage({ id, article } satisfies ExtractionRequest);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((thread) => thread.worker.terminate()));
  }

  private spawn(code: string): Thread {
    const thread: Thread = { worker: new Worker(code, { eval: true }), pending: new Map() };
    thread.worker.on('message', (reply: ExtractionReply) => {
      const waiting = thread.pending.get(reply.id);
      if (!waiting) return;
      thread.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.extraction);
      else waiting.reject(reply.code ? new DiplographError(reply.code, reply.message) : new Error(reply.message));
    });
    // A thread that dies takes its articles with it; the pool refuses further work instead of hanging.
    const fail = (error: Error) => {
      this.broken ??= new DiplographError(ErrorCode.INTERNAL_SERVER_ERROR, `an extraction worker stopped: ${error.message}`, { cause: error });
      for (const waiting of thread.pending.values()) waiting.reject(this.broken);
      thread.pending.clear();
    };
    thread.worker.on('error', fail);
    thread.worker.on('exit', (exitCode) => {
      if (thread.pending.size > 0) fail(new Error(`exit code ${exitCode}`));
    });
    return thread;
  }
}
