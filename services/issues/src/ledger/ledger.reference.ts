import type { IssuesContext } from '../context';
import { toIssue } from './issue.row';

/** Entity references: another tenant's key resolves to null, exactly like a missing one. */
export const ledgerReferences = {
  District: { __resolveReference: (reference: { id: string }) => reference },
  Enterprise: { __resolveReference: (reference: { id: string }) => reference },
  Department: { __resolveReference: (reference: { id: string }) => reference },
  Issue: {
    __resolveReference: async (reference: { id: string }, ctx: IssuesContext) => {
      const row = await ctx.loaders.issue.load(reference.id);
      return row ? toIssue(row) : null;
    },
  },
  Escalation: {
    __resolveReference: (reference: { id: string }, ctx: IssuesContext) => ctx.loaders.escalation.load(reference.id),
  },
};
