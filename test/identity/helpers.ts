import { graphql, signIn, stackInfo, type GraphQLResponse, type SignInOutcome } from '@qinshang/testkit';
import { Client } from 'pg';

/** Signs in through the real provider and fails loudly if it does not work. */
export async function signedIn(username: string, password?: string, headers?: Record<string, string>) {
  const outcome = await signIn(username, password, { headers });
  if (!outcome.ok) throw new Error(`${username} could not sign in (HTTP ${outcome.status}): ${alertOf(outcome.page) ?? outcome.page.slice(0, 300)}`);
  return outcome;
}

/** The message a sign-in page shows (its role="alert" paragraph), if any. */
export function alertOf(page: string): string | null {
  return /<p class="alert" role="alert">([^<]*)<\/p>/.exec(page)?.[1] ?? null;
}

export function failed(outcome: SignInOutcome): { status: number; page: string } {
  if (outcome.ok) throw new Error('expected the sign-in to fail');
  return outcome;
}

/** A GraphQL operation through the gateway with an access token. */
export function viaGateway<T = Record<string, unknown>>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
  return graphql<T>(stackInfo().gatewayUrl, query, variables, token);
}

export async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: stackInfo().adminDatabaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function accountIdOf(username: string): Promise<string> {
  return withAdmin(async (client) => {
    const { rows } = await client.query<{ id: string }>('SELECT id FROM identity.account WHERE lower(username) = lower($1)', [username]);
    if (!rows[0]) throw new Error(`no account ${username}`);
    return rows[0].id;
  });
}

/** The account events recorded for an account, oldest first. */
export async function accountEvents(accountId: string) {
  return withAdmin(async (client) => {
    const { rows } = await client.query<{ type: string; payload: Record<string, unknown>; actor: string }>(
      "SELECT type, payload, actor FROM eventlog.event WHERE stream_type = 'account' AND stream_id = $1 ORDER BY position",
      [accountId],
    );
    return rows;
  });
}
