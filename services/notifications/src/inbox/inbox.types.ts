import { PageInfo } from '@qinshang/subgraph';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NotificationKind } from '../routing/kinds';

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification tells its recipient',
  valuesConfig: {
    ASSIGNED: { description: '分派: a problem was given to your department' },
    RETURNED: { description: '退单: the department sent a problem back; assign it again' },
    REMINDER: { description: '催办: the stage you hold is overdue' },
    ESCALATED: { description: '上报: a problem came up to your leading group' },
    DECIDED: { description: 'A leading group decided a problem you had sent up' },
    AWAITING_CONFIRMATION: { description: 'Solved: confirm it (销号) and rate it' },
    CONFIRMATION_REMINDER: { description: 'A solved problem still waits for your confirmation' },
    VISIT_REMINDER: { description: '走访提醒: this month you are short of the minimum visits to a paired enterprise' },
    REPORT_REMINDER: { description: '月报提醒: a monthly report you have not submitted is due soon' },
  },
});

/** The ledger entry, owned by the issues subgraph (the gateway fills in its fields). */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: 'A problem in the ledger (owned by the issues subgraph)' })
export class Issue {
  @Field(() => ID)
  id: string;
}

@ObjectType({ description: "One notification in an account's inbox" })
export class Notification {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Its place in your inbox: pass it as `after` to notificationReceived to resume after it' })
  cursor: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field({ description: "The event log's type of the event behind it (e.g. issue.assigned, visit.minimum_reminded)" })
  eventType: string;

  @Field({ description: 'Short, in Chinese' })
  title: string;

  @Field({ description: 'The message, in Chinese' })
  body: string;

  @Field(() => String, { nullable: true, description: "The problem's ledger number (台账编号)" })
  ledgerNo: string | null;

  @Field(() => Issue, { nullable: true, description: 'The problem it is about, as you may see it' })
  issue: Issue | null;

  @Field(() => String, { nullable: true, description: 'Where it is in the console' })
  link: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  @Field()
  read: boolean;
}

@ObjectType()
export class NotificationEdge {
  @Field()
  cursor: string;

  @Field(() => Notification)
  node: Notification;
}

@ObjectType({ description: 'A page of your inbox, newest first' })
export class NotificationConnection {
  @Field(() => [NotificationEdge])
  edges: NotificationEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Notifications matching the filter' })
  totalCount: number;

  @Field(() => Int, { description: 'Unread notifications in the whole inbox (the badge)' })
  unreadCount: number;
}

@ObjectType({ description: 'One notification as it arrives, with the cursor to resume after it' })
export class NotificationEvent {
  @Field()
  cursor: string;

  @Field(() => Notification)
  notification: Notification;
}

@ObjectType()
export class MarkNotificationsReadPayload {
  @Field(() => Int, { description: 'How many were unread and are now read' })
  marked: number;

  @Field(() => Int)
  unreadCount: number;
}
