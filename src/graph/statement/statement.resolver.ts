import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import { articleFieldResolver } from '../article/article.resolver';
import { Evidence } from '../article/article.type';
import { Page } from '../common/pagination';
import { EntityRow, StatementRow } from '../common/rows';
import { Context } from '../context';
import { Actor } from '../actor/actor.interface';
import { Entity } from '../entity/entity.interface';
import { Event } from '../event/event.type';
import { Topic } from '../topic/topic.type';
import { StatementListArgs } from './statement.args';
import { statementConnection } from './statement.connection';
import { StanceOn, Statement, StatementConnection, TextSpan } from './statement.type';

/** Code points in `text` (offsets count code points, not UTF-16 units). */
function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** A span from its first code point and its text; null when either is missing. */
function span(start: number | null | undefined, text: string | null | undefined): TextSpan | null {
  return start === null || start === undefined || !text ? null : { start, end: start + codePoints(text), text };
}

@Resolver(() => Statement)
export class StatementResolver {
  /** Which statements match a filter, in a stable, pageable order? */
  @Query(() => StatementConnection, { description: 'Statements matching a filter, paged. Without a filter: every statement, in reading order.' })
  statements(@Args(() => StatementListArgs) args: StatementListArgs, @Ctx() ctx: Context): Promise<Page<StatementRow>> {
    return statementConnection(ctx, args, null, '');
  }

  /** Who said it? */
  @FieldResolver(() => Actor, {
    nullable: true,
    description: 'Who made the statement; null when the article does not say and the extractor could name nobody (it never guesses).',
  })
  speaker(@Root() s: StatementRow, @Ctx() ctx: Context): Promise<EntityRow | null> {
    return ctx.loaders.speaker.load(s.id);
  }

  /** Who relayed it? */
  @FieldResolver(() => Actor, { nullable: true, description: 'The intermediary the article credits for the statement ("Nach Angaben von Axios"), if any.' })
  reportedBy(@Root() s: StatementRow, @Ctx() ctx: Context): Promise<EntityRow | null> {
    return ctx.loaders.reporter.load(s.id);
  }

  /** Whom and what is it about? */
  @FieldResolver(() => [Entity], { description: 'The entities the statement is about (persons, countries, weapons, topics, events...), by name.' })
  about(@Root() s: StatementRow, @Ctx() ctx: Context): Promise<EntityRow[]> {
    return ctx.loaders.about.load(s.id);
  }

  /** Which stances does it take? */
  @FieldResolver(() => [StanceOn], { description: 'The stances the statement takes on topics, by topic name; empty when it takes none.' })
  async stances(@Root() s: StatementRow, @Ctx() ctx: Context): Promise<StanceOn[]> {
    const rows = await ctx.loaders.stances.load(s.id);
    return rows.map((r) => ({ stance: r.stance as StanceOn['stance'], topicId: r.topic.id }));
  }

  /** Where was it said? */
  @FieldResolver(() => Event, { nullable: true, description: 'The event the statement was made at (a press conference, a phone call...), if known.' })
  event(@Root() s: StatementRow, @Ctx() ctx: Context): Promise<EntityRow | null> {
    return ctx.loaders.statementEvent.load(s.id);
  }

  /** Where does the quote or reported clause stand? */
  @FieldResolver(() => TextSpan, { nullable: true, description: 'Where `text` stands in the article, inside `evidence`.' })
  textSpan(@Root() s: StatementRow): TextSpan | null {
    // The text's first occurrence in its excerpt, as the write path places it.
    const at = s.excerpt.indexOf(s.text);
    return at < 0 ? null : span(s.start + codePoints(s.excerpt.slice(0, at)), s.text);
  }

  /** Where is the speaker named? */
  @FieldResolver(() => TextSpan, {
    nullable: true,
    description: 'Where the article names the speaker for this statement (a name, role or pronoun), when recorded.',
  })
  speakerMention(@Root() s: StatementRow): TextSpan | null {
    return span(s.mentionStart, s.mention);
  }

  /** With which words is it reported? */
  @FieldResolver(() => TextSpan, { nullable: true, description: 'The reporting verb or phrase ("sagte", "according to"), when recorded.' })
  cue(@Root() s: StatementRow): TextSpan | null {
    return span(s.cueStart, s.cue);
  }

  /** Where does the article say so? */
  @FieldResolver(() => Evidence, { description: 'The passage of the article that carries the statement.' })
  evidence(@Root() s: StatementRow): Evidence {
    return { articleId: s.articleId, start: s.start, end: s.end, excerpt: s.excerpt };
  }

  /** In which language is the translation? */
  @FieldResolver(() => String, {
    nullable: true,
    description: 'The language of `translation` ("en") when there is one. A translation is the annotator\'s, never the speaker\'s own words.',
  })
  translationLanguage(@Root() s: StatementRow): string | null {
    return s.translation ? 'en' : null;
  }
}

/** Which article reports it? */
export const StatementArticleResolver = articleFieldResolver(() => Statement, 'The article that reports the statement (also `evidence.article`).');

@Resolver(() => StanceOn)
export class StanceOnResolver {
  @FieldResolver(() => Topic, { description: 'The topic the stance is on.' })
  topic(@Root() s: StanceOn, @Ctx() ctx: Context): Promise<EntityRow | null> {
    return ctx.loaders.entity.load(s.topicId);
  }
}
