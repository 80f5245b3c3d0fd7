import type { CampaignRulesPublished } from '@qinshang/eventlog';
import type { Fold } from '../batch';

/** The campaign's rules versions (scores and clocks depend on the version in force). */
export const rulesFold: Fold = {
  types: ['campaign.rules_published'],
  apply(event, batch) {
    const rules = event.payload as CampaignRulesPublished;
    batch.rules.push({ position: event.position, campaign_id: rules.campaignId, version: rules.version, effective_from: rules.effectiveFrom, rules });
    batch.rulesVersions?.push({ position: event.position, rules });
  },
};
