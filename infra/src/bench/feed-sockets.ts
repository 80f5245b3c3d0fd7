import WebSocket from 'ws';

/**
 * Many feed subscribers in one process at the lowest cost per socket: raw `ws` sockets speaking
 * graphql-ws's protocol (`graphql-transport-ws`) by hand, so the benchmark's own clients are not
 * what limits it. Each socket records when each frame arrived; `keyOf` names the event a frame
 * carries (null: not an event, e.g. an error).
 */
export class FeedSockets {
  readonly received = new Map<string, number[]>();
  readonly errors = new Map<string, number>();
  /** The raw text of the first frame of each event, as the first socket received it. */
  readonly frames = new Map<string, string>();
  private readonly sockets: WebSocket[] = [];
  acknowledged = 0;
  opened = 0;

  constructor(private readonly keyOf: (frame: string) => string | null) {}

  /** Opens a socket; `subscribe` null for a bare server that just broadcasts (no protocol). */
  open(url: string, options: { token?: string; subscribe?: { query: string; variables: Record<string, unknown> } | null }): void {
    const graphql = Boolean(options.subscribe);
    const socket = new WebSocket(url, graphql ? 'graphql-transport-ws' : undefined, { perMessageDeflate: false });
    this.sockets.push(socket);
    socket.on('open', () => {
      this.opened++;
      if (graphql) socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${options.token}` } }));
    });
    socket.on('message', (data) => {
      const now = Date.now();
      const text = data.toString();
      if (graphql && text.length < 64) {
        const message = JSON.parse(text) as { type: string };
        if (message.type === 'connection_ack') {
          this.acknowledged++;
          socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: options.subscribe }));
          return;
        }
        if (message.type === 'ping') return socket.send(JSON.stringify({ type: 'pong' }));
        if (message.type === 'pong') return;
      }
      const key = this.keyOf(text);
      if (key === null) {
        const kind = text.slice(0, 160);
        this.errors.set(kind, (this.errors.get(kind) ?? 0) + 1);
        return;
      }
      if (!this.frames.has(key)) this.frames.set(key, text);
      const list = this.received.get(key);
      if (list) list.push(now);
      else this.received.set(key, [now]);
    });
    socket.on('error', (error) => this.errors.set(`socket: ${error.message}`, (this.errors.get(`socket: ${error.message}`) ?? 0) + 1));
  }

  get size(): number {
    return this.sockets.length;
  }

  close(): void {
    for (const socket of this.sockets) socket.terminate();
    this.sockets.length = 0;
  }
}

export function percentiles(values: number[]): { p50: number; p95: number; p99: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return { p50: at(50), p95: at(95), p99: at(99), max: sorted[sorted.length - 1] };
}
