import { trace } from '@opentelemetry/api';
import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs, one object a line, with the service name on every line.
 * `LOG_LEVEL` sets the level (default `info`; `silent` in tests that do not read them).
 * A line written inside a traced span carries its `trace_id` and `span_id` (OpenTelemetry), so
 * a log line leads to its trace and back.
 */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: traceIds,
    redact: { paths: ['req.headers.authorization', 'token', '*.password'], censor: '[redacted]' },
  });
}

function traceIds(): Record<string, string> {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return { trace_id: traceId, span_id: spanId };
}
