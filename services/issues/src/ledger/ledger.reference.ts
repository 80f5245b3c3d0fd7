import type { District } from './district.type';

export const ledgerReferences = {
  District: { __resolveReference: (reference: Pick<District, 'id'>) => reference },
};
