import { context, propagation, trace, SpanKind, SpanStatusCode, type Attributes, type Link, type Span } from '@opentelemetry/api';

export { SpanKind };

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/**
 * The active span's W3C `traceparent` (what an event records about the request that wrote it),
 * or null when nothing is being traced (tracing off, or no span active).
 */
export function currentTraceparent(): string | null {
  const span = trace.getActiveSpan();
  if (!span || !span.isRecording()) return null;
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent && TRACEPARENT.test(carrier.traceparent) ? carrier.traceparent : null;
}

/** `{ traceparent }` for a header or a socket's connection parameters; empty when not tracing. */
export function traceHeaders(): Record<string, string> {
  const carrier: Record<string, string> = {};
  if (trace.getActiveSpan()) propagation.inject(context.active(), carrier);
  return carrier;
}

/** A span link to the trace a stored `traceparent` names (null for none or a malformed one). */
export function linkTo(traceparent: string | null | undefined, attributes?: Attributes): Link | null {
  const match = traceparent ? TRACEPARENT.exec(traceparent) : null;
  if (!match) return null;
  return { context: { traceId: match[1], spanId: match[2], traceFlags: parseInt(match[3], 16), isRemote: true }, attributes };
}

/** The active span's ids for a log line (`trace_id`, `span_id`), or nothing when not tracing. */
export function traceFields(): { trace_id?: string; span_id?: string } {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return { trace_id: traceId, span_id: spanId };
}

/** Runs `work` with a carrier's context (e.g. a socket's `traceparent`) as the parent of its spans. */
export function withExtractedContext<T>(carrier: Record<string, unknown> | undefined, work: () => T): T {
  if (!carrier || typeof carrier.traceparent !== 'string') return work();
  const parent = propagation.extract(context.active(), { traceparent: carrier.traceparent, ...(typeof carrier.tracestate === 'string' ? { tracestate: carrier.tracestate } : {}) });
  return context.with(parent, work);
}

/**
 * Runs `work` in a span of its own (a no-op span when tracing is off, so the cost is one call),
 * linked to other traces (`links`: e.g. the requests that wrote the events a batch handles);
 * `root` starts a new trace instead of joining the active one.
 */
export async function inSpan<T>(
  name: string,
  options: { kind?: SpanKind; links?: Array<Link | null>; attributes?: Attributes; root?: boolean },
  work: (span: Span) => Promise<T>,
): Promise<T> {
  const tracer = trace.getTracer('qinshang');
  const links = (options.links ?? []).filter((link): link is Link => link !== null);
  return tracer.startActiveSpan(name, { kind: options.kind ?? SpanKind.INTERNAL, links, attributes: options.attributes, root: options.root }, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error)?.message });
      throw error;
    } finally {
      span.end();
    }
  });
}
