import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Role } from '@qinshang/auth';
import { ConfigError, parseConfig } from '@qinshang/config';
import { gatewayShape } from './config';
import { trustedDocumentsPolicy } from './trusted-documents';

const configWith = (env: Record<string, string>) => parseConfig(gatewayShape, { AUTH_DEV_KEY: 'k'.repeat(40), ...env });
const caller = (role: Role, sub = 'someone') => ({ sub, role });

describe('the trusted-documents policy', () => {
  it('lets everyone send any document outside production', () => {
    const policy = trustedDocumentsPolicy(configWith({ NODE_ENV: 'development', PERSISTED_DOCUMENTS_PATH: '' }));
    expect(policy.mayRunArbitrary(caller(Role.ENTERPRISE))).toBe(true);
  });

  it('in production, only the roles and clients the config names', () => {
    const policy = trustedDocumentsPolicy(configWith({ NODE_ENV: 'production', ARBITRARY_DOCUMENTS_ROLES: 'CITY_ADMIN, INSPECTOR', ARBITRARY_DOCUMENTS_CLIENTS: 'svc:reporting' }));
    expect(policy.mayRunArbitrary(caller(Role.CITY_ADMIN))).toBe(true);
    expect(policy.mayRunArbitrary(caller(Role.INSPECTOR))).toBe(true);
    expect(policy.mayRunArbitrary(caller(Role.DISTRICT_ADMIN))).toBe(false);
    expect(policy.mayRunArbitrary(caller(Role.DISTRICT_ADMIN, 'svc:reporting'))).toBe(true);
  });

  it('reads the manifest, and refuses one that is not hash → document', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
    const good = path.join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ ['a'.repeat(64)]: '{ city { name } }' }));
    expect(trustedDocumentsPolicy(configWith({ PERSISTED_DOCUMENTS_PATH: good })).documents.get('a'.repeat(64))).toBe('{ city { name } }');
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ CityName: '{ city { name } }' }));
    expect(() => trustedDocumentsPolicy(configWith({ PERSISTED_DOCUMENTS_PATH: bad }))).toThrow(ConfigError);
  });
});
