import { randomBytes } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Role, signDevToken } from '@qinshang/auth';
import { graphql, launchTestStack, TEST_STACK_START_TIMEOUT_MS, type Claims, type GraphQLResponse, type StackInfo } from '@qinshang/testkit';

export { TEST_STACK_START_TIMEOUT_MS };
import { OtlpReceiver } from './otlp-receiver';

export const repoRoot = path.resolve(__dirname, '..', '..');

/**
 * A platform of its own for the observability tests, started with the standard OTEL_* variables
 * pointing at an OTLP/HTTP receiver in this test process (the shared test platform runs without
 * them). Without the generated history: these tests make the little data they need.
 */
export async function tracedPlatform(): Promise<TracedPlatform> {
  const receiver = new OtlpReceiver();
  const endpoint = await receiver.start();
  const { info, child } = await launchTestStack(repoRoot, TEST_STACK_START_TIMEOUT_MS, {
    OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
    // Spans reach the receiver within a fifth of a second (the default is 5 s).
    OTEL_BSP_SCHEDULE_DELAY: '200',
    SEED_HISTORY: 'false',
    // These tests count each request's subgraph fetches, spans and metrics: an answer from the
    // gateway's response cache makes none, so the cache is off here (test/gateway/response-cache.test.ts
    // covers it).
    GATEWAY_RESPONSE_CACHE: 'false',
  });
  return new TracedPlatform(info, child, receiver);
}

export class TracedPlatform {
  constructor(
    readonly info: StackInfo,
    private readonly child: ChildProcess,
    readonly receiver: OtlpReceiver,
  ) {}

  token(claims: Claims): Promise<string> {
    return signDevToken({ sub: `observability:${claims.role.toLowerCase()}:${claims.districtId ?? 'all'}`, ...claims }, { devKey: this.info.devKey, issuer: 'qinshang-dev', audience: 'qinshang' });
  }

  async send<T = Record<string, unknown>>(claims: Claims, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
    return graphql<T>(this.info.gatewayUrl, query, variables, await this.token(claims), headers);
  }

  async ok<T = Record<string, unknown>>(claims: Claims, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<T> {
    const response = await this.send<T>(claims, query, variables, headers);
    if (response.errors?.length || !response.data) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(response.errors)}`);
    return response.data;
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
    await this.receiver.stop();
  }
}

export const CITY: Claims = { role: Role.CITY_ADMIN };

/** A fresh W3C trace context the test starts itself, so it knows the trace id to look for. */
export function newTrace(): { traceId: string; traceparent: string } {
  const traceId = randomBytes(16).toString('hex');
  return { traceId, traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` };
}

export function isSql(span: { attributes: Record<string, unknown> }): boolean {
  return span.attributes['db.system'] === 'postgresql' || span.attributes['db.system.name'] === 'postgresql';
}
