import type { FetchResult } from '@apollo/client';
import type { FormInstance } from 'antd';
import { describeError, fieldErrors, primaryCode, type ErrorCode } from '../apollo/errors';
import type { Translate } from '../locales';
import { attempt } from './submit';

export interface Submitted<T> {
  data?: T | null;
  /** A sentence for the whole form when no field took the error; null when every error sits on a field. */
  failure: string | null;
  code: ErrorCode | null;
}

/**
 * Sends a form's mutation and puts what the platform refused under the fields it names
 * (`extensions.field`, its last segment). The form keeps everything typed: nothing is reset on a
 * failure. A network failure (no GraphQL error) reads as NETWORK.
 */
export async function submitForm<T>(call: Promise<FetchResult<T>>, form: FormInstance, fields: readonly string[], t: Translate): Promise<Submitted<T>> {
  const result = await attempt(() => call);
  const errors = result.errors ?? [];
  if (!errors.length) return { data: result.data, failure: null, code: null };
  const known = Object.entries(fieldErrors(errors, t)).filter(([name]) => fields.includes(name));
  form.setFields(known.map(([name, text]) => ({ name, errors: [text] })));
  const code = errors[0]?.extensions?.code === 'NETWORK' ? 'NETWORK' : primaryCode(errors);
  return { failure: known.length ? null : code === 'NETWORK' ? t('error.NETWORK') : describeError(errors, t), code };
}

/** A key made once per submission, for the mutations that take `idempotencyKey`. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
