/**
 * fast-check arbitraries of GraphQL operations generated from Diplograph's own schema: valid ones (root
 * fields with typed arguments drawn from real ids, edge-case numbers, dates and hostile strings, and
 * selection sets walked through the types) and invalid ones (the same operations damaged: cut short,
 * characters flipped, unknown fields, wrong argument types, garbage).
 */
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLInterfaceType,
  type GraphQLSchema,
} from 'graphql';
import { loadTypeDefs } from '../../../src/graphql/type-defs.ts';

export interface FuzzOperation {
  query: string;
  variables: Record<string, unknown>;
  /** Whether it was built to be valid against the schema (limits may still refuse it). */
  intended: 'valid' | 'invalid';
}

export function loadSchema(): GraphQLSchema {
  return buildSchema(loadTypeDefs().join('\n'));
}

const IDS = ['person:sergey-lavrov', 'person:antony-blinken', 'country:US', 'country:RU', 'country:CN', 'location:geneva-ch', 'org:nato', 'org:united-nations', 'nope', ''];
const HOSTILE_STRINGS = ['', ' ', 'Lavrov', 'Lavrof', '"}) DETACH DELETE n //', '`', '\\', '*:*', '(a+)+$', '\u202e\u200b', '\u0000', 'x'.repeat(300), '{"a":1}', '$first', '%s%n', '../../etc/passwd'];
const DATES = ['2022-01-21', '2022-12-31', '0000-00-00', '9999-12-31', '2022-13-45', 'yesterday', '', '2022-01-21T07:26:00Z'];

/** A GraphQL literal for `value` (strings JSON-escaped, which GraphQL string syntax accepts). */
function literal(value: unknown, type: GraphQLInputType): string {
  const named = getNamedType(type);
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map((item) => literal(item, named)).join(', ')}]`;
  if (isEnumType(named) && typeof value === 'string') return value;
  if (typeof value === 'object') {
    return `{ ${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${literal(v, isInputObjectType(named) ? (named.getFields()[k]?.type ?? named) : named)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

function scalarValue(name: string): fc.Arbitrary<unknown> {
  switch (name) {
    case 'ID':
      return fc.constantFrom(...IDS);
    case 'Int':
      return fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constantFrom(-1, 0, 1, 100, 101, 1_000_000, 2_147_483_647));
    case 'Float':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'Boolean':
      return fc.boolean();
    case 'Date':
      return fc.constantFrom(...DATES);
    case 'DateTime':
      return fc.constantFrom('2022-01-21T07:26:00.000Z', 'now', '');
    default:
      return fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ maxLength: 20 }));
  }
}

function inputValue(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return inputValue(type.ofType, depth);
  if (isListType(type)) return fc.array(inputValue(type.ofType, depth + 1), { maxLength: 3 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (isInputObjectType(type)) {
    if (depth > 2) return fc.constant({});
    const fields = Object.values(type.getFields());
    return fc.subarray(fields, { minLength: 0 }).chain((chosen) =>
      fc.tuple(...chosen.map((field) => inputValue(field.type, depth + 1))).map((values) => Object.fromEntries(chosen.map((field, i) => [field.name, values[i]]))),
    );
  }
  if (isScalarType(type)) return scalarValue(type.name);
  return fc.constant(null);
}

function argumentsFor(args: readonly GraphQLArgument[]): fc.Arbitrary<string> {
  const required = args.filter((a) => isNonNullType(a.type));
  const optional = args.filter((a) => !isNonNullType(a.type));
  return fc.subarray(optional).chain((chosen) => {
    const used = [...required, ...chosen];
    if (used.length === 0) return fc.constant('');
    return fc.tuple(...used.map((a) => inputValue(a.type))).map((values) => `(${used.map((a, i) => `${a.name}: ${literal(values[i], a.type)}`).join(', ')})`);
  });
}

type Composite = GraphQLObjectType | GraphQLInterfaceType;

function selection(schema: GraphQLSchema, type: GraphQLNamedType, depth: number): fc.Arbitrary<string> {
  if (isUnionType(type)) {
    const members = [...type.getTypes()];
    return fc.subarray(members, { minLength: 1 }).chain((chosen) =>
      fc.tuple(...chosen.map((m) => selection(schema, m, depth))).map((parts) => `{ __typename ${parts.map((p, i) => `... on ${chosen[i]!.name} ${p}`).join(' ')} }`),
    );
  }
  if (!isObjectType(type) && !isInterfaceType(type)) return fc.constant('');
  const composite: Composite = type;
  const fields = Object.values(composite.getFields()).filter((f) => depth > 0 || isScalarType(getNamedType(f.type)) || isEnumType(getNamedType(f.type)));
  if (fields.length === 0) return fc.constant('{ __typename }');
  return fc.subarray(fields, { minLength: 1, maxLength: Math.min(4, fields.length) }).chain((chosen) =>
    fc
      .tuple(...chosen.map((field) => fc.tuple(argumentsFor(field.args), selection(schema, getNamedType(field.type), depth - 1))))
      .map((parts) => `{ ${parts.map(([args, sub], i) => `${chosen[i]!.name}${args} ${sub}`).join(' ')} }`),
  );
}

/** A valid-by-construction query or mutation: one or two root fields, selections up to `depth` levels. */
export function validOperation(schema: GraphQLSchema, depth = 3): fc.Arbitrary<FuzzOperation> {
  const query = schema.getQueryType()!;
  const mutation = schema.getMutationType()!;
  const root = (type: GraphQLObjectType, keyword: string) =>
    fc.subarray(Object.values(type.getFields()), { minLength: 1, maxLength: 2 }).chain((fields) =>
      fc
        .tuple(...fields.map((field) => fc.tuple(argumentsFor(field.args), selection(schema, getNamedType(field.type), depth - 1))))
        .map((parts) => `${keyword} { ${parts.map(([args, sub], i) => `${fields[i]!.name}${args} ${sub}`).join(' ')} }`),
    );
  return fc.oneof({ weight: 9, arbitrary: root(query, 'query') }, { weight: 1, arbitrary: root(mutation, 'mutation') }).map((q) => ({ query: q, variables: {}, intended: 'valid' as const }));
}

/** Valid operations damaged in the ways clients and attackers damage them. */
export function invalidOperation(schema: GraphQLSchema): fc.Arbitrary<FuzzOperation> {
  const damaged = fc.tuple(validOperation(schema), fc.nat(), fc.nat(), fc.string({ minLength: 1, maxLength: 3 })).map(([op, a, b, junk]) => {
    const q = op.query;
    const at = a % Math.max(1, q.length);
    switch (b % 6) {
      case 0:
        return q.slice(0, at);
      case 1:
        return `${q.slice(0, at)}${junk}${q.slice(at + 1)}`;
      case 2:
        return q.replace(/\{ (\w+)/, '{ $1Unknown');
      case 3:
        return q.replace(/: ("[^"]*"|\d+)/, ': { nested: [1, 2, 3] }');
      case 4:
        return q.replace(/\(([^)]*)\)/, '');
      default:
        return `${q} ${q}`;
    }
  });
  const garbage = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }), fc.constantFrom('', '{', '}', 'query', 'subscription { x }', '{ __typename }', '{ node }', 'fragment F on Query { health }'));
  const withVariables = fc.tuple(fc.constantFrom(
    'query($id: ID!) { person(id: $id) { id name } }',
    'query($n: Int) { meetings(first: $n) { totalCount } }',
    'query($f: MeetingFilter) { meetings(filter: $f, first: 3) { totalCount } }',
    'query($q: String!) { search(query: $q, first: 3) { score } }',
    'query($d: Date) { statements(filter: { from: $d }, first: 3) { totalCount } }',
  ), fc.jsonValue({ maxDepth: 3 })).map(([query, value]) => ({ query, variables: { id: value, n: value, f: value, q: value, d: value } as Record<string, unknown> }));
  return fc.oneof(
    damaged.map((query) => ({ query, variables: {}, intended: 'invalid' as const })),
    garbage.map((query) => ({ query, variables: {}, intended: 'invalid' as const })),
    withVariables.map((op) => ({ ...op, intended: 'invalid' as const })),
  );
}
