import { operationLabeller, outcomeLabel } from './metrics';
import { linkTo } from './trace-context';
import { serviceNameOfScript, startTelemetry, telemetryStarted } from './sdk';
import { tracingEnabled } from './config';

describe('telemetry', () => {
  it('is off without an OTLP endpoint, and then loads no SDK module at all', () => {
    for (const name of Object.keys(process.env)) if (name.startsWith('OTEL_')) delete process.env[name];
    expect(startTelemetry()).toBe(false);
    expect(telemetryStarted()).toBe(false);
    expect(Object.keys(require.cache).some((file) => file.includes('@opentelemetry/sdk-node') || file.includes('instrumentation-pg'))).toBe(false);
  });

  it('is on only with an endpoint, and not when disabled', () => {
    expect(tracingEnabled({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(true);
    expect(tracingEnabled({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' })).toBe(true);
    expect(tracingEnabled({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' })).toBe(false);
    expect(tracingEnabled({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_TRACES_EXPORTER: 'none' })).toBe(false);
    expect(tracingEnabled({ OTEL_SERVICE_NAME: 'city' })).toBe(false);
  });

  it('names a process after its package', () => {
    expect(serviceNameOfScript('/srv/qinshang/services/city/dist/main.js')).toBe('city');
    expect(serviceNameOfScript('/srv/qinshang/gateway/dist/main.js')).toBe('gateway');
  });

  it('keeps operation labels bounded and free of anything but names', () => {
    const label = operationLabeller(2);
    expect(label(undefined)).toBe('anonymous');
    expect(label('CityDashboard')).toBe('CityDashboard');
    expect(label('query { secret }')).toBe('other');
    expect(label('DistrictPortal')).toBe('DistrictPortal');
    expect(label('Third')).toBe('other');
    expect(label('CityDashboard')).toBe('CityDashboard');
    expect(outcomeLabel('BAD_USER_INPUT')).toBe('BAD_USER_INPUT');
    expect(outcomeLabel('<script>')).toBe('INTERNAL_SERVER_ERROR');
  });

  it('links only to a well-formed traceparent', () => {
    expect(linkTo(`00-${'a'.repeat(32)}-${'b'.repeat(16)}-01`)?.context.traceId).toBe('a'.repeat(32));
    expect(linkTo('garbage')).toBeNull();
    expect(linkTo(null)).toBeNull();
  });
});
