import type { District } from './ranking.type';

export const rankingReferences = {
  District: { __resolveReference: (reference: Pick<District, 'id'>) => reference },
};
