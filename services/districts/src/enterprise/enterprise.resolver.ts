import { Role } from '@qinshang/auth';
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { DistrictsContext } from '../context';
import { District } from '../district/district.entity';
import { Official } from '../official/official.entity';
import { Pairing } from '../pairing/pairing.entity';
import { MonthlyReport } from '../report/report.type';
import { VisitQueries } from '../visit/visit.queries';
import { ServiceVisitConnection, VisitExcuse } from '../visit/visit.types';
import { EnterpriseFilter } from './dto/enterprise-filter.input';
import { EnterpriseConnection } from './enterprise-connection.type';
import { Enterprise } from './enterprise.entity';

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @Query(() => Enterprise, { nullable: true, description: 'An enterprise or project by id; null when it is not yours to see' })
  enterprise(@Arg('id', () => ID) id: string, @Ctx() ctx: DistrictsContext): Promise<Enterprise | null> {
    return ctx.loaders.enterprise.load(id);
  }

  // Shareable: the issues subgraph provides it with a problem's enterprise (from its projection).
  @Directive('@shareable')
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

  @FieldResolver(() => String, { nullable: true, description: 'Who to talk to at the enterprise; null for a department' })
  contactName(@Root() enterprise: Enterprise, @Ctx() ctx: DistrictsContext): string | null {
    return ctx.caller.role === Role.DEPARTMENT ? null : enterprise.contactName;
  }

  @FieldResolver(() => String, { nullable: true, description: "The contact's phone number; null for a department" })
  contactPhone(@Root() enterprise: Enterprise, @Ctx() ctx: DistrictsContext): string | null {
    return ctx.caller.role === Role.DEPARTMENT ? null : enterprise.contactPhone;
  }

  @FieldResolver(() => [Pairing], { description: 'Its pairings, the active one and those ended by re-pairing, newest first (an official sees only its own)' })
  pairings(@Root() enterprise: Enterprise, @Ctx() ctx: DistrictsContext): Promise<Pairing[]> {
    return ctx.loaders.pairingsOfEnterprise.load(enterprise.id);
  }

  @FieldResolver(() => ServiceVisitConnection, { description: 'Service visits to it, newest first, a page at a time (an official sees only its own)' })
  visits(
    @Root() enterprise: Enterprise,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1 to 200' }) first: number,
    @Arg('after', () => String, { nullable: true, description: "The previous page's `endCursor`" }) after: string | null,
    @Arg('period', () => String, { nullable: true, description: 'Only the visits of this month (YYYY-MM)' }) period: string | null,
    @Ctx() ctx: DistrictsContext,
  ): Promise<ServiceVisitConnection> {
    return ctx.loaders.visitPages('enterprise_id', VisitQueries.pageArgs({ first, after, period })).load(enterprise.id);
  }

  @FieldResolver(() => [VisitExcuse], { description: 'Recorded reasons for months without a visit, newest first' })
  excuses(@Root() enterprise: Enterprise, @Ctx() ctx: DistrictsContext): Promise<VisitExcuse[]> {
    return ctx.loaders.excusesOfEnterprise.load(enterprise.id);
  }

  @FieldResolver(() => [MonthlyReport], { description: 'Monthly reports on it, newest month first' })
  reports(@Root() enterprise: Enterprise, @Ctx() ctx: DistrictsContext): Promise<MonthlyReport[]> {
    return ctx.loaders.reportsOfEnterprise.load(enterprise.id);
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
