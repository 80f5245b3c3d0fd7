import { PageInfo } from '@qinshang/subgraph';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum AccountRole {
  CITY_ADMIN = 'CITY_ADMIN',
  DISTRICT_ADMIN = 'DISTRICT_ADMIN',
  OFFICIAL = 'OFFICIAL',
  DEPARTMENT = 'DEPARTMENT',
  ENTERPRISE = 'ENTERPRISE',
  INSPECTOR = 'INSPECTOR',
}
registerEnumType(AccountRole, { name: 'AccountRole', description: "An account's role: the contract's token roles" });

export enum AccountStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}
registerEnumType(AccountStatus, { name: 'AccountStatus', description: 'DISABLED accounts cannot sign in or refresh' });

@ObjectType({ description: 'A sign-in account of the embedded identity provider' })
export class Account {
  @Field(() => ID, { description: "The token's `sub`" })
  id: string;

  @Field()
  username: string;

  @Field()
  displayName: string;

  @Field(() => AccountRole)
  role: AccountRole;

  @Field(() => ID, { nullable: true, description: 'The tenant; null for the city office, inspectors and city bureaus' })
  districtId: string | null;

  @Field(() => ID, { nullable: true, description: 'The official it acts for (OFFICIAL)' })
  officialId: string | null;

  @Field(() => ID, { nullable: true, description: 'The department it acts for (DEPARTMENT)' })
  departmentId: string | null;

  @Field(() => ID, { nullable: true, description: 'The enterprise whose contact it is (ENTERPRISE)' })
  enterpriseId: string | null;

  @Field({
    description:
      "A DEPARTMENT account that is one person of the department: told of the problems assigned with them as the responsible person (责任人), by display name; false for the department's own account, which is told of every one",
  })
  staff: boolean;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => AccountStatus)
  status: AccountStatus;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'Locked out after failed sign-ins until then (null when not locked)' })
  lockedUntil: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  lastSignInAt: Date | null;

  @Field(() => Boolean, { description: 'False until the person has set a password' })
  hasPassword: boolean;

  @Field(() => GraphQLDateTimeISO)
  createdAt: Date;
}

@ObjectType()
export class AccountEdge {
  @Field()
  cursor: string;

  @Field(() => Account)
  node: Account;
}

@ObjectType({ description: 'A page of accounts in username order (Relay connection)' })
export class AccountConnection {
  @Field(() => Int, { description: 'How many accounts match (that the caller may see)' })
  totalCount: number;

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => [AccountEdge])
  edges: AccountEdge[];
}

@InputType({ description: 'Which accounts to list' })
export class AccountFilter {
  @Field(() => ID, { nullable: true })
  districtId?: string | null;

  @Field(() => AccountRole, { nullable: true })
  role?: AccountRole | null;

  @Field(() => AccountStatus, { nullable: true })
  status?: AccountStatus | null;

  @Field(() => String, { nullable: true, description: 'Part of the username or display name' })
  search?: string | null;
}

@InputType({ description: 'A new account; the person sets their password with the one-time code returned' })
export class CreateAccountInput {
  @Field({ description: 'Letters, digits, ".", "_" or "-", 3 to 64 characters' })
  username: string;

  @Field()
  displayName: string;

  @Field(() => AccountRole)
  role: AccountRole;

  @Field(() => ID, { nullable: true, description: "The tenant (a district office: its own, which is the default)" })
  districtId?: string | null;

  @Field(() => ID, { nullable: true })
  officialId?: string | null;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => ID, { nullable: true })
  enterpriseId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "DEPARTMENT only: a person of the department (its display name as assignments name the responsible person), rather than the department's own account",
  })
  staff?: boolean | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A key the client makes once per submission (a UUID): a retry with the same key returns the first account (with a new one-time code) instead of creating again',
  })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'An account and the one-time code its person sets a password with (shown once)' })
export class AccountWithCode {
  @Field(() => Account)
  account: Account;

  @Field({ description: 'Give it to the person; it works once, until oneTimeCodeExpiresAt' })
  oneTimeCode: string;

  @Field(() => GraphQLDateTimeISO)
  oneTimeCodeExpiresAt: Date;
}

@ObjectType({ description: "Accounts made for a tenant's officials that had none" })
export class BulkAccountsPayload {
  @Field(() => [AccountWithCode])
  created: AccountWithCode[];

  @Field(() => Int, { description: 'Officials that already had an account' })
  existing: number;
}
