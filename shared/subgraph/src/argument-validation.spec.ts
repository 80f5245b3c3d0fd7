import 'reflect-metadata';
import { ArrayMaxSize, IsOptional, MaxLength, Min, ValidateNested } from 'class-validator';
import { graphql } from 'graphql';
import { Arg, Field, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import { DomainError } from '@qinshang/errors';
import { buildFederatedSchema } from './schema';

@InputType()
class StepInput {
  @Field()
  @MaxLength(5)
  title!: string;
}

@InputType()
class PlanInput {
  @Field()
  @MaxLength(10)
  title!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  days?: number;

  @Field(() => [StepInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(3)
  @ValidateNested()
  steps?: StepInput[];
}

@InputType()
class PageInput {
  @Field(() => Int)
  @Min(1)
  first!: number;
}

@Resolver()
class PlanResolver {
  @Query(() => String)
  ping(): string {
    return 'pong';
  }

  @Mutation(() => String)
  plan(@Arg('input') input: PlanInput): string {
    return input.title;
  }

  @Mutation(() => String)
  planPaged(@Arg('id') id: string, @Arg('plan') plan: PlanInput, @Arg('page') page: PageInput): string {
    return `${id}:${plan.title}:${page.first}`;
  }
}

async function refusal(source: string) {
  const schema = await buildFederatedSchema({ resolvers: [PlanResolver] });
  const result = await graphql({ schema, source });
  const error = result.errors?.[0]?.originalError;
  return error instanceof DomainError ? { code: error.code, field: error.details.field, message: error.message } : { data: result.data, errors: result.errors };
}

describe('argument validation', () => {
  it('refuses a value too long with BAD_USER_INPUT naming the field and what is wrong', async () => {
    expect(await refusal('mutation { plan(input: { title: "far too long a title" }) }')).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.title',
      message: 'title must be shorter than or equal to 10 characters',
    });
  });

  it('names a field inside a list of nested inputs by its index', async () => {
    expect(await refusal('mutation { plan(input: { title: "ok", steps: [{ title: "fine" }, { title: "too long" }] }) }')).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.steps.1.title',
    });
  });

  it('names the argument the value came from when a field has several', async () => {
    expect(await refusal('mutation { planPaged(id: "p", plan: { title: "ok" }, page: { first: 0 }) }')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'page.first' });
    expect(await refusal('mutation { planPaged(id: "p", plan: { title: "ok", days: 0 }, page: { first: 2 }) }')).toMatchObject({ field: 'plan.days' });
  });

  it('lets a valid input through', async () => {
    expect(await refusal('mutation { plan(input: { title: "ok", days: 3, steps: [{ title: "a" }] }) }')).toEqual({ data: { plan: 'ok' }, errors: undefined });
  });
});
