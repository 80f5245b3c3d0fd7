import type { ExportDefinition } from '@qinshang/subgraph';
import { enterprisesExport } from './enterprises.export';
import { excusesExport, reportsExport, visitsExport } from './work.export';

/** What the districts subgraph serves at /exports/<name>.xlsx|csv (the gateway routes these names here). */
export const DISTRICTS_EXPORTS: ExportDefinition[] = [enterprisesExport, visitsExport, excusesExport, reportsExport];
