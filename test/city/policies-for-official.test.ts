import { Role } from '@qinshang/auth';
import { Actor, as } from '@qinshang/testkit';
import { pairedOfficial } from '../ledger/helpers';

/** policiesFor is no oracle: an official learns nothing of an enterprise it is not paired with. */
describe('policiesFor as an official', () => {
  const district = '610112';
  const POLICIES_FOR = `query($e: ID!) { policiesFor(enterpriseId: $e) { id } }`;

  it('answers its own enterprise’s policies, and null for another enterprise of its tenant or of another tenant', async () => {
    const own = `${district}-E0004`;
    const officialId = await pairedOfficial(district, own);
    const official = new Actor({ role: Role.OFFICIAL, districtId: district, officialId });
    const mine = await official.ok<{ policiesFor: Array<{ id: string }> | null }>(POLICIES_FOR, { e: own });
    const office = await as.district(district).ok<{ policiesFor: Array<{ id: string }> | null }>(POLICIES_FOR, { e: own });
    expect(mine.policiesFor).not.toBeNull();
    expect(mine.policiesFor).toEqual(office.policiesFor);

    // An enterprise of the same tenant paired with someone else; the office sees its policies.
    let other = '';
    for (let n = 5; n < 40 && !other; n++) {
      const candidate = `${district}-E${String(n).padStart(4, '0')}`;
      if ((await pairedOfficial(district, candidate).catch(() => null)) !== officialId) other = candidate;
    }
    expect((await as.district(district).ok<{ policiesFor: unknown }>(POLICIES_FOR, { e: other })).policiesFor).not.toBeNull();
    expect((await official.ok<{ policiesFor: unknown }>(POLICIES_FOR, { e: other })).policiesFor).toBeNull();
    expect((await official.ok<{ policiesFor: unknown }>(POLICIES_FOR, { e: '610125-E0004' })).policiesFor).toBeNull();
  });
});
