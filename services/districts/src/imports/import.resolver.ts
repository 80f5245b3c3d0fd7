import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { DistrictsContext } from '../context';
import { ImportOfficialsInput, ImportOfficialsResult } from './import.types';

@Resolver()
export class ImportsResolver {
  @Mutation(() => ImportOfficialsResult, {
    description: "Imports a tenant's officials from CSV or Excel (.xlsx), all or nothing per file; the result lists every rejected row and why. One official.added event per row imported",
  })
  importOfficials(@Arg('input', () => ImportOfficialsInput) input: ImportOfficialsInput, @Ctx() ctx: DistrictsContext): Promise<ImportOfficialsResult> {
    return ctx.commands.officialImport.run(input);
  }
}
