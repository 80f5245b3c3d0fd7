import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseConfig } from '@qinshang/config';
import { buildSchema, validate } from 'graphql';
import { gatewayShape } from './config';
import { limitedParse, limitRules } from './limits';

/*
 * The console sends only its trusted documents; each must pass the gateway's default operation
 * limits, or its page never renders (the department inbox once read 100 rows, over the cost
 * limit, and showed only the refusal). Page sizes given in variables are measured when the
 * request arrives; the literal ones are measured here.
 */
const root = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'services', 'console', 'src', 'gql', 'persisted-documents.json'), 'utf8')) as Record<string, string>;
const schema = buildSchema(readFileSync(path.join(root, 'gateway', 'supergraph.graphql'), 'utf8'), { assumeValid: true, assumeValidSDL: true });
const config = parseConfig(gatewayShape, { AUTH_DEV_KEY: 'k'.repeat(40) });
const limits = { maxTokens: config.MAX_TOKENS, maxDepth: config.MAX_DEPTH, maxAliases: config.MAX_ALIASES, maxDirectives: config.MAX_DIRECTIVES, maxCost: config.MAX_COST };

describe("the console's trusted documents", () => {
  const documents = Object.values(manifest).map((document) => [/^(?:query|mutation|subscription|fragment)\s+(\w+)/.exec(document)?.[1] ?? document.slice(0, 40), document]);

  it('are there to check', () => {
    expect(documents.length).toBeGreaterThan(20);
  });

  it.each(documents)('%s is within the default operation limits', (_name, document) => {
    const errors = validate(schema, limitedParse(limits.maxTokens)(document), limitRules(limits));
    expect(errors.map((error) => error.message)).toEqual([]);
  });
});
