import DataLoader from 'dataloader';
import type { CampaignRules } from './campaign-rules.type';
import type { CampaignRulesQueries } from './campaign-rules.queries';

export function createCampaignRulesLoaders(service: CampaignRulesQueries) {
  return {
    /** Keyed by campaign id: all its rule versions (a handful), so any period is answered in memory. */
    ruleVersions: new DataLoader<string, CampaignRules[]>(async (ids) => {
      const found = await service.versionsByCampaign(ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
  };
}
