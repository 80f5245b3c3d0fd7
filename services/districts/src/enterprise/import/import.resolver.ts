import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { DistrictsContext } from '../../context';
import { ImportEnterprisesInput, ImportEnterprisesResult } from './import.types';

@Resolver()
export class EnterpriseImportResolver {
  @Mutation(() => ImportEnterprisesResult, {
    description: "Imports a tenant's enterprise list from CSV or Excel (.xlsx), all or nothing per file; the result lists every rejected row and why. One enterprise.added event per row imported",
  })
  importEnterprises(@Arg('input', () => ImportEnterprisesInput) input: ImportEnterprisesInput, @Ctx() ctx: DistrictsContext): Promise<ImportEnterprisesResult> {
    return ctx.commands.enterpriseImport.run(input);
  }
}
