import type { PublicationData } from '../api/types';
import { links } from '../lib/route';
import { time } from './review-toolbar';

/** One publish: who, when, what the review decided, and which statements it added, removed or changed. */
export function PublicationRecord({ publication: p }: { publication: PublicationData }) {
  return (
    <article class="publication" data-testid="publication" aria-label={`Published by ${p.by}`}>
      <p class="publication-head">
        <strong>{p.by}</strong> published <time dateTime={p.at}>{time(p.at)}</time>
        <span class="muted"> · {p.statements} statements</span>
      </p>
      <p class="muted publication-counts">
        {p.proposed} proposed · {p.accepted} accepted · {p.edited} accepted after editing · {p.rejected} rejected · {p.added} added by hand
      </p>
      <ChangedIds label="Added" ids={p.addedStatements} link />
      <ChangedIds label="Changed" ids={p.changedStatements} link />
      <ChangedIds label="Removed" ids={p.removedStatements} />
    </article>
  );
}

function ChangedIds({ label, ids, link }: { label: string; ids: string[]; link?: boolean }) {
  if (ids.length === 0) return null;
  return (
    <p class="changed-ids" data-change={label.toLowerCase()}>
      <span class="label">
        {label} ({ids.length})
      </span>{' '}
      {ids.map((id, i) => (
        <>
          {i > 0 && ' · '}
          {link ? <a href={links.evidence(id)}>{id.replace(/^statement:/, '')}</a> : <code>{id.replace(/^statement:/, '')}</code>}
        </>
      ))}
    </p>
  );
}
