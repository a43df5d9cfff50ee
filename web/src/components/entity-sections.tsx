import type { EntityDetails, EntityRef, FactData, PositionData, RelationData } from '../api/types';
import { Stance, combineStances } from '../lib/labels';
import { relationWords } from '../lib/relations';
import { links } from '../lib/route';
import { EntityChip, StanceBadge } from './badges';
import { Empty } from './status';

/** The side sections of the entity page: positions, stated relations, facts. */

export /** Positions grouped by topic (for an actor) or by actor (for a topic), contradictions shown. */
function Positions({ entity, positions }: { entity: EntityDetails; positions: PositionData[] }) {
  if (positions.length === 0) return <Empty>No stance on any topic is recorded.</Empty>;
  const byTopic = entity.__typename !== 'Topic';
  const groups = new Map<string, { other: EntityRef | { id: string; name: string }; items: PositionData[] }>();
  for (const p of positions) {
    const other = byTopic ? p.topic : p.actor;
    const group = groups.get(other.id) ?? { other, items: [] };
    group.items.push(p);
    groups.set(other.id, group);
  }
  const rows = [...groups.values()].sort((a, b) => count(b.items) - count(a.items) || a.other.name.localeCompare(b.other.name));
  return (
    <ul class="positions">
      {rows.map(({ other, items }) => {
        const combined = combineStances(items.map((p) => p.stance as Stance))!;
        const cell = byTopic ? { actor: entity.id, topic: other.id } : { actor: other.id, topic: entity.id };
        return (
          <li class={`position stance-row-${combined.toLowerCase()}`}>
            <a href={links.entity(other.id)} class="position-name">
              {other.name}
            </a>
            <span class="badges">
              {items.map((p) => (
                <StanceBadge stance={p.stance} count={p.statementCount} />
              ))}
            </span>
            <a class="small-link" href={links.matrix(cell)}>
              statements<span class="visually-hidden"> behind this position</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}

const count = (items: PositionData[]) => items.reduce((n, p) => n + p.statementCount, 0);

export function Relations({ entity, relations }: { entity: EntityDetails; relations: RelationData[] }) {
  if (relations.length === 0) return <Empty>The article states no relation of {entity.name} to another entity.</Empty>;
  return (
    <ul class="relations">
      {relations.map((r) => (
        <li class="relation">
          <p class="relation-line">
            {r.from.id === entity.id ? <strong>{r.from.name}</strong> : <EntityChip entity={r.from} />}
            <span class="relation-type"> {relationWords(r.type)} </span>
            {r.to.id === entity.id ? <strong>{r.to.name}</strong> : <EntityChip entity={r.to} />}
          </p>
          {r.evidence && <Excerpt evidence={r.evidence} />}
          {r.note && <p class="note">Note: {r.note}</p>}
        </li>
      ))}
    </ul>
  );
}

export function Facts({ facts }: { facts: FactData[] }) {
  return (
    <table class="facts">
      <caption class="visually-hidden">Facts the article states</caption>
      <thead>
        <tr>
          <th scope="col">Attribute</th>
          <th scope="col">Value</th>
          <th scope="col">In the article</th>
        </tr>
      </thead>
      <tbody>
        {facts.map((f) => (
          <tr>
            <th scope="row">{humanize(f.attribute)}</th>
            <td>
              {f.numericValue != null ? formatNumber(f.numericValue) : f.value}
              {f.unit ? ` ${f.unit}` : ''}
            </td>
            <td>{f.evidence ? <q lang="de">{f.evidence.excerpt}</q> : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Excerpt({ evidence }: { evidence: { excerpt: string; article: { id: string; title: string } } }) {
  return (
    <p class="excerpt">
      <q lang="de">{evidence.excerpt}</q> <span class="muted">— {evidence.article.title}</span>
    </p>
  );
}

function humanize(attribute: string): string {
  return attribute
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/^./, (c) => c.toUpperCase())
    .replace(/\bUsd\b/, 'USD')
    .replace(/\bKm\b/, 'km');
}

export function formatNumber(n: number | string): string {
  const value = typeof n === 'string' ? Number(n) : n;
  return Number.isFinite(value) ? value.toLocaleString('en-US') : String(n);
}
