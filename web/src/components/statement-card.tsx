import type { StatementData } from '../api/types';
import { links } from '../lib/route';
import { EntityChip, SpeakerChip, StanceBadges, StatementBadges } from './badges';

/**
 * One statement as analysts read it: who said it (optional), the words (a direct quote in
 * quotation marks), the English translation, mode / attribution / stance badges, chips for
 * whom it is about, its date or event, and a link to the sentence in the article.
 */
export function StatementCard({ statement: s, showSpeaker = true, hideAbout }: { statement: StatementData; showSpeaker?: boolean; hideAbout?: string }) {
  const quote = s.mode === 'DIRECT_QUOTE';
  const about = s.about.filter((a) => a.id !== hideAbout);
  return (
    <article class="statement" data-statement-id={s.id} aria-label={s.speaker ? `Statement by ${s.speaker.name}` : 'Statement without a named speaker'}>
      <header class="statement-head">
        {showSpeaker && (
          <span class="speaker">
            <SpeakerChip speaker={s.speaker} />
            <span class="said">{quote ? 'said' : s.mode === 'ASSESSMENT' ? 'assessed' : 'stated'}</span>
          </span>
        )}
        <span class="badges">
          <StatementBadges statement={s} />
        </span>
        <span class="when">
          {s.date && <time dateTime={s.date}>{s.date}</time>}
          {s.event && (
            <a href={links.entity(s.event.id)} class="event-link" title="Event">
              {s.event.name}
            </a>
          )}
        </span>
      </header>
      <blockquote class={quote ? 'text quote' : 'text'} lang={s.language}>
        {quote ? `„${s.text}“` : s.text}
      </blockquote>
      {s.translation && (
        <p class="translation" lang="en">
          <span class="visually-hidden">English translation: </span>
          {s.translation}
        </p>
      )}
      <footer class="statement-foot">
        {about.length > 0 && (
          <span class="about">
            <span class="label">About</span>
            {about.map((a) => (
              <EntityChip entity={a} />
            ))}
          </span>
        )}
        <StanceBadges stances={s.stances} />
        <a class="evidence-link" href={links.evidence(s.id)}>
          Evidence<span class="visually-hidden"> for this statement</span> →
        </a>
      </footer>
    </article>
  );
}
