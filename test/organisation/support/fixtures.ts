import { Client } from 'pg';
import { stackInfo } from '@qinshang/testkit';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The GB 32100-2015 check character, computed here independently of the service's validator. */
export function checkChar(first17: string): string {
  const sum = [...first17].reduce((acc, char, i) => acc + CHARSET.indexOf(char) * WEIGHTS[i], 0);
  const check = 31 - (sum % 31);
  return CHARSET[check === 31 ? 0 : check];
}

let counter = 0;

/**
 * A fresh valid credit code. Registration type 92 (individual businesses), which the seed never
 * uses, and a tag (one credit-code character) per test file, so codes never collide with the seed's or another file's.
 */
export function freshCreditCode(tag: string, division = '610102'): string {
  counter += 1;
  let digits = '';
  for (let n = counter; n > 0; n = Math.floor(n / 31)) digits = CHARSET[n % 31] + digits;
  const first17 = `92${division}${tag}${digits.padStart(8, '0')}`;
  return first17 + checkChar(first17);
}

/** The same code with a wrong check character. */
export function withWrongCheck(code: string): string {
  const wrong = CHARSET[(CHARSET.indexOf(code[17]) + 1) % 31];
  return code.slice(0, 17) + wrong;
}

/** An owner connection (row-level security off) for counting what the API wrote. */
export async function ownerClient(): Promise<Client> {
  const client = new Client({ connectionString: stackInfo().adminDatabaseUrl });
  await client.connect();
  return client;
}

export async function countOf(client: Client, sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await client.query(`SELECT (${sql})::int AS n`, params);
  return rows[0].n as number;
}
