import { STANCE_LABELS, STANCE_SYMBOLS, StanceOrMixed, TYPE_COLOURS, EntityType, attributionLabel, modeLabel, provenanceLabel } from '../lib/labels';
import { links } from '../lib/route';
import type { EntityRef, StanceOn, StatementData } from '../api/types';

export function TypeBadge({ type }: { type: string }) {
  return (
    <span class="badge type-badge" style={{ '--type-colour': TYPE_COLOURS[type as EntityType] ?? '#64748b' }}>
      {type}
    </span>
  );
}

export function ModeBadge({ mode }: { mode: string }) {
  return (
    <span class={`badge mode mode-${mode.toLowerCase()}`} data-badge="mode" title="Speech mode">
      {modeLabel(mode)}
    </span>
  );
}

export function AttributionBadge({ attribution, reportedBy }: { attribution: string; reportedBy?: EntityRef | null }) {
  return (
    <span class={`badge attribution attribution-${attribution.toLowerCase()}`} data-badge="attribution" title="Attribution">
      {attributionLabel(attribution, reportedBy?.name)}
    </span>
  );
}

/** Who made the statement: a person (curated), the machine, or the machine checked by a person. */
export function ProvenanceBadge({ provenance, confidence, extractor }: { provenance: string; confidence?: number | null; extractor?: string | null }) {
  return (
    <span
      class={`badge provenance provenance-${provenance.toLowerCase()}`}
      data-badge="provenance"
      title={extractor ? `Provenance · proposed by ${extractor}` : 'Provenance'}
    >
      {provenanceLabel(provenance, confidence)}
    </span>
  );
}

/** How a statement was made and who made it: its speech mode, attribution and provenance badges. */
export function StatementBadges({
  statement: s,
}: {
  statement: Pick<StatementData, 'mode' | 'attribution' | 'reportedBy' | 'provenance' | 'confidence' | 'extractor'>;
}) {
  return (
    <>
      <ModeBadge mode={s.mode} />
      <AttributionBadge attribution={s.attribution} reportedBy={s.reportedBy} />
      <ProvenanceBadge provenance={s.provenance} confidence={s.confidence} extractor={s.extractor} />
    </>
  );
}

export function StanceBadge({ stance, topic, count }: { stance: StanceOrMixed; topic?: { id: string; name: string }; count?: number }) {
  const text = `${STANCE_LABELS[stance]}${topic ? ` ${topic.name}` : ''}${count !== undefined ? ` (${count})` : ''}`;
  const body = (
    <>
      <span aria-hidden="true" class="stance-symbol">
        {STANCE_SYMBOLS[stance]}
      </span>{' '}
      {STANCE_LABELS[stance]}
      {topic && <span class="stance-topic"> {topic.name}</span>}
      {count !== undefined && <span class="stance-count"> ({count})</span>}
    </>
  );
  return topic ? (
    <a class={`badge stance stance-${stance.toLowerCase()}`} data-badge="stance" href={links.entity(topic.id)} title={text}>
      {body}
    </a>
  ) : (
    <span class={`badge stance stance-${stance.toLowerCase()}`} data-badge="stance" title={text}>
      {body}
    </span>
  );
}

export function StanceBadges({ stances }: { stances: StanceOn[] }) {
  if (stances.length === 0) return null;
  return (
    <span class="badges">
      {stances.map((s) => (
        <StanceBadge stance={s.stance} topic={s.topic} />
      ))}
    </span>
  );
}

/** A statement's speaker as a chip, or "Unattributed" when nobody could be named. */
export function SpeakerChip({ speaker }: { speaker: EntityRef | null }) {
  return speaker ? (
    <EntityChip entity={speaker} />
  ) : (
    <span class="unattributed" title="The article names nobody the extractor could attribute this to">
      Unattributed
    </span>
  );
}

/** A speaker's name in text: the name, or "Unattributed". */
export function speakerName(speaker: EntityRef | null): string {
  return speaker?.name ?? 'Unattributed';
}

/** A link to an entity with a dot in its type's colour. */
export function EntityChip({ entity, title }: { entity: EntityRef; title?: string }) {
  return (
    <a
      class="chip"
      href={links.entity(entity.id)}
      title={title ?? `${entity.__typename}: ${entity.name}`}
      style={{ '--type-colour': TYPE_COLOURS[entity.__typename] ?? '#64748b' }}
    >
      <span class="dot" aria-hidden="true" />
      {entity.name}
    </a>
  );
}
