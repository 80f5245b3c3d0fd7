import { registerEnumType } from 'type-graphql';

/** The contract's problem categories (shared/contract/README.md); the issues subgraph uses the same values. */
export enum IssueCategory {
  LABOR = 'LABOR',
  LAND = 'LAND',
  APPROVAL = 'APPROVAL',
  FINANCING = 'FINANCING',
  TRANSPORT = 'TRANSPORT',
  ENVIRONMENT = 'ENVIRONMENT',
  POLICY = 'POLICY',
  INFRASTRUCTURE = 'INFRASTRUCTURE',
  OTHER = 'OTHER',
}

export const ISSUE_CATEGORIES = Object.values(IssueCategory);

registerEnumType(IssueCategory, {
  name: 'IssueCategory',
  description: 'What a problem is about',
  valuesConfig: {
    LABOR: { description: '用工 labour and hiring' },
    LAND: { description: '用地 land' },
    APPROVAL: { description: '审批 approvals and permits' },
    FINANCING: { description: '融资 financing' },
    TRANSPORT: { description: '交通运输 transport' },
    ENVIRONMENT: { description: '发展环境 the business environment' },
    POLICY: { description: '政策支持 policy support' },
    INFRASTRUCTURE: { description: '基础设施 infrastructure' },
    OTHER: { description: 'anything else' },
  },
});
