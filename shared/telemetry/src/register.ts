/**
 * Side-effect entry: `import '@qinshang/telemetry/register'` as the FIRST import of a process's
 * main module (or `node --require @qinshang/telemetry/register`), so http, graphql and pg are
 * patched before anything loads them. Without `OTEL_*` it does nothing.
 */
import { startTelemetry } from './sdk';

startTelemetry({ instrumentations: 'subgraph' });
