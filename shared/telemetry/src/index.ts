export { metricsShape, telemetryShape, tracingEnabled, type TelemetryConfig } from './config';
export { serviceNameOfScript, startTelemetry, stopTelemetry, telemetryStarted, type InstrumentationSet } from './sdk';
export { currentTraceparent, inSpan, linkTo, SpanKind, traceFields, traceHeaders, withExtractedContext } from './trace-context';
export * from './metrics';
