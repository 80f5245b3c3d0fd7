import 'reflect-metadata';
import { runSeed } from '@qinshang/database';
import { seedIssueHistory } from './seed/history/history.seed';

interface ReferenceData {
  city: { code: string };
  campaign: { mobilizedOn: string };
}

/**
 * The issues seed: with SEED_HISTORY=true, the ledger's generated first year of the campaign,
 * once (a second run, or a database that has it, changes nothing). Runs after the city and
 * districts seeds, whose events it needs. Without SEED_HISTORY it does nothing.
 */
runSeed<ReferenceData>('issues', async (client, data, { seedHistory }) => {
  if (!seedHistory) return;
  const started = Date.now();
  const result = await seedIssueHistory(client, { cityCode: data.city.code, firstDay: data.campaign.mobilizedOn });
  if (!result.skipped) {
    process.stdout.write(`issues history: ${result.problems} problems, ${result.steps} steps (${result.referencesApplied} reference events applied) in ${Date.now() - started} ms\n`);
  }
});
