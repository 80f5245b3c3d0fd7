import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One span as an OTLP/HTTP receiver gets it, with the service that sent it. */
export interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
  links: Array<{ traceId: string; spanId: string }>;
}

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
  doubleValue?: number;
}
type OtlpAttribute = { key: string; value: OtlpValue };

/**
 * A real OTLP/HTTP trace receiver (`POST /v1/traces`, the JSON encoding the platform's exporter
 * sends), in the test process: every span it is sent, and every request it got.
 */
export class OtlpReceiver {
  readonly spans: ReceivedSpan[] = [];
  requests = 0;
  private readonly server = http.createServer((req, res) => this.handle(req, res));

  async start(port = 0): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => resolve());
    });
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  trace(traceId: string): ReceivedSpan[] {
    return this.spans.filter((span) => span.traceId === traceId);
  }

  /** Resolves with the spans once `predicate` holds (polls what has arrived; fails after `timeoutMs`). */
  async until(predicate: (spans: ReceivedSpan[]) => boolean, what: string, timeoutMs = 30_000): Promise<ReceivedSpan[]> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.spans)) {
      if (Date.now() > deadline) throw new Error(`no ${what} within ${timeoutMs} ms; received ${this.spans.length} spans: ${summary(this.spans)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return this.spans;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      this.requests++;
      if (req.method !== 'POST' || req.url !== '/v1/traces') {
        res.writeHead(404).end();
        return;
      }
      try {
        this.accept(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      } catch (error) {
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ message: String(error) }));
      }
    });
  }

  private accept(body: { resourceSpans?: Array<{ resource?: { attributes?: OtlpAttribute[] }; scopeSpans?: Array<{ spans?: Array<Record<string, unknown>> }> }> }) {
    for (const resourceSpans of body.resourceSpans ?? []) {
      const resource = attributes(resourceSpans.resource?.attributes);
      for (const scope of resourceSpans.scopeSpans ?? []) {
        for (const span of scope.spans ?? []) {
          this.spans.push({
            service: String(resource['service.name'] ?? ''),
            traceId: String(span.traceId),
            spanId: String(span.spanId),
            parentSpanId: span.parentSpanId ? String(span.parentSpanId) : undefined,
            name: String(span.name),
            kind: Number(span.kind ?? 0),
            attributes: attributes(span.attributes as OtlpAttribute[] | undefined),
            links: ((span.links as Array<{ traceId: string; spanId: string }> | undefined) ?? []).map((link) => ({ traceId: String(link.traceId), spanId: String(link.spanId) })),
          });
        }
      }
    }
  }
}

function attributes(list: OtlpAttribute[] | undefined): Record<string, unknown> {
  return Object.fromEntries((list ?? []).map(({ key, value }) => [key, value.stringValue ?? value.intValue ?? value.boolValue ?? value.doubleValue]));
}

export function summary(spans: ReceivedSpan[]): string {
  const counts = new Map<string, number>();
  for (const span of spans) counts.set(`${span.service}:${span.name}`, (counts.get(`${span.service}:${span.name}`) ?? 0) + 1);
  return [...counts].slice(0, 60).map(([name, n]) => `${name}×${n}`).join(', ');
}
