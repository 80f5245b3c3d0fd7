import type { ExportDefinition } from '@qinshang/subgraph';
import { rankingsExport, scorecardsExport } from './assessment.export';
import { bulletinExport } from './bulletin.export';
import { deductionsExport, inspectionsExport } from './inspections.export';

/** What the evaluation subgraph serves at /exports/<name>.xlsx|csv (the gateway routes these names here). */
export const EVALUATION_EXPORTS: ExportDefinition[] = [scorecardsExport, rankingsExport, inspectionsExport, deductionsExport, bulletinExport];
