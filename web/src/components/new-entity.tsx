import { useState } from 'preact/hooks';

import { errorSentence, idTaken } from '../api/drafts';
import type { DraftEntityData, EntityRef } from '../api/types';
import { entityTypeEnum } from '../lib/labels';
import { newEntityId } from '../lib/draft';

type NewType = 'Person' | 'Organization' | 'Country' | 'Group' | 'Topic' | 'Weapon' | 'Event';

interface NewEntityProps {
  /** What it is for, as the button says it: "New speaker". */
  label: string;
  types: readonly NewType[];
  /** Ids the draft already gives its new entities. */
  taken: ReadonlySet<string>;
  /** Organizations made here get this kind ("media outlet" for a publisher). */
  kind?: string;
  onCreate: (entity: DraftEntityData, ref: EntityRef) => void;
}

/**
 * Describes an entity the graph does not have yet: its name and type. Its id is made from the
 * name (`person:eva-lindqvist`), unlike every id of the draft and of the graph; it is written
 * to the graph when the draft is published.
 */
export function NewEntityForm({ label, types, taken, kind, onCreate }: NewEntityProps) {
  const [name, setName] = useState('');
  const [type, setType] = useState<NewType>(types[0]);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const slug = label.toLowerCase().replace(/[^a-z]+/g, '-');

  const create = async () => {
    const clean = name.trim().replace(/\s+/g, ' ');
    if (!clean) return setProblem('Give the name first.');
    setBusy(true);
    try {
      const used = new Set(taken);
      let id = newEntityId(type, clean, used);
      // The graph may have an entity of the same id, another one of the same name: take the next free id.
      while (await idTaken(id)) {
        used.add(id);
        id = newEntityId(type, clean, used);
      }
      onCreate(
        { id, type: entityTypeEnum(type), name: clean, aliases: [], kind: type === 'Organization' ? (kind ?? null) : null },
        { __typename: type, id, name: clean },
      );
      setName('');
      setProblem(undefined);
    } catch (error) {
      setProblem(errorSentence(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset class="new-entity">
      <legend>{label}</legend>
      <label for={`${slug}-name`}>Name</label>
      <input
        id={`${slug}-name`}
        type="text"
        value={name}
        onInput={(e) => setName((e.target as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void create();
          }
        }}
      />
      {types.length > 1 && (
        <>
          <label for={`${slug}-type`}>Type</label>
          <select id={`${slug}-type`} value={type} onChange={(e) => setType((e.target as HTMLSelectElement).value as NewType)}>
            {types.map((t) => (
              <option value={t}>{t}</option>
            ))}
          </select>
        </>
      )}
      <button type="button" class="button small" disabled={busy} onClick={() => void create()}>
        Create
      </button>
      {problem && (
        <p class="field-problem" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
