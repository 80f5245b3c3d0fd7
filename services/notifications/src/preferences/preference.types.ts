import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { NotificationKind } from '../routing/kinds';

export enum NotificationChannel {
  INBOX = 'INBOX',
  EMAIL = 'EMAIL',
}
registerEnumType(NotificationChannel, { name: 'NotificationChannel', description: 'INBOX (always on) or EMAIL (to the address on your account)' });

@ObjectType({ description: 'Whether one kind of notification reaches you by one channel' })
export class NotificationPreference {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => NotificationChannel)
  channel: NotificationChannel;

  @Field()
  enabled: boolean;

  @Field({ description: 'False for the inbox, which always receives' })
  changeable: boolean;
}

@InputType()
export class NotificationPreferenceInput {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => NotificationChannel)
  channel: NotificationChannel;

  @Field()
  enabled: boolean;
}
