import type { ApolloError } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import type { MessageKey, Translate } from '../locales';
import { localMessage } from './server-messages';

const CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'RATE_LIMITED', 'INTERNAL_SERVER_ERROR'] as const;
export type ErrorCode = (typeof CODES)[number] | 'NETWORK';

export function codeOf(error: GraphQLFormattedError | { extensions?: Record<string, unknown> }): ErrorCode {
  const code = error.extensions?.code;
  return (CODES as readonly string[]).includes(code as string) ? (code as ErrorCode) : 'INTERNAL_SERVER_ERROR';
}

/** The first error's contract code; a failure without a GraphQL error is the network's. */
export function primaryCode(error: ApolloError | readonly GraphQLFormattedError[] | undefined): ErrorCode | null {
  if (!error) return null;
  const list = Array.isArray(error) ? error : (error as ApolloError).graphQLErrors;
  if (list?.length) return codeOf(list[0]);
  return Array.isArray(error) ? null : 'NETWORK';
}

/**
 * What a person reads for an error: by its code, never raw JSON or a stack. A BAD_USER_INPUT's
 * own message is a sentence written for people (the services write it), so it is shown.
 */
export function describeError(error: ApolloError | readonly GraphQLFormattedError[], t: Translate): string {
  const list = Array.isArray(error) ? error : (error as ApolloError).graphQLErrors;
  const code = primaryCode(error) ?? 'INTERNAL_SERVER_ERROR';
  if (code === 'BAD_USER_INPUT') return t('error.BAD_USER_INPUT', { message: localMessage(plain(list?.[0]?.message), t) });
  return t(`error.${code}` as MessageKey);
}

/** BAD_USER_INPUT errors by their `extensions.field` (the input's field name), for a form; with `t`, in the person's language. */
export function fieldErrors(error: ApolloError | readonly GraphQLFormattedError[] | undefined, t?: Translate): Record<string, string> {
  if (!error) return {};
  const list = Array.isArray(error) ? error : (error as ApolloError).graphQLErrors;
  const out: Record<string, string> = {};
  for (const e of list ?? []) {
    const field = e.extensions?.field;
    if (codeOf(e) === 'BAD_USER_INPUT' && typeof field === 'string') out[field.split('.').pop()!] = t ? localMessage(plain(e.message), t) : plain(e.message);
  }
  return out;
}

/** A message without anything that looks like code or data. */
function plain(message: string | undefined): string {
  if (!message) return '';
  const text = message.replace(/\s+at\s.+$/s, '').trim();
  return /[{}[\]]/.test(text) ? '' : text;
}
