import { sliceCodePoints } from '../../src/ingest/evidence';
import { readAnnotationFile } from '../../src/ingest/read';
import { ARTICLE_ANNOTATION } from '../harness/database';
import { Api, IDS, nodes, startApi } from '../harness/api';

/**
 * The questions the API exists to answer, asked of it over the real Neo4j and the bundled article's graph.
 * Expectations come from the hand-made annotation (the source of the graph), so a wrong filter,
 * a lost statement or a mis-wired relation fails here.
 */
const annotation = readAnnotationFile(ARTICLE_ANNOTATION);
const readingOrder = [...annotation.statements].sort(
  (a, b) => annotation.article.text.indexOf(a.excerpt) - annotation.article.text.indexOf(b.excerpt) || (a.id < b.id ? -1 : 1),
);
const idsWhere = (test: (s: (typeof annotation.statements)[number]) => boolean) => readingOrder.filter(test).map((s) => s.id);

let api: Api;
beforeAll(async () => (api = await startApi()));
afterAll(() => api.close());

describe('what did Trump say, and about whom', () => {
  it('lists exactly his statements, in reading order, each with whom and what it is about', async () => {
    const data = await api.ok(`{
      statements(filter: { speaker: "${IDS.trump}" }, first: 100) {
        totalCount
        edges { node { id text speaker { id } about { id } } }
      }
    }`);
    const expected = idsWhere((s) => s.speaker === IDS.trump);
    expect(expected.length).toBeGreaterThan(5);
    expect(data.statements.totalCount).toBe(expected.length);
    expect(nodes<any>(data.statements).map((s) => s.id)).toEqual(expected);
    for (const s of nodes<any>(data.statements)) {
      expect(s.speaker.id).toBe(IDS.trump);
      const annotated = annotation.statements.find((a) => a.id === s.id)!;
      expect(s.about.map((e: { id: string }) => e.id).sort()).toEqual([...annotated.about].sort());
      expect(s.text).toBe(annotated.text);
    }
  });

  it('tells that the Truth Social post was about both Putin and Zelenskyy', async () => {
    const data = await api.ok(`{
      statements(filter: { speaker: "${IDS.trump}", text: "Sieg erklären" }) { edges { node { text about { id name } event { name } } } }
    }`);
    const [post] = nodes<any>(data.statements);
    expect(post.text).toContain('Ich habe sowohl Putin als auch Selenskyj gesagt');
    expect(post.about.map((e: { id: string }) => e.id)).toEqual(expect.arrayContaining([IDS.putin, IDS.zelenskyy]));
    expect(post.event.name).toMatch(/Truth Social/);
  });
});

describe('every statement about Putin, and who made it', () => {
  const expected = idsWhere((s) => s.about.includes(IDS.putin));

  it('lists them with their speakers, through the statement filter', async () => {
    const data = await api.ok(`{
      statements(filter: { about: "${IDS.putin}" }, first: 100) { totalCount edges { node { id speaker { id name } } } }
    }`);
    expect(expected.length).toBeGreaterThan(3);
    expect(nodes<any>(data.statements).map((s) => s.id)).toEqual(expected);
    expect(data.statements.totalCount).toBe(expected.length);
    const speakers = Object.fromEntries(nodes<any>(data.statements).map((s) => [s.id, s.speaker.id]));
    expect(speakers).toEqual(Object.fromEntries(expected.map((id) => [id, annotation.statements.find((s) => s.id === id)!.speaker])));
    expect(Object.values(speakers)).toEqual(expect.arrayContaining([IDS.zelenskyy, IDS.trump, 'person:german-diplomat']));
  });

  it('gives the same list as Putin.statementsAbout', async () => {
    const data = await api.ok(`{ node(id: "${IDS.putin}") { ... on Entity { statementsAbout(first: 100) { totalCount edges { node { id } } } } } }`);
    expect(nodes<any>(data.node.statementsAbout).map((s) => s.id)).toEqual(expected);
    expect(data.node.statementsAbout.totalCount).toBe(expected.length);
  });
});

describe('who supports and who opposes delivering Tomahawks to Ukraine', () => {
  const stanceOf = (stance: string) =>
    [
      ...new Set(annotation.statements.filter((s) => s.stances.some((t) => t.topic === IDS.tomahawkDelivery && t.stance === stance)).map((s) => s.speaker)),
    ].sort();

  it('groups the actors by stance, with the statements taking it', async () => {
    const data = await api.ok(`{
      positions(topic: "${IDS.tomahawkDelivery}") { stance statementCount actor { id } topic { id } statements(first: 100) { totalCount edges { node { id stances { stance topic { id } } } } } }
    }`);
    const actors = (stance: string) =>
      data.positions
        .filter((p: any) => p.stance === stance)
        .map((p: any) => p.actor.id)
        .sort();
    expect(actors('SUPPORT')).toEqual(stanceOf('SUPPORT'));
    expect(actors('OPPOSE')).toEqual(stanceOf('OPPOSE'));
    expect(actors('NEUTRAL')).toEqual(stanceOf('NEUTRAL'));
    expect(actors('SUPPORT')).toEqual(expect.arrayContaining([IDS.zelenskyy, IDS.ukraine]));
    expect(actors('OPPOSE')).toEqual(expect.arrayContaining([IDS.trump, IDS.putin, IDS.peskov]));
    for (const p of data.positions) {
      expect(p.topic.id).toBe(IDS.tomahawkDelivery);
      expect(p.statementCount).toBe(p.statements.edges.length);
      expect(p.statements.totalCount).toBe(p.statementCount);
      for (const s of nodes<any>(p.statements)) expect(s.stances).toContainEqual({ stance: p.stance, topic: { id: IDS.tomahawkDelivery } });
    }
    // Supporters first, then opponents, then the undecided.
    const order = data.positions.map((p: any) => p.stance);
    expect(order).toEqual([...order].sort((a: string, b: string) => ['SUPPORT', 'OPPOSE', 'NEUTRAL'].indexOf(a) - ['SUPPORT', 'OPPOSE', 'NEUTRAL'].indexOf(b)));
  });

  it('finds the same opponents through the statement filter and the actor filter', async () => {
    const data = await api.ok(`{
      statements(filter: { topic: "${IDS.tomahawkDelivery}", stance: OPPOSE }, first: 100) { edges { node { speaker { id } } } }
      actors(filter: { topic: "${IDS.tomahawkDelivery}", stance: OPPOSE }, first: 100) { totalCount edges { node { id } } }
    }`);
    expect([...new Set(nodes<any>(data.statements).map((s) => s.speaker.id))].sort()).toEqual(stanceOf('OPPOSE'));
    expect(
      nodes<any>(data.actors)
        .map((a) => a.id)
        .sort(),
    ).toEqual(stanceOf('OPPOSE'));
    expect(data.actors.totalCount).toBe(stanceOf('OPPOSE').length);
  });
});

describe('alleged rather than on-record statements', () => {
  it('are only the hedged ones, with who relayed them', async () => {
    const data = await api.ok(`{
      statements(filter: { attribution: ALLEGED }) { totalCount edges { node { id text attribution speaker { id } reportedBy { id } } } }
    }`);
    const expected = idsWhere((s) => s.attribution === 'ALLEGED');
    expect(expected).toContain('statement:trump-tomahawk-2025-10-13');
    expect(nodes<any>(data.statements).map((s) => s.id)).toEqual(expected);
    const quote = nodes<any>(data.statements).find((s) => s.id === 'statement:trump-tomahawk-2025-10-13');
    expect(quote).toEqual({
      id: 'statement:trump-tomahawk-2025-10-13',
      text: 'Wir brauchen Frieden, nicht mehr Raketen',
      attribution: 'ALLEGED',
      speaker: { id: IDS.trump },
      reportedBy: { id: 'group:insiders' },
    });
  });

  it('and on record, reported and alleged partition all statements', async () => {
    const data = await api.ok(`{
      all: statements { totalCount }
      onRecord: statements(filter: { attribution: ON_RECORD }) { totalCount }
      reported: statements(filter: { attribution: REPORTED }) { totalCount }
      alleged: statements(filter: { attribution: ALLEGED }) { totalCount }
    }`);
    expect(data.all.totalCount).toBe(annotation.statements.length);
    expect(data.onRecord.totalCount + data.reported.totalCount + data.alleged.totalCount).toBe(data.all.totalCount);
    expect(data.reported.totalCount).toBe(annotation.statements.filter((s) => s.attribution === 'REPORTED').length);
  });
});

describe('statements Axios reported', () => {
  it('are the ones the article credits to Axios, with their speaker', async () => {
    const data = await api.ok(`{
      statements(filter: { reportedBy: "${IDS.axios}" }) { totalCount edges { node { id speaker { id name } reportedBy { id } evidence { excerpt } } } }
    }`);
    const expected = idsWhere((s) => s.reportedBy === IDS.axios);
    expect(expected).toEqual(['statement:trump-tomahawk-2025-10-19']);
    expect(nodes<any>(data.statements).map((s) => s.id)).toEqual(expected);
    const [s] = nodes<any>(data.statements);
    expect(s.speaker).toEqual({ id: IDS.starmer, name: 'Keir Starmer' });
    expect(s.reportedBy).toEqual({ id: IDS.axios });
    expect(s.evidence.excerpt).toContain('nach Angaben von Axios');
  });
});

describe('how Keir Starmer is connected to Putin', () => {
  it('finds the shortest paths, each a chain of stored relationships from Starmer to Putin', async () => {
    const data = await api.ok(`{
      connections(from: "${IDS.starmer}", to: "${IDS.putin}") {
        length
        nodes { __typename id }
        relationships { type from to }
      }
    }`);
    const paths = data.connections;
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.length).toBeLessThanOrEqual(3);
    expect(paths[0].length).toBe(4);
    for (const p of paths) {
      expect(p.nodes[0].id).toBe(IDS.starmer);
      expect(p.nodes[p.nodes.length - 1].id).toBe(IDS.putin);
      expect(p.relationships).toHaveLength(p.length);
      expect(p.nodes).toHaveLength(p.length + 1);
      p.relationships.forEach((r: { type: string; from: string; to: string }, i: number) => {
        // Each relationship joins the path's i-th and (i+1)-th nodes, in either direction as stored.
        expect([r.from, r.to].sort()).toEqual([p.nodes[i].id, p.nodes[i + 1].id].sort());
        expect(['IN_ARTICLE', 'MENTIONS', 'HAS_FACT', 'STATED_IN', 'PUBLISHED_BY']).not.toContain(r.type);
        if (r.type === 'SAID') expect(r.to).toMatch(/^statement:/);
        if (r.type === 'ABOUT') expect(r.from).toMatch(/^statement:/);
      });
      // Starmer's path starts with something he said: his reported peace proposal.
      expect(p.relationships[0]).toEqual({ type: 'SAID', from: IDS.starmer, to: 'statement:trump-tomahawk-2025-10-19' });
      expect(p.nodes[1].__typename).toBe('Statement');
    }
    expect(paths.map((p: { length: number }) => p.length)).toEqual([...paths.map((p: { length: number }) => p.length)].sort((a, b) => a - b));
    expect(new Set(paths.map((p: { nodes: { id: string }[] }) => p.nodes.map((n) => n.id).join('>'))).size).toBe(paths.length);
  });

  it('finds none when maxHops is below the shortest path', async () => {
    const data = await api.ok(`{ connections(from: "${IDS.starmer}", to: "${IDS.putin}", maxHops: 3) { length } }`);
    expect(data.connections).toEqual([]);
  });

  it('follows stated relations too: Peskov speaks for Putin', async () => {
    const data = await api.ok(`{ connections(from: "${IDS.peskov}", to: "${IDS.putin}", first: 1) { length relationships { type from to } } }`);
    expect(data.connections).toEqual([{ length: 1, relationships: [{ type: 'SPOKESPERSON_OF', from: IDS.peskov, to: IDS.putin }] }]);
  });
});

describe('what happened on 2025-10-17', () => {
  it('lists the events of that day with their participants and the statements made there', async () => {
    const data = await api.ok(`{
      events(from: "2025-10-17", to: "2025-10-17") {
        id date kind participants { id }
        statements { totalCount edges { node { id } } }
      }
      statements(filter: { from: "2025-10-17", to: "2025-10-17" }, first: 100) { totalCount edges { node { id date } } }
    }`);
    const expectedEvents = annotation.entities.filter((e) => e.type === 'Event' && e.date === '2025-10-17').map((e) => e.id);
    expect(data.events.map((e: { id: string }) => e.id).sort()).toEqual(expectedEvents.sort());
    expect(expectedEvents).toEqual(expect.arrayContaining(['event:white-house-meeting-2025-10-17', 'event:trump-zelenskyy-press-conference-2025-10-17']));
    for (const e of data.events) {
      expect(e.date).toBe('2025-10-17');
      expect(e.participants.map((p: { id: string }) => p.id).sort()).toEqual([IDS.trump, IDS.zelenskyy]);
      expect(nodes<any>(e.statements).map((s) => s.id)).toEqual(idsWhere((s) => s.event === e.id));
    }
    expect(nodes<any>(data.statements).map((s) => s.id)).toEqual(idsWhere((s) => s.date === '2025-10-17'));
    expect(data.statements.totalCount).toBeGreaterThan(0);
  });

  it('orders all events by date, undated ones last, and ranges by date', async () => {
    const data = await api.ok(`{ all: events { id date } october: events(from: "2025-10-16", to: "2025-10-31") { id date } }`);
    const dates = data.all.map((e: { date: string | null }) => e.date);
    const dated = dates.filter((d: string | null) => d !== null);
    expect(dated).toEqual([...dated].sort());
    expect(dates.slice(0, dated.length)).toEqual(dated);
    expect(data.october.map((e: { date: string }) => e.date)).toEqual(['2025-10-16', '2025-10-17', '2025-10-17']);
  });
});

describe('the "Ich bin Realist" quote', () => {
  it('is found by its words, with its speaker, occasion, translation and evidence', async () => {
    const data = await api.ok(`{
      statements(filter: { text: "Ich bin Realist" }) {
        totalCount
        edges { node {
          id text translation translationLanguage language mode attribution
          speaker { id } event { id } about { id }
          evidence { start end excerpt article { id text } }
        } }
      }
    }`);
    expect(data.statements.totalCount).toBe(1);
    const [s] = nodes<any>(data.statements);
    expect(s).toMatchObject({
      id: 'statement:trump-tomahawk-2025-10-28',
      text: 'Ich bin Realist',
      translation: 'I am a realist',
      translationLanguage: 'en',
      language: 'de',
      mode: 'DIRECT_QUOTE',
      attribution: 'ON_RECORD',
      speaker: { id: IDS.zelenskyy },
      event: { id: 'event:zelenskyy-remarks-after-meeting' },
    });
    expect(s.about.map((e: { id: string }) => e.id).sort()).toEqual([IDS.tomahawkDelivery, IDS.tomahawk].sort());
    expect(s.evidence.excerpt).toBe('„Ich bin Realist“, sagte er.');
    expect(sliceCodePoints(s.evidence.article.text, s.evidence.start, s.evidence.end)).toBe(s.evidence.excerpt);
  });

  it('is found by its English translation too', async () => {
    const data = await api.ok(`{ statements(filter: { text: "realists" }) { edges { node { id } } } }`);
    expect(nodes<any>(data.statements).map((s) => s.id)).toContain('statement:trump-tomahawk-2025-10-28');
  });
});

describe('evidence', () => {
  it("selects exactly each statement's excerpt in the article text (code points)", async () => {
    const data = await api.ok(`{
      article(id: "${IDS.article}") { text statements(first: 100) { totalCount edges { node { text evidence { start end excerpt article { id } } } } } }
    }`);
    expect(data.article.statements.totalCount).toBe(annotation.statements.length);
    for (const s of nodes<any>(data.article.statements)) {
      expect(s.evidence.article.id).toBe(IDS.article);
      expect(sliceCodePoints(data.article.text, s.evidence.start, s.evidence.end)).toBe(s.evidence.excerpt);
      expect(s.evidence.excerpt).toContain(s.text);
    }
  });

  it('backs stated relations and facts', async () => {
    const data = await api.ok(`{
      article(id: "${IDS.article}") { text }
      node(id: "${IDS.tomahawk}") { ... on Weapon {
        rangeKm unitCostUsd manufacturer { id }
        facts { attribute value numericValue unit evidence { start end excerpt } }
        relations { type from { id } to { id } evidence { start end excerpt } }
      } }
    }`);
    const text = data.article.text;
    const weapon = data.node;
    expect(weapon.manufacturer).toEqual({ id: IDS.raytheon });
    expect(weapon.rangeKm).toBe(1600);
    expect(weapon.facts).toContainEqual(expect.objectContaining({ attribute: 'rangeKm', value: '1600', numericValue: 1600, unit: 'km' }));
    expect(weapon.relations).toContainEqual(expect.objectContaining({ type: 'MANUFACTURER_OF', from: { id: IDS.raytheon }, to: { id: IDS.tomahawk } }));
    for (const item of [...weapon.facts, ...weapon.relations]) {
      expect(sliceCodePoints(text, item.evidence.start, item.evidence.end)).toBe(item.evidence.excerpt);
    }
  });
});
