import { registerEnumType } from 'type-graphql';

export enum EnterpriseSector {
  INDUSTRY = 'INDUSTRY',
  COMMERCE = 'COMMERCE',
  CONSTRUCTION = 'CONSTRUCTION',
  TECHNOLOGY = 'TECHNOLOGY',
  CULTURE = 'CULTURE',
  TOURISM = 'TOURISM',
}

export enum EnterpriseSource {
  CITY_ASSIGNED = 'CITY_ASSIGNED',
  DISTRICT_SELECTED = 'DISTRICT_SELECTED',
}

export enum EnterpriseKind {
  ENTERPRISE = 'ENTERPRISE',
  PROJECT = 'PROJECT',
}

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

registerEnumType(EnterpriseSource, {
  name: 'EnterpriseSource',
  description: "Why an enterprise is on a tenant's list",
  valuesConfig: {
    CITY_ASSIGNED: { description: '市上确定: assigned by the city' },
    DISTRICT_SELECTED: { description: '区县选取: selected by the tenant itself' },
  },
});

registerEnumType(EnterpriseKind, {
  name: 'EnterpriseKind',
  description: 'What the campaign serves',
  valuesConfig: {
    ENTERPRISE: { description: '企业: an enterprise' },
    PROJECT: { description: '项目: a project under construction' },
  },
});
