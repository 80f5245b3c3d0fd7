import type { ExportDefinition } from '@qinshang/subgraph';
import { ledgerExport } from './ledger.export';

/** What the issues subgraph serves at /exports/<name>.xlsx|csv (the gateway routes these names here). */
export const ISSUES_EXPORTS: ExportDefinition[] = [ledgerExport];
