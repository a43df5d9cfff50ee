import { useState } from 'preact/hooks';

import type { DraftEntityData, DraftStatementData, EntityRef } from '../api/types';
import { ACTOR_TYPES, ATTRIBUTION_LABELS, Attribution, MODE_LABELS, STANCE_LABELS, SpeechMode, Stance } from '../lib/labels';
import { EntityPicker } from './entity-picker';
import { NewEntityForm } from './new-entity';

interface EditorProps {
  statement: DraftStatementData;
  names: ReadonlyMap<string, EntityRef>;
  /** The draft's new entities, offered by the pickers beside the graph's. */
  entities: readonly DraftEntityData[];
  /** The statement as changed, with the new entities it names and the names of those picked. */
  onApply: (statement: DraftStatementData, created: DraftEntityData[], picked: EntityRef[]) => void;
  onCancel: () => void;
}

const ACTORS = ACTOR_TYPES as readonly string[];
const STANCE_CHOICES: Stance[] = ['SUPPORT', 'OPPOSE', 'NEUTRAL'];

/**
 * Corrects a statement: its speaker (an entity of the graph by any spelling, or a new one with
 * its type), form, attribution, reporter, what it is about and the stances it takes. Applying
 * accepts it; Escape or Cancel leaves it as it was.
 */
export function StatementEditor({ statement, names, entities, onApply, onCancel }: EditorProps) {
  const [s, setS] = useState(statement);
  const [created, setCreated] = useState<DraftEntityData[]>([]);
  const [picked, setPicked] = useState<EntityRef[]>([]);
  const [aboutPicker, setAboutPicker] = useState(0);
  const [topic, setTopic] = useState<EntityRef>();
  const [stance, setStance] = useState<Stance>('SUPPORT');

  const known = new Map(names);
  for (const r of picked) known.set(r.id, r);
  const refOf = (id: string | null): EntityRef | undefined => (id ? (known.get(id) ?? { __typename: 'Person', id, name: id }) : undefined);
  const local: EntityRef[] = [...entities, ...created].map((e) => known.get(e.id) ?? { __typename: 'Person', id: e.id, name: e.name });
  const taken = new Set([...entities, ...created].map((e) => e.id));

  const remember = (ref: EntityRef | undefined) => ref && setPicked((p) => [...p, ref]);
  const make = (entity: DraftEntityData, ref: EntityRef) => {
    setCreated((c) => [...c, entity]);
    remember(ref);
    return ref.id;
  };
  const set = (change: Partial<DraftStatementData>) => setS((old) => ({ ...old, ...change }));

  const addStance = () => {
    if (!topic) return;
    set({ stances: [...s.stances.filter((x) => x.topic !== topic.id), { topic: topic.id, stance }] });
    setTopic(undefined);
  };

  return (
    <form
      class="statement-editor"
      aria-label={`Edit statement ${s.key}`}
      onSubmit={(e) => {
        e.preventDefault();
        onApply({ ...s, translation: s.translation?.trim() || null }, created, picked);
      }}
      onKeyDown={(e) => {
        // An open suggestion list closes first (the picker takes that Escape).
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <div class="editor-grid">
        <div class="editor-field">
          <EntityPicker
            label="Speaker"
            name="speaker"
            types={ACTORS}
            extra={local}
            value={refOf(s.speaker)}
            autoFocus
            onChange={(ref) => {
              remember(ref);
              set({ speaker: ref?.id ?? null });
            }}
          />
          {s.speakerMention && <p class="hint">The article names them as “{s.speakerMention.text}”.</p>}
          <details class="new-entity-box">
            <summary>Speaker not in the graph?</summary>
            <NewEntityForm
              label="New speaker"
              types={['Person', 'Organization', 'Country', 'Group']}
              taken={taken}
              onCreate={(entity, ref) => set({ speaker: make(entity, ref) })}
            />
          </details>
        </div>
        <Choice label="Mode" value={s.mode} options={MODE_LABELS} onChange={(mode) => set({ mode: mode as SpeechMode })} />
        <Choice
          label="Attribution"
          value={s.attribution}
          options={ATTRIBUTION_LABELS}
          onChange={(attribution) => set({ attribution: attribution as Attribution })}
        />
        <div class="editor-field">
          <EntityPicker
            label="Reported by"
            name="reportedBy"
            types={ACTORS}
            extra={local}
            value={refOf(s.reportedBy)}
            onChange={(ref) => {
              remember(ref);
              set({ reportedBy: ref?.id ?? null });
            }}
          />
        </div>
      </div>

      <fieldset class="editor-about">
        <legend>About</legend>
        <ul class="chips editable-chips">
          {s.about.map((id) => (
            <li class="chip">
              {refOf(id)!.name}
              <button
                type="button"
                class="chip-remove"
                aria-label={`Remove ${refOf(id)!.name} from about`}
                onClick={() => set({ about: s.about.filter((x) => x !== id) })}
              >
                ×
              </button>
            </li>
          ))}
          {s.about.length === 0 && <li class="muted">Nothing yet.</li>}
        </ul>
        <EntityPicker
          key={aboutPicker}
          label="Add what it is about"
          name="about"
          extra={local}
          autoFocus={aboutPicker > 0}
          onChange={(ref) => {
            if (!ref) return;
            remember(ref);
            if (!s.about.includes(ref.id)) set({ about: [...s.about, ref.id] });
            setAboutPicker((n) => n + 1);
          }}
        />
      </fieldset>

      <fieldset class="editor-stances">
        <legend>Stances</legend>
        <ul class="stance-rows">
          {s.stances.map((st) => (
            <li>
              <span class="stance-topic-name">{refOf(st.topic)!.name}</span>
              <label class="visually-hidden" for={`stance-${s.key}-${st.topic}`}>
                Stance on {refOf(st.topic)!.name}
              </label>
              <select
                id={`stance-${s.key}-${st.topic}`}
                value={st.stance}
                onChange={(e) =>
                  set({ stances: s.stances.map((x) => (x.topic === st.topic ? { ...x, stance: (e.target as HTMLSelectElement).value as Stance } : x)) })
                }
              >
                {STANCE_CHOICES.map((k) => (
                  <option value={k}>{STANCE_LABELS[k]}</option>
                ))}
              </select>
              <button
                type="button"
                class="button small"
                aria-label={`Remove the stance on ${refOf(st.topic)!.name}`}
                onClick={() => set({ stances: s.stances.filter((x) => x.topic !== st.topic) })}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
        <div class="stance-add">
          <EntityPicker label="Topic" name="topic" types={['Topic']} extra={local} value={topic} onChange={(ref) => (remember(ref), setTopic(ref))} />
          <div>
            <label for={`new-stance-${s.key}`}>Stance</label>
            <select id={`new-stance-${s.key}`} value={stance} onChange={(e) => setStance((e.target as HTMLSelectElement).value as Stance)}>
              {STANCE_CHOICES.map((k) => (
                <option value={k}>{STANCE_LABELS[k]}</option>
              ))}
            </select>
          </div>
          <button type="button" class="button small" disabled={!topic} onClick={addStance}>
            Add stance
          </button>
        </div>
        <details class="new-entity-box">
          <summary>Topic not in the graph?</summary>
          <NewEntityForm label="New topic" types={['Topic']} taken={taken} onCreate={(entity, ref) => setTopic(known.get(make(entity, ref)) ?? ref)} />
        </details>
      </fieldset>

      <div class="editor-field">
        <label for={`translation-${s.key}`}>English translation</label>
        <input
          id={`translation-${s.key}`}
          type="text"
          value={s.translation ?? ''}
          onInput={(e) => set({ translation: (e.target as HTMLInputElement).value || null })}
        />
      </div>

      <div class="actions">
        <button type="submit" class="button primary">
          Accept with these changes
        </button>
        <button type="button" class="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function Choice({ label, value, options, onChange }: { label: string; value: string; options: Record<string, string>; onChange: (value: string) => void }) {
  const id = `editor-${label.toLowerCase()}`;
  return (
    <div class="editor-field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        {Object.entries(options).map(([k, v]) => (
          <option value={k}>{v}</option>
        ))}
      </select>
    </div>
  );
}
