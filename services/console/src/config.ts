/** What the gateway tells the console at run time (GET /console-config.json, from its validated config). */
export interface ConsoleConfig {
  /** The OpenID Connect issuer the console signs in with. */
  issuer: string;
  /** The console's public client id at that issuer. */
  clientId: string;
}

export async function loadConfig(): Promise<ConsoleConfig> {
  const response = await fetch('/console-config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`console-config.json: HTTP ${response.status}`);
  const body = (await response.json()) as Partial<ConsoleConfig>;
  if (!body.issuer || !body.clientId) throw new Error('console-config.json: issuer and clientId are required');
  return { issuer: body.issuer, clientId: body.clientId };
}
