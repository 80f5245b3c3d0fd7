import type { DistrictRegistered, EnterpriseRecorded, OfficialRecorded, PairingEnded, PairingStarted } from '@qinshang/eventlog';
import { periodOf } from '../../common/period';
import type { Fold } from '../batch';

/** Tenants, officials and their pairings with enterprises. */
export const organisationFold: Fold = {
  types: ['district.registered', 'enterprise.added', 'official.added', 'pairing.started', 'pairing.ended'],
  apply(event, batch) {
    switch (event.type) {
      case 'district.registered': {
        const p = event.payload as DistrictRegistered;
        batch.registerTenant(p.districtId, event.occurredAt, { name: p.name, kind: p.kind });
        break;
      }
      case 'enterprise.added':
        batch.registerTenant((event.payload as EnterpriseRecorded).districtId, event.occurredAt);
        break;
      case 'official.added': {
        const p = event.payload as OfficialRecorded;
        batch.registerTenant(p.districtId, event.occurredAt);
        if (!batch.officials.has(p.officialId)) {
          batch.officials.set(p.officialId, { official_id: p.officialId, district_id: p.districtId, name: p.name, added_period: periodOf(event.occurredAt) });
        }
        break;
      }
      case 'pairing.started': {
        const p = event.payload as PairingStarted;
        batch.pairings.set(p.pairingId, {
          pairing_id: p.pairingId,
          district_id: p.districtId,
          official_id: p.officialId,
          enterprise_id: p.enterpriseId,
          started_on: p.startedOn.slice(0, 10),
          ended_on: null,
        });
        break;
      }
      case 'pairing.ended': {
        const p = event.payload as PairingEnded;
        const started = batch.pairings.get(p.pairingId);
        if (started) started.ended_on = p.endedOn.slice(0, 10);
        else batch.pairingEnds.push({ pairing_id: p.pairingId, ended_on: p.endedOn.slice(0, 10) });
        break;
      }
    }
  },
};
