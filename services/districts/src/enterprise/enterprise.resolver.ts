import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { DistrictsContext } from '../context';
import { District } from '../district/district.entity';
import { Official } from '../official/official.entity';
import { EnterpriseFilter } from './dto/enterprise-filter.input';
import { EnterpriseConnection } from './enterprise-connection.type';
import { Enterprise } from './enterprise.entity';

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @Query(() => Enterprise, { nullable: true, description: 'An enterprise or project by id; null when it is not yours to see' })
  enterprise(@Arg('id', () => ID) id: string, @Ctx() ctx: DistrictsContext): Promise<Enterprise | null> {
    return ctx.loaders.enterprise.load(id);
  }

  @FieldResolver(() => District, { description: 'The tenant whose list it is on' })
  async district(@Root() enterprise: Enterprise, @Ctx() ctx: DistrictsContext): Promise<District> {
    // Row-level security showed the enterprise, so it shows the enterprise's tenant too.
    return (await ctx.loaders.district.load(enterprise.districtId))!;
  }

  @FieldResolver(() => Official, { nullable: true, description: 'The official currently paired with it (一对一); null when none is, or not yours to see' })
  official(@Root() enterprise: Enterprise, @Ctx() ctx: DistrictsContext): Promise<Official | null> {
    return ctx.loaders.officialOfEnterprise.load(enterprise.id);
  }

  @FieldResolver(() => Int, {
    description: 'Service visits (帮办, 陪办, 代办) recorded for it this calendar month (Asia/Shanghai time); the campaign asks for at least two',
  })
  visitsThisMonth(@Root() enterprise: Enterprise, @Ctx() ctx: DistrictsContext): Promise<number> {
    return ctx.loaders.visitsThisMonth.load(enterprise.id);
  }
}

@Resolver(() => EnterpriseConnection)
export class EnterpriseConnectionResolver {
  @FieldResolver(() => Int, { description: 'How many enterprises the whole list holds (all pages, same filter)' })
  totalCount(@Root() connection: EnterpriseConnection, @Ctx() ctx: DistrictsContext): Promise<number> {
    return ctx.services.enterprise.count(connection.districtId, connection.filter);
  }
}

@Resolver(() => District)
export class DistrictEnterprisesResolver {
  @FieldResolver(() => EnterpriseConnection, { description: "The tenant's enterprises and projects in a stable order, a page at a time" })
  enterprises(
    @Root() district: District,
    @Arg('first', () => Int, { description: 'Page size, 1 to 200' }) first: number,
    @Arg('after', () => String, { nullable: true, description: "The previous page's `endCursor`" }) after: string | null,
    @Arg('filter', () => EnterpriseFilter, { nullable: true, description: 'Only enterprises matching this' }) filter: EnterpriseFilter | null,
    @Ctx() ctx: DistrictsContext,
  ): Promise<EnterpriseConnection> {
    return ctx.services.enterprise.list(district.id, { first, after, filter });
  }
}
