import { registerEnumType } from 'type-graphql';

export enum PolicyLevel {
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
}

/** The reference sectors; the same values as the districts subgraph's `EnterpriseSector`. */
export enum EnterpriseSector {
  INDUSTRY = 'INDUSTRY',
  COMMERCE = 'COMMERCE',
  CONSTRUCTION = 'CONSTRUCTION',
  TECHNOLOGY = 'TECHNOLOGY',
  CULTURE = 'CULTURE',
  TOURISM = 'TOURISM',
}

export const SECTORS = Object.values(EnterpriseSector);

registerEnumType(PolicyLevel, {
  name: 'PolicyLevel',
  description: 'Which level of government issued a policy',
  valuesConfig: {
    NATIONAL: { description: '国家 national' },
    PROVINCIAL: { description: '省 provincial' },
    CITY: { description: '市 city' },
    DISTRICT: { description: '区县 district or county' },
  },
});

registerEnumType(EnterpriseSector, {
  name: 'EnterpriseSector',
  description: 'The sector an enterprise or project works in',
  valuesConfig: {
    INDUSTRY: { description: '工业 industry' },
    COMMERCE: { description: '商贸 commerce' },
    CONSTRUCTION: { description: '建筑 construction' },
    TECHNOLOGY: { description: '科技 technology' },
    CULTURE: { description: '文化 culture' },
    TOURISM: { description: '旅游 tourism' },
  },
});
