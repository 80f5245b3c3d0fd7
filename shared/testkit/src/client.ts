import { Role, signDevToken, type Caller } from '@qinshang/auth';
import { stackInfo } from './stack';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  extensions?: Record<string, unknown>;
}

export type Claims = Omit<Caller, 'expiresAt' | 'sub'> & { sub?: string };

/** A development token for the test platform's key. */
export function tokenFor(claims: Claims, options: { expiresIn?: number; devKey?: string } = {}): Promise<string> {
  return signDevToken(
    { sub: claims.sub ?? `test:${claims.role.toLowerCase()}:${claims.districtId ?? claims.departmentId ?? 'all'}`, ...claims },
    { devKey: options.devKey ?? stackInfo().devKey, issuer: 'qinshang-dev', audience: 'qinshang', expiresIn: options.expiresIn },
  );
}

/** Sends one GraphQL operation over HTTP; `token` null sends no Authorization header. */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token: string | null = null,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: Omit<GraphQLResponse<T>, 'status'>;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`not a GraphQL response (HTTP ${response.status}): ${text.slice(0, 300)}`);
  }
  return { status: response.status, ...body };
}

/** A client for one role, through the gateway unless told otherwise. */
export class Actor {
  private token: Promise<string>;

  constructor(
    readonly claims: Claims,
    private readonly url = stackInfo().gatewayUrl,
  ) {
    this.token = tokenFor(claims);
  }

  async send<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    return graphql<T>(this.url, query, variables, await this.token);
  }

  /** Sends and fails loudly on any error: for steps that must succeed. */
  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await this.send<T>(query, variables);
    if (response.errors?.length || !response.data) {
      throw new Error(`expected success, got ${JSON.stringify(response.errors ?? response)}`);
    }
    return response.data;
  }

  bearer(): Promise<string> {
    return this.token;
  }

  /** An actor that sends a token it was given (one the identity provider issued after a sign-in). */
  static bearing(claims: Claims, token: string, url = stackInfo().gatewayUrl): Actor {
    const actor = new Actor(claims, url);
    actor.token = Promise.resolve(token);
    return actor;
  }
}

export const as = {
  city: () => new Actor({ role: Role.CITY_ADMIN }),
  inspector: () => new Actor({ role: Role.INSPECTOR }),
  district: (districtId: string) => new Actor({ role: Role.DISTRICT_ADMIN, districtId }),
};
