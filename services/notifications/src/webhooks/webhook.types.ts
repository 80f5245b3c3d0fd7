import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength } from 'class-validator';
import { WebhookFormat } from '../delivery/formats';

registerEnumType(WebhookFormat, {
  name: 'WebhookFormat',
  description: 'How a delivery is written',
  valuesConfig: {
    JSON: { description: 'Our JSON event (type, ledger number, tenant, cursor), signed' },
    DINGTALK: { description: '钉钉 group robot markdown message' },
    WECOM: { description: '企业微信 group robot markdown message' },
  },
});

export enum DeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(DeliveryStatus, { name: 'DeliveryStatus', description: 'PENDING (to be tried, or retried), DELIVERED, or FAILED (retried for the whole window; redeliverable)' });

@InputType()
export class RegisterWebhookInput {
  @Field({ description: 'http(s) URL; private, loopback and link-local addresses are refused unless config permits them' })
  @MaxLength(2000)
  url: string;

  @Field(() => [String], { description: "Event log types to receive, e.g. ['issue.escalated']" })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  events: string[];

  @Field(() => WebhookFormat, { nullable: true, defaultValue: WebhookFormat.JSON })
  @IsOptional()
  format?: WebhookFormat;
}

@ObjectType({ description: 'One (event, webhook) delivery; its id is the X-Qinshang-Delivery key every attempt carries' })
export class WebhookDelivery {
  @Field(() => ID)
  id: string;

  @Field()
  eventType: string;

  @Field({ description: "The event's cursor in the log (the escalation feed's cursor)" })
  cursor: string;

  @Field(() => String, { nullable: true })
  ledgerNo: string | null;

  @Field(() => DeliveryStatus)
  status: DeliveryStatus;

  @Field(() => Int)
  attempts: number;

  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last attempt, if it got one' })
  lastStatus: number | null;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field(() => Date, { nullable: true })
  nextAttemptAt: Date | null;

  @Field(() => Date, { nullable: true })
  deliveredAt: Date | null;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: "An office's webhook" })
export class Webhook {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Where it posts; a query string (a robot access token) is kept sealed and shown as ?…' })
  url: string;

  @Field(() => [String])
  events: string[];

  @Field(() => WebhookFormat)
  format: WebhookFormat;

  @Field(() => ID, { nullable: true, description: 'The tenant whose events it receives; null for the city office (every tenant)' })
  districtId: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'A new webhook; the secret is shown this once' })
export class RegisteredWebhook {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Verify X-Qinshang-Signature (sha256=<hex HMAC-SHA256 of the body>) with it. Shown once.' })
  secret: string;

  @Field(() => Webhook)
  webhook: Webhook;
}
