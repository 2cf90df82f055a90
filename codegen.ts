import type { CodegenConfig } from '@graphql-codegen/cli';

const model = (type: string) => `../../domain/graph-model.ts#${type}`;

/**
 * Resolver types from schema/ into src/graphql/__generated__/. `npm test` runs this with --check and
 * fails when the checked-in file is out of date. Object types map to the plain models the services
 * return, so a resolver's parent is what its repository built, not the GraphQL shape.
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
          // graphql-scalars parses input dates into Date objects and serializes ISO strings.
          Date: { input: 'Date', output: 'string' },
          DateTime: { input: 'Date', output: 'string' },
        },
        mappers: {
          Health: '../../repositories/health-repository.ts#DatabaseHealth',
          Node: model('NodeModel'),
          Entity: model('EntityModel'),
          Person: model('PersonModel'),
          Country: model('CountryModel'),
          Organization: model('OrganizationModel'),
          Location: model('LocationModel'),
          Article: model('ArticleModel'),
          Meeting: model('MeetingModel'),
          Statement: model('StatementModel'),
          Evidence: model('EvidenceModel'),
          Role: model('RoleModel'),
          PersonConnection: model('PersonConnectionModel'),
          ArticleConnection: model('ArticleConnectionModel'),
          MeetingConnection: model('MeetingConnectionModel'),
          StatementConnection: model('StatementConnectionModel'),
          SearchHit: model('SearchHitModel'),
          Subgraph: model('SubgraphModel'),
          GraphNode: model('GraphNodeModel'),
          GraphEdge: model('GraphEdgeModel'),
          TimelineEvent: model('TimelineEventModel'),
          Dyad: model('DyadModel'),
          DyadBucket: model('DyadBucketModel'),
          Stats: model('StatsModel'),
          LabelCount: model('CountModel'),
          IngestResult: model('IngestResultModel'),
        },
      },
    },
  },
  hooks: {},
};

export default config;
