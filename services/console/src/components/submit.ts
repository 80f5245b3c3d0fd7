import type { FormInstance } from 'antd';
import type { GraphQLFormattedError } from 'graphql';
import { describeError, fieldErrors } from '../apollo/errors';
import type { Translate } from '../locales';

type Outcome<T> = { data?: T | null; errors?: readonly GraphQLFormattedError[] };

/** Runs a mutation with errorPolicy 'all'; a network failure comes back as an error with code NETWORK. */
export async function attempt<T>(run: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
  return run().catch((error: { graphQLErrors?: GraphQLFormattedError[] }) => ({
    errors: error.graphQLErrors?.length ? error.graphQLErrors : [{ message: '', extensions: { code: 'NETWORK' } }],
    data: undefined,
  }));
}

/**
 * Puts a failed mutation's BAD_USER_INPUT errors under the form's fields (by `extensions.field`,
 * mapped with `fieldOf` where the input's path differs from the form's names) and returns the
 * message for everything else (null when every error found its field).
 */
export function showErrors(form: FormInstance, errors: readonly GraphQLFormattedError[], t: Translate, fieldOf: (path: string) => (string | number)[] | null = (path) => [path.split('.').pop()!]): string | null {
  const placed: Array<{ name: (string | number)[]; errors: string[] }> = [];
  const rest: GraphQLFormattedError[] = [];
  for (const error of errors) {
    const path = error.extensions?.field;
    const name = typeof path === 'string' && error.extensions?.code === 'BAD_USER_INPUT' ? fieldOf(path.replace(/^input\./, '')) : null;
    const message = Object.values(fieldErrors([error], t))[0];
    if (name && message !== undefined) placed.push({ name, errors: [message || t('error.BAD_USER_INPUT', { message: '' })] });
    else rest.push(error);
  }
  form.setFields(placed as never);
  return rest.length ? describeError(rest, t) : null;
}
