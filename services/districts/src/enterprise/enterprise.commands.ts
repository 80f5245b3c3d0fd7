import type { Caller } from '@qinshang/auth';
import { onceRecord } from '@qinshang/database';
import { BadUserInputError, ConflictError, NotFoundError } from '@qinshang/errors';
import { appendEvents } from '@qinshang/eventlog';
import type { EntityManager } from 'typeorm';
import { assertCan, managesTenant } from '../access/permissions';
import { guardUnique, rows } from '../common/db-errors';
import { enterpriseAddedEvent, enterpriseUpdatedEvent, EVENT_SOURCE } from '../common/events';
import { nextTenantIds } from '../common/ids';
import type { AddEnterpriseInput, UpdateEnterpriseInput } from './dto/enterprise.inputs';
import { Enterprise } from './enterprise.entity';
import { DUPLICATE_CREDIT_CODE, enterpriseProblems, normaliseCreditCode, normaliseText, type EnterpriseFields } from './enterprise.rules';
import { enterpriseColumns, toEnterprise } from './enterprise.queries';

const FIELDS: Array<keyof EnterpriseFields> = ['name', 'creditCode', 'sector', 'source', 'aboveScale', 'kind', 'contactName', 'contactPhone'];

/**
 * Changes to a tenant's enterprise list, by the offices. Each change and its event commit together
 * (the event is the last write); anything refused throws before a row is written.
 */
export class EnterpriseCommands {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    private readonly caller: Caller,
  ) {}

  /** Adds an enterprise once per idempotency key: a retry with the key gets the first enterprise back. */
  async add(input: AddEnterpriseInput): Promise<Enterprise> {
    assertCan(this.caller, 'ADD_ENTERPRISE');
    const manager = await this.manager();
    return onceRecord(
      manager,
      'districts',
      { operation: 'addEnterprise', input },
      () => this.addNew(input),
      (enterprise) => enterprise.id,
      async (id) => toEnterprise((await rows(manager, `SELECT ${enterpriseColumns('e')} FROM districts.enterprise e WHERE e.id = $1`, [id]))[0]),
    );
  }

  private async addNew(input: AddEnterpriseInput): Promise<Enterprise> {
    const manager = await this.manager();
    await this.assertTenant(manager, input.districtId);
    const fields = normalise(input);
    assertNoProblem(fields);
    const [id] = await nextTenantIds(manager, 'enterprise', input.districtId, 'E');
    const [enterprise] = await this.insert(manager, input.districtId, [{ id, ...fields }]);
    // Nothing inserted: the credit code is taken somewhere in the city (the id is ours under the lock).
    if (!enterprise) throw new ConflictError(DUPLICATE_CREDIT_CODE, { reason: 'DUPLICATE_CREDIT_CODE', field: 'creditCode' });
    await appendEvents(manager, EVENT_SOURCE, [enterpriseAddedEvent(enterprise)]);
    return enterprise;
  }

  async update(input: UpdateEnterpriseInput): Promise<Enterprise> {
    assertCan(this.caller, 'UPDATE_ENTERPRISE');
    const manager = await this.manager();
    const [current] = await rows(manager, `SELECT ${enterpriseColumns('e')} FROM districts.enterprise e WHERE e.id = $1 FOR UPDATE`, [input.id]);
    // Row-level security hides another tenant's enterprise: the same answer as a missing one.
    if (!current || !managesTenant(this.caller, current.districtId as string)) throw new NotFoundError('Enterprise', input.id);
    const before = toEnterprise(current);
    const next = { ...pick(before) };
    for (const field of FIELDS) {
      const value = (input as unknown as Record<string, unknown>)[field];
      if (value === undefined) continue;
      if (value === null && !['creditCode', 'contactName', 'contactPhone'].includes(field)) {
        throw new BadUserInputError(field, `${field} cannot be removed`);
      }
      (next as Record<string, unknown>)[field] = value;
    }
    const fields = normalise(next);
    assertNoProblem(fields);
    const changed = FIELDS.filter((field) => fields[field] !== before[field]);
    if (changed.length === 0) return before;
    const [updated] = await guardUnique(
      manager,
      () =>
        rows(
          manager,
          `WITH u AS (
             UPDATE districts.enterprise SET name = $2, credit_code = $3, sector = $4, source = $5, above_scale = $6, kind = $7,
                    contact_name = $8, contact_phone = $9
              WHERE id = $1 RETURNING *)
           SELECT ${enterpriseColumns('u')} FROM u`,
          [before.id, fields.name, fields.creditCode, fields.sector, fields.source, fields.aboveScale, fields.kind, fields.contactName, fields.contactPhone],
        ),
      () => new ConflictError(DUPLICATE_CREDIT_CODE, { reason: 'DUPLICATE_CREDIT_CODE', field: 'creditCode' }),
    );
    const enterprise = toEnterprise(updated);
    await appendEvents(manager, EVENT_SOURCE, [enterpriseUpdatedEvent(enterprise, changed)]);
    return enterprise;
  }

  /**
   * Inserts many enterprises of one tenant in one statement; returns those inserted. A row whose
   * credit code is already taken anywhere in the city is skipped (ON CONFLICT DO NOTHING: the
   * transaction stays usable, and the other tenant's row stays unseen).
   */
  async insert(manager: EntityManager, districtId: string, enterprises: Array<EnterpriseFields & { id: string }>): Promise<Enterprise[]> {
    const column = <K extends keyof (EnterpriseFields & { id: string })>(key: K) => enterprises.map((row) => row[key]);
    const inserted = await rows(
      manager,
      `WITH i AS (
         INSERT INTO districts.enterprise (id, district_id, name, credit_code, sector, source, above_scale, kind, contact_name, contact_phone, generated)
         SELECT id, $1::text, name, credit_code, sector, source, above_scale, kind, contact_name, contact_phone, false
           FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::boolean[], $8::text[], $9::text[], $10::text[])
                AS t(id, name, credit_code, sector, source, above_scale, kind, contact_name, contact_phone)
         ON CONFLICT DO NOTHING
         RETURNING *)
       SELECT ${enterpriseColumns('i')} FROM i ORDER BY i.id`,
      [
        districtId,
        column('id'),
        column('name'),
        column('creditCode'),
        column('sector'),
        column('source'),
        column('aboveScale'),
        column('kind'),
        column('contactName'),
        column('contactPhone'),
      ],
    );
    return inserted.map(toEnterprise);
  }

  /** An office may act in the tenant, and the tenant exists; else NOT_FOUND, as for a missing one. */
  async assertTenant(manager: EntityManager, districtId: string): Promise<void> {
    if (!managesTenant(this.caller, districtId)) throw new NotFoundError('District', districtId);
    const [district] = await rows(manager, 'SELECT id FROM districts.district WHERE id = $1', [districtId]);
    if (!district) throw new NotFoundError('District', districtId);
  }
}

function pick(enterprise: Enterprise): EnterpriseFields {
  return Object.fromEntries(FIELDS.map((field) => [field, enterprise[field]])) as unknown as EnterpriseFields;
}

export function normalise(input: Partial<Record<keyof EnterpriseFields, unknown>>): EnterpriseFields {
  return {
    name: normaliseText(input.name as string | null) ?? '',
    creditCode: normaliseCreditCode(input.creditCode as string | null),
    sector: input.sector as EnterpriseFields['sector'],
    source: input.source as EnterpriseFields['source'],
    aboveScale: Boolean(input.aboveScale),
    kind: input.kind as EnterpriseFields['kind'],
    contactName: normaliseText(input.contactName as string | null),
    contactPhone: normaliseText(input.contactPhone as string | null),
  };
}

function assertNoProblem(fields: EnterpriseFields): void {
  const [problem] = enterpriseProblems(fields);
  if (problem) throw new BadUserInputError(problem.field, problem.message);
}
