import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { PairingPayload } from '../common/payloads';
import type { DistrictsContext } from '../context';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Official } from '../official/official.entity';
import { PairOfficialInput } from './dto/pair-official.input';
import { Pairing } from './pairing.entity';

@Resolver(() => Pairing)
export class PairingResolver {
  @Mutation(() => PairingPayload, {
    description: 'Pairs an official with an enterprise (an office). Ends the current pairing of either (re-pairing; history kept). Events pairing.ended, pairing.started',
  })
  async pairOfficial(@Arg('input', () => PairOfficialInput) input: PairOfficialInput, @Ctx() ctx: DistrictsContext): Promise<PairingPayload> {
    return ctx.commands.pairing.pair(input);
  }

  @FieldResolver(() => Official, { nullable: true, description: 'The official; null when not yours to see' })
  official(@Root() pairing: Pairing, @Ctx() ctx: DistrictsContext): Promise<Official | null> {
    return ctx.loaders.official.load(pairing.officialId);
  }

  @FieldResolver(() => Enterprise, { nullable: true, description: 'The enterprise; null when not yours to see' })
  enterprise(@Root() pairing: Pairing, @Ctx() ctx: DistrictsContext): Promise<Enterprise | null> {
    return ctx.loaders.enterprise.load(pairing.enterpriseId);
  }
}
