import { stackInfo, tokenFor } from '@qinshang/testkit';
import { Role } from '@qinshang/auth';
import { operation } from '../contract/operations';
import { OtlpReceiver } from './otlp-receiver';
import { sample, scrape } from './prometheus';

/**
 * The shared test platform runs with no OTEL_* variable: no process loads the SDK, and nothing
 * reaches an OTLP receiver where the exporter would send by default (localhost:4318).
 */
describe('tracing off (no OTEL_* variable)', () => {
  it('exports nothing, and every process says tracing is off', async () => {
    const info = stackInfo();
    const receiver = new OtlpReceiver();
    // The OTLP/HTTP exporter's default endpoint; if another run holds it, the /metrics check still stands.
    const listening = await receiver.start(4318).then(
      () => true,
      () => false,
    );
    try {
      const token = await tokenFor({ role: Role.CITY_ADMIN, sub: 'observability:off' });
      for (let i = 0; i < 3; i++) {
        const response = await fetch(info.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, traceparent: `00-${'ab'.repeat(16)}-${'cd'.repeat(8)}-01` },
          body: JSON.stringify({ query: operation('city-dashboard.graphql', 'CityDashboard'), variables: { period: '2016-07' } }),
        });
        expect(response.status).toBe(200);
      }
      for (const url of [info.gatewayUrl, ...Object.values(info.subgraphUrls)]) {
        expect({ url, tracing: sample(await scrape(url), 'qinshang_tracing_enabled') }).toEqual({ url, tracing: 0 });
      }
      // Longer than an exporter's batch delay (5 s by default) would take to send anything.
      if (listening) await new Promise((resolve) => setTimeout(resolve, 6000));
      expect(receiver.requests).toBe(0);
    } finally {
      if (listening) await receiver.stop();
    }
  });
});
