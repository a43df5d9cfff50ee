import { Field, InputType } from 'type-graphql';

import { DateScalar } from '../common/dates';
import { OptionalId } from '../common/fields';
import { Attribution, Provenance, SpeechMode, Stance } from './statement.type';

@InputType({ description: 'Narrows a statement list. All given fields must hold (AND); absent or null fields do not filter.' })
export class StatementFilter {
  @OptionalId('Only statements made by this actor (`person:...`, `org:...`, `country:...`, `group:...`).')
  speaker?: string | null;

  @OptionalId('Only statements about this entity (any kind of entity id).')
  about?: string | null;

  @OptionalId('Only statements that take a stance on this topic (`topic:...`). Statements merely mentioning a topic are found with `about`.')
  topic?: string | null;

  @Field(() => Stance, { nullable: true, description: 'Only statements taking this stance: on `topic` when it is given, otherwise on any topic.' })
  stance?: Stance | null;

  @Field(() => SpeechMode, {
    nullable: true,
    description: 'Only statements of this form: direct quotes, indirect or free indirect speech, reported speech acts or assessments.',
  })
  mode?: SpeechMode | null;

  @Field(() => Attribution, { nullable: true, description: 'Only statements on record, reported or alleged.' })
  attribution?: Attribution | null;

  @Field(() => Provenance, { nullable: true, description: 'Only statements hand-coded, machine-proposed and not reviewed, or reviewed.' })
  provenance?: Provenance | null;

  @OptionalId('Only statements relayed by this intermediary (an actor id), such as `org:axios`.')
  reportedBy?: string | null;

  @OptionalId('Only statements from this article (`article:...`).')
  article?: string | null;

  @OptionalId('Only statements made at this event (`event:...`).')
  event?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Full-text search over the original texts (German stemming) and their English translations (English stemming): every word must occur, in any inflection ("Rakete" finds "Raketen"). Punctuation and search syntax are ignored.',
  })
  text?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only statements dated on or after this day (undated statements are left out).' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only statements dated on or before this day (undated statements are left out).' })
  to?: string | null;
}
