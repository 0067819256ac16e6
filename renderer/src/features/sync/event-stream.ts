import { createSseParser } from '../../../../shared/sync/sse';
import type { StreamEvent } from '../../../../shared/sync/protocol';
import { isSyncHttpError, type SyncApi } from './api-client';

export interface EventStreamOptions {
  /** A parsed `data:` payload (a collection's changes, or 'RESYNC'). */
  onEvent(event: StreamEvent): void;
  /** The stream is (re)connected: anything may have been missed, so every collection resyncs. */
  onOpen(): void;
  onError?(error: unknown): void;
  /** Backoff between reconnects: first delay and cap (ms). */
  minDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * ONE live connection for all collections (browsers allow few connections per host).
 * Read with fetch and a streaming body rather than EventSource: the same code then runs in
 * browsers, Electron and Node (which has no EventSource), and auth errors are visible
 * (EventSource hides status codes). Reconnects with exponential backoff; an expired
 * token is refreshed by the API client before reconnecting.
 */
export class SyncEventStream {
  private controller: AbortController | null = null;
  private running = false;
  private wake: (() => void) | null = null;
  connected = false;

  constructor(
    private readonly api: SyncApi,
    private readonly options: EventStreamOptions,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    void this.loop();
  }

  stop(): void {
    this.running = false;
    this.connected = false;
    this.controller?.abort();
    this.wake?.();
  }

  /** Skip the current backoff wait (e.g. the network came back). */
  reconnectNow(): void {
    this.wake?.();
  }

  private async loop(): Promise<void> {
    const min = this.options.minDelayMs ?? 1000;
    const max = this.options.maxDelayMs ?? 30_000;
    let delay = min;
    while (this.running) {
      this.controller = new AbortController();
      try {
        const response = await this.api.openStream(this.controller.signal);
        if (!this.running) break;
        this.connected = true;
        delay = min;
        this.options.onOpen();
        await this.read(response);
      } catch (error) {
        if (!this.running) break;
        // A revoked device or an outdated app: the API client has reported it; stop here.
        if (isSyncHttpError(error) && ['DEVICE_REVOKED', 'CLIENT_TOO_OLD', 'UNAUTHORIZED'].includes(error.code)) {
          this.options.onError?.(error);
          this.running = false;
          break;
        }
        if ((error as Error)?.name !== 'AbortError') this.options.onError?.(error);
      } finally {
        this.connected = false;
      }
      if (!this.running) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
      delay = Math.min(max, delay * 2);
    }
  }

  private async read(response: Response): Promise<void> {
    if (!response.body) return;
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    const parser = createSseParser((message) => {
      if (message.event !== 'message') return;
      let payload: unknown;
      try {
        payload = JSON.parse(message.data);
      } catch {
        return; // not ours
      }
      if (payload === 'RESYNC' || (payload && typeof payload === 'object' && 'collection' in payload)) {
        this.options.onEvent(payload as StreamEvent);
      }
    });
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done || !this.running) break;
        parser.push(decoder.decode(value, { stream: true }));
      }
    } finally {
      reader.releaseLock?.();
    }
  }
}
