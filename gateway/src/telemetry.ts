/**
 * The gateway's first import: starts the OpenTelemetry SDK when `OTEL_*` asks for it (see
 * @qinshang/telemetry). The gateway's spans come from Hive Gateway's OpenTelemetry plugin
 * (observability.ts), so no auto-instrumentation patches anything here.
 */
import { startTelemetry } from '@qinshang/telemetry';

startTelemetry({ serviceName: 'gateway', instrumentations: 'none' });
