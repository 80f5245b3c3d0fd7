import DataLoader from 'dataloader';
import type { Pairing } from './pairing.entity';
import type { PairingQueries } from './pairing.queries';

export function createPairingLoaders(service: PairingQueries) {
  return {
    /** Keyed by enterprise id: its pairings, active and ended, newest first. */
    pairingsOfEnterprise: new DataLoader<string, Pairing[]>(async (ids) => {
      const found = await service.historyOf('enterprise_id', ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    /** Keyed by official id: its pairings, active and ended, newest first. */
    pairingsOfOfficial: new DataLoader<string, Pairing[]>(async (ids) => {
      const found = await service.historyOf('official_id', ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
  };
}
