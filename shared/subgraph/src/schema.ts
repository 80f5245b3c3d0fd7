import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { validateArgument } from './argument-validation';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", ' +
  'import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@interfaceObject"])';

export type ReferenceResolvers = Record<string, { __resolveReference: (reference: never, context: never) => unknown }>;

/**
 * The one way every subgraph builds its schema: type-graphql classes (built without its own
 * checks, which do not know federation), printed with their directives so `@key` survives,
 * linked to federation 2, then handed to `buildSubgraphSchema` with the reference resolvers.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck' | 'validate' | 'validateFn'>,
  referenceResolvers: ReferenceResolvers = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    ...options,
    skipCheck: true,
    // type-graphql 2 leaves validation off by default: every input is checked with class-validator,
    // and a refusal names its field (argument-validation.ts).
    validateFn: validateArgument,
  });
  const typeDefs = gql(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...reference } as never;
  }
  return buildSubgraphSchema({ typeDefs, resolvers });
}

/** The subgraph's SDL as composition reads it (checked in as `schema.graphql`). */
export function subgraphSdl(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
}

/**
 * A service's `emit-sdl` command: writes its `schema.graphql` (`target`), or with
 * `--check` fails when the checked-in file is not what the code builds now.
 */
export async function writeSdl(name: string, build: () => Promise<GraphQLSchema>, target: string): Promise<void> {
  const { readFile, writeFile } = await import('node:fs/promises');
  const path = await import('node:path');
  const sdl = subgraphSdl(await build());
  if (process.argv.includes('--check')) {
    const current = await readFile(target, 'utf8').catch(() => '');
    if (current !== sdl) {
      process.stderr.write(`${name}: ${path.basename(target)} is stale: run \`npm run compose\` and commit the result\n`);
      process.exit(1);
    }
    return;
  }
  await writeFile(target, sdl);
  process.stdout.write(`${name}: wrote ${path.relative(process.cwd(), target)}\n`);
}
