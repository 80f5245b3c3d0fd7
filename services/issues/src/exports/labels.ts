/** The ledger's terms as offices write them (the console's zh-CN labels). */
export const CATEGORY_LABELS: Record<string, string> = {
  LABOR: '用工',
  LAND: '用地',
  APPROVAL: '审批',
  FINANCING: '融资',
  TRANSPORT: '交通运输',
  ENVIRONMENT: '发展环境',
  POLICY: '政策支持',
  INFRASTRUCTURE: '基础设施',
  OTHER: '其他',
};

export const STATUS_LABELS: Record<string, string> = {
  RAISED: '已登记',
  ASSIGNED: '已交办',
  RETURNED: '已退单',
  ACCEPTED: '已受理',
  IN_PROGRESS: '办理中',
  RESOLVED: '已解决',
  REOPENED: '已重新打开',
  ESCALATED: '已上报',
  UNSOLVABLE: '暂不能解决',
  CLOSED: '已销号',
};

export const SATISFACTION_LABELS: Record<string, string> = { SATISFIED: '满意', BASICALLY_SATISFIED: '基本满意', DISSATISFIED: '不满意' };
