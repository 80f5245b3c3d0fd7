import { Role } from '@qinshang/auth';
import { Actor, as } from '@qinshang/testkit';

export const ISSUE_FIELDS = `id ledgerNo status version level dueAt responseDueAt respondedAt stageDueAt overdue allowedActions
  department { id } responsiblePerson resolution closure { satisfaction }`;

export const RAISE = `mutation Raise($input: RaiseIssueInput!) { raiseIssue(input: $input) { issue { ${ISSUE_FIELDS} } } }`;

/** The official currently paired with an enterprise, as its district office sees it. */
export async function pairedOfficial(districtId: string, enterpriseId: string): Promise<string> {
  const data = await as.district(districtId).ok<{ enterprise: { official: { id: string } | null } | null }>(
    'query($id: ID!) { enterprise(id: $id) { official { id } } }',
    { id: enterpriseId },
  );
  const official = data.enterprise?.official?.id;
  if (!official) throw new Error(`${enterpriseId} has no paired official`);
  return official;
}

export const actors = {
  official: (districtId: string, officialId: string) => new Actor({ role: Role.OFFICIAL, districtId, officialId, sub: `official:${officialId}` }),
  enterprise: (districtId: string, enterpriseId: string) => new Actor({ role: Role.ENTERPRISE, districtId, enterpriseId, sub: `enterprise:${enterpriseId}` }),
  department: (districtId: string, departmentId: string) => new Actor({ role: Role.DEPARTMENT, districtId, departmentId, sub: `department:${departmentId}` }),
  office: (districtId: string) => new Actor({ role: Role.DISTRICT_ADMIN, districtId, sub: `office:${districtId}` }),
};
