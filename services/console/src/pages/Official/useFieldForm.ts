import { useRef, useState } from 'react';
import { useMutation, type TypedDocumentNode } from '@apollo/client';
import { App, Form } from 'antd';
import { useNavigate } from 'react-router-dom';
import { newIdempotencyKey, submitForm } from '../../components/serverErrors';
import { useT } from '../../locales';

export interface FieldFormOptions<Values, Data, Input> {
  /** The form's fields that the platform's refusals may name (`extensions.field`). */
  fields: readonly string[];
  /** The mutation's input from what was typed; the key is for the mutations that take `idempotencyKey`. */
  input: (values: Values, idempotencyKey: string) => Input;
  /** The message shown once it is saved. */
  saved: (data: Data) => string;
  /** Where the form leaves to when cancelled, and when saved unless `next` says otherwise. */
  home?: string;
  next?: (data: Data) => string;
}

/**
 * A field form's set-up and submission: sends the mutation with errorPolicy 'all', puts what the
 * platform refused under its fields or above the form (submitForm), keeps everything typed on a
 * failure, and on success says so and leaves.
 */
export function useFieldForm<Values, Data, Input>(mutation: TypedDocumentNode<Data, { input: Input }>, { fields, input, saved, home = '/official', next }: FieldFormOptions<Values, Data, Input>) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  // One key per submission: a retry after a lost answer records it once.
  const key = useRef(newIdempotencyKey());
  const [mutate, { loading }] = useMutation(mutation);

  const submit = async (values: Values) => {
    setFailure(null);
    const result = await submitForm(mutate({ variables: { input: input(values, key.current) }, errorPolicy: 'all' }), form, fields, t);
    if (result.code && result.code !== 'NETWORK') key.current = newIdempotencyKey();
    if (result.code) return setFailure(result.failure);
    const data = result.data!;
    message.success(saved(data));
    navigate(next?.(data) ?? home);
  };

  return { form, failure, loading, submit, cancel: () => navigate(home) };
}
