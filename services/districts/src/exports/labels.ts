/** The districts' terms as offices write them (the console's zh-CN labels). */
export const SECTOR_LABELS: Record<string, string> = { INDUSTRY: '工业', COMMERCE: '商贸', CONSTRUCTION: '建设', TECHNOLOGY: '科技', CULTURE: '文化', TOURISM: '旅游' };
export const SOURCE_LABELS: Record<string, string> = { CITY_ASSIGNED: '市上确定', DISTRICT_SELECTED: '区县选取' };
export const KIND_LABELS: Record<string, string> = { ENTERPRISE: '企业', PROJECT: '项目' };
export const MODE_LABELS: Record<string, string> = { VISIT: '走访', HELP: '帮办', ACCOMPANY: '陪办', ON_BEHALF: '代办' };
export const EXCUSE_LABELS: Record<string, string> = { AWAY_ON_DUTY: '出差', ENTERPRISE_DECLINED: '企业婉拒', ILLNESS: '生病', TRAINING: '培训' };
export const yesNo = (value: boolean | null | undefined) => (value === null || value === undefined ? null : value ? '是' : '否');
