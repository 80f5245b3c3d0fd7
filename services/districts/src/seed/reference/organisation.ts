import { creditCodeCheckChar } from '../../enterprise/credit-code';
import type { EnterpriseKind, EnterpriseSector, EnterpriseSource } from '../../enterprise/enterprise.enums';
import * as words from './names';
import { Random } from '@qinshang/prng';

/** A tenant as the reference data describes it. */
export interface ReferenceTenant {
  code: string;
  name: string;
  cityAssigned?: number;
  districtSelected?: number;
  officials?: number;
}

export interface GeneratedEnterprise {
  id: string;
  districtId: string;
  name: string;
  creditCode: string | null;
  sector: EnterpriseSector;
  source: EnterpriseSource;
  aboveScale: boolean;
  kind: EnterpriseKind;
  contactName: string;
  contactPhone: string;
}

export interface GeneratedOfficial {
  id: string;
  districtId: string;
  name: string;
  title: string;
  departmentName: string;
}

export interface GeneratedPairing {
  id: string;
  districtId: string;
  officialId: string;
  enterpriseId: string;
  startedOn: string;
  reason: string;
}

export interface GeneratedOrganisation {
  enterprises: GeneratedEnterprise[];
  officials: GeneratedOfficial[];
  pairings: GeneratedPairing[];
}

const SECTOR_WEIGHTS: Array<[EnterpriseSector, number]> = [
  ['INDUSTRY' as EnterpriseSector, 30],
  ['COMMERCE' as EnterpriseSector, 20],
  ['CONSTRUCTION' as EnterpriseSector, 15],
  ['TECHNOLOGY' as EnterpriseSector, 20],
  ['CULTURE' as EnterpriseSector, 8],
  ['TOURISM' as EnterpriseSector, 7],
];

/**
 * A tenant's enterprises, officials and pairings, generated from a PRNG seeded with the tenant
 * code: the same tenant always gives the same rows. Enterprise n is `${code}-E000n` (the
 * city-assigned ones first), official n `${code}-O000n`, and each enterprise is paired with one
 * official (一对一) from the campaign's start. `usedCreditCodes` is shared across tenants so that
 * codes stay unique city-wide.
 */
export function generateOrganisation(
  tenant: ReferenceTenant,
  options: { cityCode: string; startedOn: string; usedCreditCodes: Set<string> },
): GeneratedOrganisation {
  const random = new Random(`qinshang:${tenant.code}`);
  const cityAssigned = tenant.cityAssigned ?? 0;
  const total = cityAssigned + (tenant.districtSelected ?? 0);
  const division = /^\d{6}$/.test(tenant.code) ? tenant.code : options.cityCode;
  const shortName = tenant.name.replace(/(新区|基地|区|县)$/, '');

  const enterpriseNames = new Set<string>();
  const enterprises: GeneratedEnterprise[] = [];
  for (let n = 1; n <= total; n++) {
    const sector = random.weighted(SECTOR_WEIGHTS);
    const kind = (random.chance(0.15) ? 'PROJECT' : 'ENTERPRISE') as EnterpriseKind;
    const name = unique(enterpriseNames, () => (kind === 'PROJECT' ? projectName(random, shortName, sector) : companyName(random, sector)));
    enterprises.push({
      id: `${tenant.code}-E${pad(n)}`,
      districtId: tenant.code,
      name,
      // A project is not a legal person: it has no credit code of its own.
      creditCode: kind === 'PROJECT' ? null : creditCode(random, division, options.usedCreditCodes),
      sector,
      source: (n <= cityAssigned ? 'CITY_ASSIGNED' : 'DISTRICT_SELECTED') as EnterpriseSource,
      aboveScale: kind === 'ENTERPRISE' && random.chance(0.45),
      kind,
      contactName: personName(random),
      contactPhone: `1${random.pick(['3', '5', '8'])}${random.digits(9)}`,
    });
  }

  const officialNames = new Set<string>();
  const officials: GeneratedOfficial[] = [];
  for (let n = 1; n <= (tenant.officials ?? 0); n++) {
    officials.push({
      id: `${tenant.code}-O${pad(n)}`,
      districtId: tenant.code,
      name: unique(officialNames, () => personName(random)),
      title: random.pick(words.TITLES),
      departmentName: `${tenant.name}${random.pick(words.DEPARTMENTS)}`,
    });
  }

  const partners = random.shuffle(officials);
  const pairings = enterprises.slice(0, partners.length).map((enterprise, index) => ({
    id: `${tenant.code}-P${pad(index + 1)}`,
    districtId: tenant.code,
    officialId: partners[index].id,
    enterpriseId: enterprise.id,
    startedOn: options.startedOn,
    reason: '活动动员, 一对一结对',
  }));

  return { enterprises, officials, pairings };
}

function pad(n: number): string {
  return String(n).padStart(4, '0');
}


/** Draws until the name is new; after a few tries, numbers it (still deterministic). */
function unique(seen: Set<string>, draw: () => string): string {
  let name = draw();
  for (let attempt = 0; seen.has(name) && attempt < 20; attempt++) name = draw();
  for (let n = 2; seen.has(name); n++) name = `${name}${n}`;
  seen.add(name);
  return name;
}

function personName(random: Random): string {
  const given = random.chance(0.7) ? random.pick(words.GIVEN) + random.pick(words.GIVEN) : random.pick(words.GIVEN);
  return random.pick(words.SURNAMES) + given;
}

function tradeName(random: Random): string {
  const first = random.pick(words.TRADE_SYLLABLES);
  let second = random.pick(words.TRADE_SYLLABLES);
  while (second === first) second = random.pick(words.TRADE_SYLLABLES);
  return first + second;
}

function companyName(random: Random, sector: EnterpriseSector): string {
  return `${random.pick(['西安', '西安', '西安', '陕西'])}${tradeName(random)}${random.pick(words.SECTOR_WORDS[sector])}${random.pick(words.COMPANY_SUFFIXES)}`;
}

function projectName(random: Random, place: string, sector: EnterpriseSector): string {
  return `${place}${tradeName(random)}${random.pick(words.PROJECT_WORDS[sector])}${random.pick(words.PROJECT_SUFFIXES)}`;
}

const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/**
 * A valid unified social credit code: 9 (market regulator) 1 (enterprise), the division, an
 * organisation code with its own GB 11714 check digit, and the GB 32100 check character.
 */
function creditCode(random: Random, division: string, used: Set<string>): string {
  for (;;) {
    const body = `${1 + random.int(9)}${random.digits(7)}`;
    const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * ORG_CODE_WEIGHTS[i], 0);
    const orgCheck = 11 - (sum % 11);
    const first17 = `91${division}${body}${orgCheck === 10 ? 'X' : orgCheck === 11 ? '0' : String(orgCheck)}`;
    const code = first17 + creditCodeCheckChar(first17);
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
}
