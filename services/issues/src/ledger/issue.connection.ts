import type { IssueRow } from './issue.row';
import { toIssue } from './issue.row';
import { LedgerQueries } from './ledger.queries';
import type { IssueConnection, IssuePayload } from './types';

/** A mutation's answer: the problem as it now stands. */
export const issuePayload = (row: IssueRow): IssuePayload => ({ issue: toIssue(row) });

/** A page of problems as a Relay connection. */
export function issueConnection(result: { rows: IssueRow[]; totalCount: number; hasNextPage: boolean }): IssueConnection {
  const edges = result.rows.map((row) => ({ cursor: LedgerQueries.issueCursor(row), node: toIssue(row) }));
  return { totalCount: result.totalCount, edges, pageInfo: { hasNextPage: result.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}
