import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, print, type OperationDefinitionNode } from 'graphql';

/**
 * The client contract's operations (`../shared/contract/`), kept here verbatim so the acceptance
 * tests run on a clean clone; `contract.test.ts` fails if they drift from the shared originals.
 */
export const OPERATIONS_DIR = path.join(__dirname, 'operations');
export const SHARED_CONTRACT_DIR = path.resolve(__dirname, '..', '..', '..', 'shared', 'contract');

/** One named operation of a contract file, with the fragments it needs (none today). */
export function operation(file: string, name: string): string {
  const document = parse(readFileSync(path.join(OPERATIONS_DIR, file), 'utf8'));
  const found = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && d.name?.value === name);
  if (!found) throw new Error(`${file} has no operation ${name}`);
  return print(found);
}

export function sharedContractAvailable(): boolean {
  return existsSync(SHARED_CONTRACT_DIR);
}
