import fs from 'node:fs';
import path from 'node:path';

import {
  GraphQLNamedType,
  GraphQLSchema,
  buildSchema as buildSdl,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  printType,
} from 'graphql';

import { createSchema, toSdl } from '../../src/graph/schema';
import { ROOT } from '../harness/database';

const SCHEMA_FILE = path.join(ROOT, 'schema', 'schema.graphql');
let schema: GraphQLSchema;
beforeAll(async () => (schema = await createSchema()));

describe('schema/schema.graphql', () => {
  it('is the SDL the code builds (run `npm run schema` after changing the API, and commit the file)', () => {
    const committed = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '(missing)';
    const built = toSdl(schema);
    if (committed !== built) {
      throw new Error('schema/schema.graphql is out of date with the code: run `npm run schema` and commit schema/schema.graphql.');
    }
    expect(committed).toBe(built);
  });
});

/** The public contract, verbatim (field lists are what must exist, with these types). */
const CONTRACT = `
scalar Date
interface Node { id: ID! }
interface Entity implements Node { id: ID! name: String! aliases: [String!]! wikidataId: String statementsAbout(first: Int = 20, after: String): StatementConnection! }
interface Actor implements Entity & Node { id: ID! name: String! aliases: [String!]! wikidataId: String statementsAbout(first: Int = 20, after: String): StatementConnection!
  statements(filter: StatementFilter, first: Int = 20, after: String): StatementConnection!  positions: [Position!]! }
type Person implements Actor & Entity & Node { id: ID! name: String! aliases: [String!]! wikidataId: String statementsAbout(first: Int = 20, after: String): StatementConnection!
  statements(filter: StatementFilter, first: Int = 20, after: String): StatementConnection!  positions: [Position!]! description: String anonymous: Boolean! roles: [String!]! }
type Organization implements Actor & Entity & Node { id: ID! kind: String }
type Group implements Actor & Entity & Node { id: ID! }
type Country implements Actor & Entity & Node { id: ID! isoCode: String }
type Weapon implements Entity & Node { id: ID! category: String! manufacturer: Organization rangeKm: Float unitCostUsd: Float }
type Topic implements Entity & Node { id: ID! description: String positions: [Position!]! }
type Event implements Entity & Node { id: ID! kind: String! date: Date place: String participants: [Actor!]! }
type Article implements Node { id: ID! title: String! language: String! publishedAt: Date text: String! statements(first: Int = 20, after: String): StatementConnection! }
type Statement implements Node {
  id: ID! text: String! language: String! translation: String
  mode: SpeechMode! attribution: Attribution!
  speaker: Actor reportedBy: Actor about: [Entity!]! stances: [StanceOn!]!
  event: Event date: Date evidence: Evidence!
  provenance: Provenance! confidence: Float extractor: String textSpan: TextSpan speakerMention: TextSpan cue: TextSpan
}
enum SpeechMode { DIRECT_QUOTE INDIRECT_SPEECH FREE_INDIRECT_SPEECH REPORTED_SPEECH ASSESSMENT }
enum Provenance { CURATED AUTOMATIC REVIEWED }
type TextSpan { start: Int! end: Int! text: String! }
enum Attribution { ON_RECORD REPORTED ALLEGED }
enum Stance { SUPPORT OPPOSE NEUTRAL }
type StanceOn { topic: Topic! stance: Stance! }
type Position { actor: Actor! topic: Topic! stance: Stance! statementCount: Int! statements(first: Int = 20, after: String): StatementConnection! }
type Evidence { article: Article! start: Int! end: Int! excerpt: String! }
type SearchHit { score: Float! node: Entity! }
type GraphRelationship { type: String! from: ID! to: ID! }
type GraphPath { length: Int! nodes: [Node!]! relationships: [GraphRelationship!]! }
type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
type StatementEdge { cursor: String! node: Statement! }
type StatementConnection { totalCount: Int! edges: [StatementEdge!]! pageInfo: PageInfo! }
type ActorEdge { cursor: String! node: Actor! }
type ActorConnection { totalCount: Int! edges: [ActorEdge!]! pageInfo: PageInfo! }
input StatementFilter { speaker: ID about: ID topic: ID stance: Stance mode: SpeechMode
  attribution: Attribution provenance: Provenance reportedBy: ID article: ID text: String from: Date to: Date }
input ActorFilter { type: ActorType }
enum ActorType { PERSON ORGANIZATION GROUP COUNTRY }
type Query {
  node(id: ID!): Node
  search(query: String!, first: Int = 10): [SearchHit!]!
  statements(filter: StatementFilter, first: Int = 20, after: String): StatementConnection!
  actors(filter: ActorFilter, first: Int = 20, after: String): ActorConnection!
  events(from: Date, to: Date): [Event!]!
  connections(from: ID!, to: ID!, maxHops: Int = 4, first: Int = 3): [GraphPath!]!
  positions(topic: ID!): [Position!]!
}`;

describe('the public contract', () => {
  const contract = buildSdl(CONTRACT);

  it.each(
    Object.values(contract.getTypeMap())
      .filter((t) => !t.name.startsWith('__') && !(isScalarType(t) && isSpecifiedScalarType(t)))
      .map((t) => [t.name]),
  )('serves %s as the contract says (more is allowed, nothing renamed or retyped)', (name) => {
    const wanted = contract.getType(name)!;
    const served = schema.getType(name);
    expect(served?.toString()).toBe(name);
    if (isObjectType(wanted) || isInterfaceType(wanted)) {
      const s = served as typeof wanted;
      expect(
        s
          .getInterfaces()
          .map((i) => i.name)
          .sort(),
      ).toEqual(expect.arrayContaining(wanted.getInterfaces().map((i) => i.name)));
      for (const field of Object.values(wanted.getFields())) {
        const got = s.getFields()[field.name];
        expect({ field: field.name, type: got?.type.toString() }).toEqual({ field: field.name, type: field.type.toString() });
        for (const arg of field.args) {
          const gotArg = got.args.find((a) => a.name === arg.name);
          expect({ arg: `${field.name}(${arg.name})`, type: gotArg?.type.toString(), default: gotArg?.defaultValue }).toEqual({
            arg: `${field.name}(${arg.name})`,
            type: arg.type.toString(),
            default: arg.defaultValue,
          });
        }
      }
    }
    if (isEnumType(wanted)) {
      expect(isEnumType(served) && served.getValues().map((v) => v.name)).toEqual(expect.arrayContaining(wanted.getValues().map((v) => v.name)));
    }
    if (isInputObjectType(wanted)) {
      const fields = isInputObjectType(served) ? served.getFields() : {};
      for (const f of Object.values(wanted.getFields()))
        expect({ f: f.name, type: fields[f.name]?.type.toString() }).toEqual({ f: f.name, type: f.type.toString() });
    }
  });
});

/** Every named type reachable from Query (and the implementations of its interfaces). */
function readApiTypes(s: GraphQLSchema): GraphQLNamedType[] {
  const seen = new Map<string, GraphQLNamedType>();
  const visit = (type: GraphQLNamedType) => {
    if (seen.has(type.name) || type.name.startsWith('__')) return;
    seen.set(type.name, type);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        visit(getNamedType(field.type));
        field.args.forEach((a) => visit(getNamedType(a.type)));
      }
      if (isInterfaceType(type)) s.getPossibleTypes(type).forEach(visit);
    }
    if (isInputObjectType(type)) Object.values(type.getFields()).forEach((f) => visit(getNamedType(f.type)));
  };
  visit(s.getQueryType()!);
  return [...seen.values()];
}

describe('documentation', () => {
  it('describes every type, field, argument, input field and enum value of the read API (they reach the SDL and the playground)', () => {
    const missing: string[] = [];
    for (const type of readApiTypes(schema)) {
      if (isScalarType(type) && isSpecifiedScalarType(type)) continue;
      if (!type.description?.trim()) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args) if (!arg.description?.trim()) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isInputObjectType(type)) for (const f of Object.values(type.getFields())) if (!f.description?.trim()) missing.push(`${type.name}.${f.name}`);
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description?.trim()) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('says that a translation is not the original', () => {
    const statement = schema.getType('Statement');
    expect(isObjectType(statement)).toBe(true);
    const fields = (statement as import('graphql').GraphQLObjectType).getFields();
    expect(fields.translation.description).toMatch(/NOT what the speaker said/);
    expect(getNamedType(fields.translationLanguage.type).name).toBe('String');
    expect(printType(statement as never)).toContain('translationLanguage');
  });
});
