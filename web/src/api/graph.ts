import { cachedRequest } from './client';
import { GRAPH_STATEMENT_PAGE, RELATIONS } from './queries';
import { fetchAllStatements } from './statements';
import { typeOfId } from '../lib/labels';
import { GraphModel, GraphRelation, GraphStatement, addRelations, addStatements, emptyModel } from '../lib/graph-model';

/**
 * What the graph view draws, fetched from the API: the neighbourhood of some entities (their
 * statements, statements about them, their stated relations) or the whole graph.
 */

function statementsOf(filter: Record<string, string>): Promise<GraphStatement[]> {
  return fetchAllStatements<GraphStatement>(filter, undefined, GRAPH_STATEMENT_PAGE);
}

/** Relations of many entities, 100 ids per request (the API's limit for `nodes`). */
async function relationsOf(ids: string[]): Promise<GraphRelation[]> {
  const out: GraphRelation[] = [];
  for (let i = 0; i < ids.length; i += 100) {
    const data = await cachedRequest<{ nodes: Array<{ relations?: GraphRelation[] } | null> }>(RELATIONS, { ids: ids.slice(i, i + 100) });
    for (const node of data.nodes) out.push(...(node?.relations ?? []));
  }
  return out;
}

/** The neighbourhoods of `ids`, merged. */
export async function loadNeighbourhoods(ids: string[]): Promise<GraphModel> {
  const model = emptyModel();
  const parts = await Promise.all(
    ids.map(async (id) => {
      const isTopic = typeOfId(id) === 'Topic';
      const [said, about, onTopic] = await Promise.all([
        statementsOf({ speaker: id }),
        statementsOf({ about: id }),
        isTopic ? statementsOf({ topic: id }) : Promise.resolve([]),
      ]);
      // Statements about it: only the edge from the speaker to it, so the view stays about it.
      const toIt = [...about, ...onTopic].map((s) => ({
        ...s,
        about: s.about.filter((a) => a.id === id),
        stances: s.stances.filter((st) => st.topic.id === id),
      }));
      return { id, said, toIt };
    }),
  );
  for (const p of parts) {
    addStatements(model, p.said);
    addStatements(model, p.toIt);
  }
  addRelations(model, await relationsOf(ids));
  // An entity with nothing to draw still shows as a node.
  return model;
}

/** Every statement as edges, and the relations of every entity they touch. */
export async function loadAll(): Promise<GraphModel> {
  const model = emptyModel();
  addStatements(model, await statementsOf({}));
  addRelations(model, await relationsOf([...model.nodes.keys()]));
  return model;
}
