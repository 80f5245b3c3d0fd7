import { Field, ID, InputType } from 'type-graphql';
import { DepartmentKind } from '../department.type';

@InputType({ description: 'A new department' })
export class AddDepartmentInput {
  @Field(() => ID, {
    nullable: true,
    description: "The tenant whose member unit it is. A district office may leave it out (its own); the city office leaves it out for a city bureau",
  })
  districtId?: string | null;

  @Field({ description: 'The full name, e.g. 户县发展和改革局 (2 to 60 characters, unique in its tenant)' })
  name: string;

  @Field(() => DepartmentKind, { nullable: true, description: "Left out: read from the name's ending (局, 委员会, 办公室, 中心)" })
  kind?: DepartmentKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'A key the client makes once per submission (a UUID): a retry with the same key returns the first result instead of creating again',
  })
  idempotencyKey?: string | null;
}

@InputType({ description: 'A new name for a department' })
export class RenameDepartmentInput {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The full new name (2 to 60 characters, unique in its tenant)' })
  name: string;
}
