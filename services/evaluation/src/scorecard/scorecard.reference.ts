import type { Official } from './scorecard.type';

export const scorecardReferences = {
  // Only the key: the scorecard itself checks who may see it.
  Official: { __resolveReference: (reference: Pick<Official, 'id'>) => reference },
};
