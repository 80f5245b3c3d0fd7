import { Field, ObjectType } from 'type-graphql';
import { Satisfaction } from './enums';

@ObjectType({ description: "The enterprise's confirmation (销号) and rating" })
export class Closure {
  @Field()
  confirmedAt: Date;
  @Field(() => Satisfaction)
  satisfaction: Satisfaction;
  @Field(() => String, { nullable: true })
  comment: string | null;
}
