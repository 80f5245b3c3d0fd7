import { SqlParams } from '@qinshang/database';
import { z } from '@qinshang/config';
import { defineExport, exportParams } from '@qinshang/subgraph';
import { assertCan } from '../access/permissions';
import { enterpriseVisible, officialVisible } from '../access/visibility';
import { EnterpriseSector, EnterpriseSource } from '../enterprise/enterprise.enums';
import { KIND_LABELS, SECTOR_LABELS, SOURCE_LABELS, yesNo } from './labels';

/** `district(id).enterprises(filter: EnterpriseFilter)`; without districtId, every tenant the caller may see. */
const filters = z
  .object({
    districtId: exportParams.districtId.optional(),
    source: exportParams.oneOf(EnterpriseSource).optional(),
    sector: exportParams.oneOf(EnterpriseSector).optional(),
    nameContains: z.string().min(1).max(100).optional(),
  })
  .strict();

interface Row {
  id: string;
  district_name: string;
  name: string;
  credit_code: string | null;
  sector: string;
  source: string;
  above_scale: boolean;
  kind: string;
  contact_name: string | null;
  contact_phone: string | null;
  official_id: string | null;
  official_name: string | null;
  official_title: string | null;
  paired_on: string | null;
}

/** The enterprise list (企业名单) with each one's current pairing (包抓干部), in id order. */
export const enterprisesExport = defineExport<z.infer<typeof filters>, Row>({
  name: 'enterprises',
  title: '企业名单',
  filters,
  admit: (caller) => assertCan(caller, 'EXPORT_RECORDS'),
  fileSuffix: (f) => f.districtId,
  columns: [
    { header: '企业编号', kind: 'text', width: 14, value: (r) => r.id },
    { header: '区县', kind: 'text', width: 12, value: (r) => r.district_name },
    { header: '企业名称', kind: 'text', width: 30, value: (r) => r.name },
    { header: '统一社会信用代码', kind: 'text', width: 22, value: (r) => r.credit_code },
    { header: '行业', kind: 'text', width: 8, value: (r) => SECTOR_LABELS[r.sector] ?? r.sector },
    { header: '来源', kind: 'text', width: 10, value: (r) => SOURCE_LABELS[r.source] ?? r.source },
    { header: '四上企业', kind: 'text', width: 8, value: (r) => yesNo(r.above_scale) },
    { header: '类型', kind: 'text', width: 6, value: (r) => KIND_LABELS[r.kind] ?? r.kind },
    { header: '联系人', kind: 'text', width: 10, value: (r) => r.contact_name },
    { header: '联系电话', kind: 'text', width: 14, value: (r) => r.contact_phone },
    { header: '包抓干部编号', kind: 'text', width: 14, value: (r) => r.official_id },
    { header: '包抓干部', kind: 'text', width: 10, value: (r) => r.official_name },
    { header: '干部职务', kind: 'text', width: 20, value: (r) => r.official_title },
    { header: '结对日期', kind: 'date', value: (r) => r.paired_on },
  ],
  query(caller, filter) {
    const params = new SqlParams();
    const where = [enterpriseVisible(caller, 'e', params)];
    if (filter.districtId) where.push(`e.district_id = ${params.add(filter.districtId)}`);
    if (filter.source) where.push(`e.source = ${params.add(filter.source)}`);
    if (filter.sector) where.push(`e.sector = ${params.add(filter.sector)}`);
    if (filter.nameContains) where.push(`strpos(lower(e.name), lower(${params.add(filter.nameContains)})) > 0`);
    const sql = `
      SELECT e.id, d.name AS district_name, e.name, e.credit_code, e.sector, e.source, e.above_scale, e.kind, e.contact_name, e.contact_phone,
             o.id AS official_id, o.name AS official_name, o.title AS official_title, p.started_on::text AS paired_on
        FROM districts.enterprise e
        JOIN districts.district d ON d.id = e.district_id
        LEFT JOIN districts.pairing p ON p.enterprise_id = e.id AND p.ended_on IS NULL
        LEFT JOIN districts.official o ON o.id = p.official_id AND ${officialVisible(caller, 'o', params)}
       WHERE ${where.join(' AND ')}
       ORDER BY e.id`;
    return { sql, values: params.values };
  },
});
