import type { NewEvent, PayloadOf } from '@qinshang/eventlog';

/**
 * Builders for the events this subgraph writes (payloads as in the shared catalogue), so the
 * seed, the mutations, the import and the history generator all record the same shapes.
 */

export const EVENT_SOURCE = 'districts';

export function districtRegisteredEvent(district: PayloadOf<'district.registered'>): NewEvent<'district.registered'> {
  return { type: 'district.registered', streamType: 'district', streamId: district.districtId, districtId: district.districtId, payload: district };
}

interface EnterpriseFields {
  id: string;
  districtId: string;
  name: string;
  creditCode: string | null;
  sector: string;
  source: string;
  aboveScale: boolean;
  kind: string;
}

export function enterprisePayload(enterprise: EnterpriseFields): PayloadOf<'enterprise.added'> {
  return {
    enterpriseId: enterprise.id,
    districtId: enterprise.districtId,
    name: enterprise.name,
    creditCode: enterprise.creditCode,
    sector: enterprise.sector,
    source: enterprise.source as PayloadOf<'enterprise.added'>['source'],
    aboveScale: enterprise.aboveScale,
    kind: enterprise.kind as PayloadOf<'enterprise.added'>['kind'],
  };
}

export function enterpriseAddedEvent(enterprise: EnterpriseFields): NewEvent<'enterprise.added'> {
  return { type: 'enterprise.added', streamType: 'enterprise', streamId: enterprise.id, districtId: enterprise.districtId, payload: enterprisePayload(enterprise) };
}

export function enterpriseUpdatedEvent(enterprise: EnterpriseFields, changed: string[]): NewEvent<'enterprise.updated'> {
  return {
    type: 'enterprise.updated',
    streamType: 'enterprise',
    streamId: enterprise.id,
    districtId: enterprise.districtId,
    payload: { ...enterprisePayload(enterprise), changed },
  };
}

export function officialAddedEvent(official: {
  id: string;
  districtId: string;
  name: string;
  title: string | null;
  departmentName: string | null;
}): NewEvent<'official.added'> {
  return {
    type: 'official.added',
    streamType: 'official',
    streamId: official.id,
    districtId: official.districtId,
    payload: { officialId: official.id, districtId: official.districtId, name: official.name, title: official.title, department: official.departmentName },
  };
}

interface PairingFields {
  id: string;
  districtId: string;
  officialId: string;
  enterpriseId: string;
  startedOn: string;
  reason: string | null;
  replaces: string | null;
}

export function pairingStartedEvent(pairing: PairingFields): NewEvent<'pairing.started'> {
  return {
    type: 'pairing.started',
    streamType: 'pairing',
    streamId: pairing.id,
    districtId: pairing.districtId,
    payload: {
      pairingId: pairing.id,
      districtId: pairing.districtId,
      officialId: pairing.officialId,
      enterpriseId: pairing.enterpriseId,
      startedOn: pairing.startedOn,
      replaces: pairing.replaces,
      reason: pairing.reason,
    },
  };
}

export function pairingEndedEvent(pairing: {
  id: string;
  districtId: string;
  officialId: string;
  enterpriseId: string;
  endedOn: string;
  reason: string | null;
}): NewEvent<'pairing.ended'> {
  return {
    type: 'pairing.ended',
    streamType: 'pairing',
    streamId: pairing.id,
    districtId: pairing.districtId,
    payload: {
      pairingId: pairing.id,
      districtId: pairing.districtId,
      officialId: pairing.officialId,
      enterpriseId: pairing.enterpriseId,
      endedOn: pairing.endedOn,
      reason: pairing.reason,
    },
  };
}

export function visitRecordedEvent(visit: PayloadOf<'visit.recorded'>): NewEvent<'visit.recorded'> {
  return { type: 'visit.recorded', streamType: 'visit', streamId: visit.visitId, districtId: visit.districtId, payload: visit };
}

export function visitExcusedEvent(excuse: PayloadOf<'visit.excused'>): NewEvent<'visit.excused'> {
  return { type: 'visit.excused', streamType: 'excuse', streamId: excuse.excuseId, districtId: excuse.districtId, payload: excuse };
}

export function reportSubmittedEvent(report: PayloadOf<'report.submitted'>): NewEvent<'report.submitted'> {
  return { type: 'report.submitted', streamType: 'report', streamId: report.reportId, districtId: report.districtId, payload: report };
}
