import type { Caller } from '@qinshang/auth';
import { onceRecord } from '@qinshang/database';
import { BadUserInputError, NotFoundError } from '@qinshang/errors';
import { appendEvents } from '@qinshang/eventlog';
import type { EntityManager } from 'typeorm';
import { assertCan, managesTenant } from '../access/permissions';
import { rows } from '../common/db-errors';
import { EVENT_SOURCE, officialAddedEvent } from '../common/events';
import { nextTenantIds } from '../common/ids';
import { normaliseText } from '../enterprise/enterprise.rules';
import type { AddOfficialInput } from './dto/add-official.input';
import type { Official } from './official.entity';
import { officialColumns, toOfficial } from './official.queries';

/** Officials joining a tenant, added by the offices. */
export class OfficialCommands {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    private readonly caller: Caller,
  ) {}

  /** Adds an official once per idempotency key: a retry with the key gets the first official back. */
  async add(input: AddOfficialInput): Promise<Official> {
    assertCan(this.caller, 'ADD_OFFICIAL');
    const manager = await this.manager();
    return onceRecord(
      manager,
      'districts',
      { operation: 'addOfficial', input },
      () => this.addNew(input),
      (official) => official.id,
      async (id) => toOfficial((await rows(manager, `SELECT ${officialColumns('o')} FROM districts.official o WHERE o.id = $1`, [id]))[0]),
    );
  }

  private async addNew(input: AddOfficialInput): Promise<Official> {
    const name = normaliseText(input.name);
    const title = normaliseText(input.title);
    const departmentName = normaliseText(input.departmentName);
    if (!name) throw new BadUserInputError('name', 'The name is required');
    if (name.length > 100) throw new BadUserInputError('name', 'The name is longer than 100 characters');
    if (title && title.length > 100) throw new BadUserInputError('title', 'The title is longer than 100 characters');
    if (departmentName && departmentName.length > 200) throw new BadUserInputError('departmentName', 'The department name is longer than 200 characters');
    if (!managesTenant(this.caller, input.districtId)) throw new NotFoundError('District', input.districtId);
    const manager = await this.manager();
    const [district] = await rows(manager, 'SELECT id FROM districts.district WHERE id = $1', [input.districtId]);
    if (!district) throw new NotFoundError('District', input.districtId);
    const [id] = await nextTenantIds(manager, 'official', input.districtId, 'O');
    const [row] = await rows(
      manager,
      `WITH i AS (INSERT INTO districts.official (id, district_id, name, title, department_name) VALUES ($1, $2, $3, $4, $5) RETURNING *)
       SELECT ${officialColumns('i')} FROM i`,
      [id, input.districtId, name, title, departmentName],
    );
    const official = toOfficial(row);
    await appendEvents(manager, EVENT_SOURCE, [officialAddedEvent(official)]);
    return official;
  }
}
