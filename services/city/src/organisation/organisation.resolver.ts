import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { City } from '../city/city.entity';
import type { CityContext } from '../context';
import { Department } from './department.type';
import { districtStub, District } from './district.type';
import { AddDepartmentInput, RenameDepartmentInput } from './dto/department.input';
import { LeadingGroup } from './leading-group.type';

@ObjectType({ description: 'The result of adding or renaming a department' })
export class DepartmentPayload {
  @Field(() => Department)
  department: Department;
}

@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => Department, { nullable: true, description: 'A department by id; null when it is not yours to see' })
  department(@Arg('id', () => ID) id: string, @Ctx() ctx: CityContext): Promise<Department | null> {
    return ctx.loaders.department.load(id);
  }

  @FieldResolver(() => District, { nullable: true, description: 'The tenant whose member unit it is; null for a city bureau' })
  district(@Root() department: Department): District | null {
    return department.districtId ? districtStub(department.districtId) : null;
  }

  @Mutation(() => DepartmentPayload, { description: "Adds a member unit to a tenant (the city office, or that tenant's office), or a city bureau (the city office)" })
  async addDepartment(@Arg('input', () => AddDepartmentInput) input: AddDepartmentInput, @Ctx() ctx: CityContext): Promise<DepartmentPayload> {
    return { department: await ctx.services.departmentCommands.add(input) };
  }

  @Mutation(() => DepartmentPayload, { description: "Renames a department (the city office, or the tenant's office for its own units)" })
  async renameDepartment(@Arg('input', () => RenameDepartmentInput) input: RenameDepartmentInput, @Ctx() ctx: CityContext): Promise<DepartmentPayload> {
    return { department: await ctx.services.departmentCommands.rename(input) };
  }
}

@Resolver(() => LeadingGroup)
export class LeadingGroupResolver {
  @Query(() => LeadingGroup, { nullable: true, description: "A leading group by id (the city's code or a tenant's); null when it is not yours to see" })
  leadingGroup(@Arg('id', () => ID) id: string, @Ctx() ctx: CityContext): Promise<LeadingGroup | null> {
    return ctx.loaders.leadingGroup.load(id);
  }

  @FieldResolver(() => District, { nullable: true, description: "The tenant whose group it is; null for the city's" })
  district(@Root() group: LeadingGroup): District | null {
    return group.districtId ? districtStub(group.districtId) : null;
  }

  @FieldResolver(() => [Department], { description: "Its member units (成员单位): the tenant's departments, or the city bureaus for the city's group" })
  async memberUnits(@Root() group: LeadingGroup, @Ctx() ctx: CityContext): Promise<Department[]> {
    return group.districtId ? ctx.loaders.departmentsOfDistrict.load(group.districtId) : ctx.services.department.cityBureaus();
  }
}

@Resolver(() => District)
export class DistrictOrganisationResolver {
  @FieldResolver(() => LeadingGroup, { nullable: true, description: "The tenant's leading group (领导小组); null when it is not yours to see" })
  leadingGroup(@Root() district: District, @Ctx() ctx: CityContext): Promise<LeadingGroup | null> {
    return ctx.loaders.leadingGroupOfDistrict.load(district.id);
  }

  @FieldResolver(() => [Department], { description: "The tenant's member units (成员单位), in order; empty when not yours to see" })
  departments(@Root() district: District, @Ctx() ctx: CityContext): Promise<Department[]> {
    return ctx.loaders.departmentsOfDistrict.load(district.id);
  }
}

@Resolver(() => City)
export class CityOrganisationResolver {
  @FieldResolver(() => LeadingGroup, { nullable: true, description: "The city's leading group (市千人亲商助企活动领导小组)" })
  leadingGroup(@Root() city: City, @Ctx() ctx: CityContext): Promise<LeadingGroup | null> {
    return ctx.services.leadingGroup.cityGroup(city.id);
  }

  @FieldResolver(() => [Department], { description: 'The city bureaus (市级部门), in order' })
  departments(@Root() _city: City, @Ctx() ctx: CityContext): Promise<Department[]> {
    return ctx.services.department.cityBureaus();
  }
}
