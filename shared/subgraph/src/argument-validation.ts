import { BadUserInputError } from '@qinshang/errors';
import { validate, type ValidationError, type ValidatorOptions } from 'class-validator';
import type { ResolverData } from 'type-graphql';

const OPTIONS: ValidatorOptions = { forbidUnknownValues: false, skipMissingProperties: true, validationError: { target: false, value: false } };

/**
 * type-graphql's argument validation (class-validator, as before) with the refusal every other bad
 * input gets: `BAD_USER_INPUT` naming the offending field (`input.title`, `input.milestones.0.title`)
 * and saying what is wrong, instead of a bare "Argument Validation Error" with no field.
 */
export async function validateArgument(argValue: unknown, _argType: unknown, resolverData: ResolverData<object>): Promise<void> {
  if (argValue === null || typeof argValue !== 'object') return;
  const name = argumentName(argValue, resolverData.args as Record<string, unknown>);
  const items = Array.isArray(argValue) ? argValue.map((item, index) => [`${name}.${index}`, item] as const) : [[name, argValue] as const];
  for (const [path, item] of items) {
    if (item === null || typeof item !== 'object') continue;
    const errors = await validate(item as object, OPTIONS);
    const first = firstFailure(errors, path);
    if (first) throw new BadUserInputError(first.field, first.message);
  }
}

/**
 * The name of the argument a value came from. type-graphql hands the validator an instance built
 * from the raw argument, not the argument itself, so it is found by its keys (the one object
 * argument, in every field of ours that has any).
 */
export function argumentName(value: object, args: Record<string, unknown>): string {
  const objects = Object.entries(args).filter(([, raw]) => raw !== null && typeof raw === 'object');
  if (objects.length === 1) return objects[0][0];
  // Keys with a value: an instance may declare every field of its class, set or not.
  const keys = (of: unknown) => {
    const item = ((Array.isArray(of) ? of[0] : of) ?? {}) as Record<string, unknown>;
    return Object.keys(item).filter((key) => item[key] !== undefined).sort().join(',');
  };
  return objects.find(([, raw]) => Array.isArray(raw) === Array.isArray(value) && keys(raw) === keys(value))?.[0] ?? 'input';
}

/** The first failing property, depth first, as a dotted path under `prefix`, with its first constraint's message. */
export function firstFailure(errors: ValidationError[], prefix: string): { field: string; message: string } | null {
  for (const error of errors) {
    const field = `${prefix}.${error.property}`;
    const message = Object.values(error.constraints ?? {})[0];
    if (message) return { field, message };
    const nested = firstFailure(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}
