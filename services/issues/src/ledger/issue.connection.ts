import type { KeysetPage } from '@qinshang/subgraph';
import type { IssueRow } from './issue.row';
import { toIssue } from './issue.row';
import type { IssueConnection, IssuePayload } from './types';

/** A mutation's answer: the problem as it now stands. */
export const issuePayload = (row: IssueRow): IssuePayload => ({ issue: toIssue(row) });

/** A page of problems as a Relay connection. */
export function issueConnection(page: KeysetPage<IssueRow> & { totalCount: number }): IssueConnection {
  const edges = page.rows.map((row, index) => ({ cursor: page.cursors[index], node: toIssue(row) }));
  return { totalCount: page.totalCount, edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
}
