/** The problem categories of the contract (shared/contract/README.md), one list for every service. */
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

export const ISSUE_CATEGORIES: readonly IssueCategory[] = Object.values(IssueCategory);

/** How the subgraphs that serve `IssueCategory` describe it: `registerEnumType(IssueCategory, ISSUE_CATEGORY_ENUM)`. */
export const ISSUE_CATEGORY_ENUM = {
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
    OTHER: { description: '其他 anything else' },
  },
} as const;
