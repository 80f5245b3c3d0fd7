import type { City, District } from './ranking.type';

export const rankingReferences = {
  District: { __resolveReference: (reference: Pick<District, 'id'>) => reference },
  City: { __resolveReference: (reference: Pick<City, 'id'>) => reference },
};
