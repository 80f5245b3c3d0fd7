import { z } from '@qinshang/config';

const url = z.string().url();

/**
 * The standard OpenTelemetry variables this platform honours (OTLP over HTTP only), validated at
 * start-up like every other variable. Tracing is on only when an OTLP endpoint is set (and
 * neither `OTEL_SDK_DISABLED=true` nor `OTEL_TRACES_EXPORTER=none`); otherwise no SDK module is
 * even loaded.
 */
export const telemetryShape = {
  OTEL_SDK_DISABLED: z.enum(['true', 'false']).optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: url.optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: url.optional(),
  OTEL_EXPORTER_OTLP_PROTOCOL: z.enum(['http/json']).optional(),
  OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: z.enum(['http/json']).optional(),
  OTEL_TRACES_EXPORTER: z.enum(['otlp', 'none']).optional(),
  OTEL_SERVICE_NAME: z.string().min(1).optional(),
};

export type TelemetryConfig = z.infer<z.ZodObject<typeof telemetryShape>>;

export function tracingEnabled(config: TelemetryConfig): boolean {
  if (config.OTEL_SDK_DISABLED === 'true' || config.OTEL_TRACES_EXPORTER === 'none') return false;
  return Boolean(config.OTEL_EXPORTER_OTLP_ENDPOINT || config.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

/**
 * Who may read `/metrics` (every process serves it on its own port): with `METRICS_TOKEN`, only
 * a scrape sending `Authorization: Bearer <token>`; without it, anyone outside production and
 * only this host in production. `METRICS_MAX_OPERATIONS` bounds the operation-name label.
 */
export const metricsShape = {
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
  METRICS_MAX_OPERATIONS: z.coerce.number().int().min(1).max(10_000).default(100),
};
