import { z } from '@qinshang/config';

/** URL parameters as the matching GraphQL query's filter fields. */
export const exportParams = {
  /** A tenant's id: six digits (610111). */
  districtId: z.string().regex(/^\d{6}$/, 'a tenant id is six digits (e.g. 610111)'),
  /** A month, `YYYY-MM`, a real one. */
  period: z.string().regex(/^(\d{4})-(0[1-9]|1[0-2])$/, 'a month is YYYY-MM (e.g. 2016-08)').refine((value) => value >= '1970-01', 'not a month of the campaign'),
  /** A year, `YYYY`. */
  year: z.coerce.number().int().min(1970).max(2100),
  /** `true` or `false`. */
  flag: z.enum(['true', 'false']).transform((value) => value === 'true'),
  /** One value of an enum, as the GraphQL enum spells it. */
  oneOf: <T extends string>(values: Record<string, T>) => z.enum(Object.values(values) as [T, ...T[]]),
  /** Several values of an enum: repeated (`status=A&status=B`) or comma-separated (`status=A,B`). */
  listOf: <T extends string>(values: Record<string, T>) =>
    z
      .union([z.string(), z.array(z.string())])
      .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((part) => part.split(',')).map((part) => part.trim()).filter(Boolean))
      .pipe(z.array(z.enum(Object.values(values) as [T, ...T[]])).min(1)),
  /** An id (at most 100 characters of A-Za-z0-9._:-). */
  id: z.string().regex(/^[A-Za-z0-9._:-]{1,100}$/, 'not an id'),
};
