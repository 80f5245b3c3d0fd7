#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { followEscalations, type FeedEvent } from './follow';

const USAGE =
  'usage: npm run -s watch -- --token TOKEN [--level CITY|DISTRICT] [--district ID] [--after CURSOR] [--url http://127.0.0.1:4000/graphql]\n' +
  'Prints one line per escalation as it arrives; after a drop it resumes from the last cursor (stderr says so).\n';

/** `npm run -s watch`: what an operations room leaves running. */
function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        token: { type: 'string' },
        level: { type: 'string' },
        district: { type: 'string' },
        after: { type: 'string' },
        url: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const token = values.token ?? process.env.QINSHANG_TOKEN;
  if (!token) fail(`--token is required\n${USAGE}`);
  const level = values.level?.toUpperCase();
  if (level !== undefined && level !== 'CITY' && level !== 'DISTRICT') fail(`--level must be CITY or DISTRICT\n${USAGE}`);
  const url = values.url ?? process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql';

  const feed = followEscalations({
    url,
    token,
    level: level as 'CITY' | 'DISTRICT' | undefined,
    districtId: values.district,
    after: values.after ?? null,
    onEvent: (event) => process.stdout.write(`${line(event)}\n`),
    onStatus: (status) => {
      if (status.kind === 'dropped') {
        process.stderr.write(`# dropped (${status.code ? `${status.code}: ` : ''}${status.reason}); resuming after ${status.cursor ?? 'now'} in ${status.retryInMs} ms\n`);
      } else if (status.kind === 'subscribed') {
        process.stderr.write(`# subscribed to ${url}${status.after ? ` after ${status.after}` : ''}\n`);
      }
    },
  });
  const stop = () => void feed.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  feed.done.catch((error: Error & { code?: string }) => {
    process.stderr.write(`watch: ${error.code ? `${error.code}: ` : ''}${error.message}\n`);
    process.exit(1);
  });
}

/** One line: when, level, tenant, enterprise, ledger number, category, title, reason, cursor. */
export function line(event: FeedEvent): string {
  const { escalation } = event;
  const enterprise = escalation.issue.enterprise;
  return [
    escalation.raisedAt,
    escalation.level.padEnd(8),
    enterprise?.district?.name ?? '?',
    enterprise?.name ?? '?',
    escalation.issue.ledgerNo,
    escalation.issue.category,
    `${escalation.issue.title} — ${escalation.reason}`,
    `[${event.cursor}]`,
  ].join('  ');
}

function fail(message: string): never {
  process.stderr.write(message.endsWith('\n') ? message : `${message}\n`);
  process.exit(2);
}

if (require.main === module) main();
