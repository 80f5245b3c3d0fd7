import { creditCodeProblem } from './credit-code';
import { EnterpriseKind, EnterpriseSector, EnterpriseSource } from './enterprise.enums';

/** An enterprise's editable fields, as the service stores them. */
export interface EnterpriseFields {
  name: string;
  creditCode: string | null;
  sector: EnterpriseSector;
  source: EnterpriseSource;
  aboveScale: boolean;
  kind: EnterpriseKind;
  contactName: string | null;
  contactPhone: string | null;
}

export interface FieldProblem {
  field: keyof EnterpriseFields;
  message: string;
}

export const MAX_NAME_LENGTH = 200;
const PHONE = /^\+?[0-9][0-9 -]{4,19}$/;

/** Trims text and turns an empty string into null; upper-cases a credit code. */
export function normaliseText(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

export function normaliseCreditCode(value: string | null | undefined): string | null {
  return normaliseText(value)?.toUpperCase() ?? null;
}

/**
 * Every problem with a complete set of fields (already normalised), for the mutations and the
 * import alike. A credit code is required of an enterprise (a legal person) and optional for a
 * project; when given it must carry a correct check character (GB 32100-2015).
 */
export function enterpriseProblems(fields: EnterpriseFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!fields.name) problems.push({ field: 'name', message: 'The name is required' });
  else if (fields.name.length > MAX_NAME_LENGTH) problems.push({ field: 'name', message: `The name is longer than ${MAX_NAME_LENGTH} characters` });
  if (fields.creditCode) {
    const problem = creditCodeProblem(fields.creditCode);
    if (problem) problems.push({ field: 'creditCode', message: problem });
  } else if (fields.kind === EnterpriseKind.ENTERPRISE) {
    problems.push({ field: 'creditCode', message: 'An enterprise needs its unified social credit code (only a project may have none)' });
  }
  if (!Object.values(EnterpriseSector).includes(fields.sector)) problems.push({ field: 'sector', message: 'Unknown sector' });
  if (!Object.values(EnterpriseSource).includes(fields.source)) problems.push({ field: 'source', message: 'Unknown source' });
  if (!Object.values(EnterpriseKind).includes(fields.kind)) problems.push({ field: 'kind', message: 'Unknown kind' });
  if (fields.contactName && fields.contactName.length > 100) problems.push({ field: 'contactName', message: 'The contact name is longer than 100 characters' });
  if (fields.contactPhone && !PHONE.test(fields.contactPhone)) problems.push({ field: 'contactPhone', message: 'The contact phone is not a phone number' });
  return problems;
}

/** The message for a credit code already on the city's list; it names neither tenant nor enterprise. */
export const DUPLICATE_CREDIT_CODE = 'An enterprise with this unified social credit code is already registered in the city';
