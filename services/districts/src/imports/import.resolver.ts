import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { DistrictsContext } from '../context';
import { ImportOfficialsInput, ImportOfficialsResult, ImportPairingsInput, ImportPairingsResult, ImportVisitsInput, ImportVisitsResult } from './import.types';

@Resolver()
export class ImportsResolver {
  @Mutation(() => ImportOfficialsResult, {
    description: "Imports a tenant's officials from CSV or Excel (.xlsx), all or nothing per file; the result lists every rejected row and why. One official.added event per row imported",
  })
  importOfficials(@Arg('input', () => ImportOfficialsInput) input: ImportOfficialsInput, @Ctx() ctx: DistrictsContext): Promise<ImportOfficialsResult> {
    return ctx.commands.officialImport.run(input);
  }

  @Mutation(() => ImportPairingsResult, {
    description: 'Imports pairings (一对一) from CSV or Excel (.xlsx), all or nothing per file; each row as pairOfficial would make it (pairing.started, and pairing.ended for what it ends)',
  })
  importPairings(@Arg('input', () => ImportPairingsInput) input: ImportPairingsInput, @Ctx() ctx: DistrictsContext): Promise<ImportPairingsResult> {
    return ctx.commands.pairingImport.run(input);
  }

  @Mutation(() => ImportVisitsResult, {
    description: "Imports a past month's visits copied from the paper logbook (纪实手册), from CSV or Excel (.xlsx), all or nothing per file. One visit.recorded event per row",
  })
  importVisits(@Arg('input', () => ImportVisitsInput) input: ImportVisitsInput, @Ctx() ctx: DistrictsContext): Promise<ImportVisitsResult> {
    return ctx.commands.visitImport.run(input);
  }
}
