import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types from schema/ into src/graphql/__generated__/. `npm test` runs this with --check and
 * fails when the checked-in file is out of date.
 */
const config: CodegenConfig = {
  schema: 'schema/**/*.graphql',
  generates: {
    'src/graphql/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: false,
        contextType: '../context.ts#GraphQLContext',
        useTypeImports: true,
        enumsAsTypes: true,
        immutableTypes: false,
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
        scalars: {
          Date: 'string',
          DateTime: 'string',
        },
        mappers: {
          Health: '../../repositories/health-repository.ts#DatabaseHealth',
        },
      },
    },
  },
  hooks: {},
};

export default config;
