import { useEffect, useRef, useState } from 'preact/hooks';

import { useDebounced, useQuery } from '../api/hooks';
import { ENTITY_NAME, SEARCH } from '../api/queries';
import type { EntityRef, SearchHit } from '../api/types';
import { TYPE_COLOURS, typeOfId } from '../lib/labels';
import { fold } from '../lib/text';

let counter = 0;

/** The name of an entity known only by its id (from the URL); the id itself until it is known. */
export function useEntityRef(id: string | undefined): EntityRef | undefined {
  const { data } = useQuery<{ node: EntityRef | null }>(ENTITY_NAME, { id }, !id);
  if (!id) return undefined;
  return data?.node ?? { __typename: typeOfId(id) ?? 'Person', id, name: id };
}

interface PickerProps {
  label: string;
  value?: EntityRef;
  onChange: (value: EntityRef | undefined) => void;
  /** Only offer these types (e.g. topics for the topic filter). */
  types?: readonly string[];
  placeholder?: string;
  name?: string;
  /** Entities the graph does not have yet (a draft's new ones), offered first when their name matches. */
  extra?: readonly EntityRef[];
  /** Take the focus when shown (a picker that opens on request). */
  autoFocus?: boolean;
}

/**
 * A labelled combobox (WAI-ARIA 1.2 pattern) that finds entities by any spelling as you type:
 * arrow keys move, Enter picks, Escape closes; the picked entity shows with a clear button.
 */
export function EntityPicker({ label, value, onChange, types, placeholder = 'Type a name…', name, extra = [], autoFocus }: PickerProps) {
  const [id] = useState(() => `picker-${++counter}`);
  const [text, setText] = useState(value?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, []);

  // Show the picked entity's name, also when it arrives later (names resolved from the URL).
  useEffect(() => setText(value?.name ?? ''), [value?.id, value?.name]);

  const query = useDebounced(text.trim(), 120);
  const searching = open && query.length > 0 && query !== value?.name;
  const { data, loading, error } = useQuery<{ search: SearchHit[] }>(
    SEARCH,
    { query, first: 10, types: types ? types.map((t) => t.toUpperCase()) : null },
    !searching,
  );
  const local = searching ? extra.filter((e) => (!types || types.includes(e.__typename)) && fold(e.name).includes(fold(query))) : [];
  const hits = [
    ...local.map((node) => ({ score: 1, node: { ...node, aliases: [] } })),
    ...(data?.search ?? []).filter((h) => (!types || types.includes(h.node.__typename)) && !local.some((e) => e.id === h.node.id)),
  ].slice(0, 10);

  useEffect(() => setActive(0), [query]);

  const pick = (hit: EntityRef) => {
    onChange({ __typename: hit.__typename, id: hit.id, name: hit.name });
    setText(hit.name);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, Math.max(hits.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter') {
      if (open && hits[active]) {
        event.preventDefault();
        pick(hits[active].node);
      }
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        setOpen(false);
      }
    }
  };

  const listId = `${id}-list`;
  const expanded = searching && (hits.length > 0 || !loading);
  return (
    <div class="picker">
      <label for={id}>{label}</label>
      <div class="picker-field">
        <input
          id={id}
          ref={input}
          name={name}
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && hits[active] ? `${listId}-${active}` : undefined}
          placeholder={placeholder}
          value={text}
          onInput={(e) => {
            setText((e.target as HTMLInputElement).value);
            setOpen(true);
            if (value) onChange(undefined);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
        />
        {value && (
          <button
            type="button"
            class="clear"
            aria-label={`Clear ${label}`}
            onClick={() => {
              onChange(undefined);
              setText('');
              input.current?.focus();
            }}
          >
            ×
          </button>
        )}
      </div>
      <ul id={listId} role="listbox" class="picker-list" aria-label={`${label}: suggestions`} hidden={!expanded}>
        {error && <li class="picker-note">Search failed: {error.message}</li>}
        {!error && hits.length === 0 && !loading && <li class="picker-note">No match for “{query}”.</li>}
        {hits.map((hit, i) => (
          <li
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            class={i === active ? 'active' : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              pick(hit.node);
            }}
            onMouseEnter={() => setActive(i)}
          >
            <span class="dot" style={{ '--type-colour': TYPE_COLOURS[hit.node.__typename] }} aria-hidden="true" />
            <span class="picker-name">{hit.node.name}</span>
            <span class="picker-type">
              {hit.node.__typename}
              {local.some((e) => e.id === hit.node.id) ? ' · new' : ''}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
