import DataLoader from 'dataloader';

import { Database } from '../../db/database';
import { ArticleRow, EntityRow } from '../common/rows';
import { MentionRow } from '../entity/entity.repository';
import { PrimeEntity } from '../node/node.loader';
import { articleRepository } from './article.repository';

export interface ArticleLoaders {
  article: DataLoader<string, ArticleRow | null>;
  articleSource: DataLoader<string, EntityRow | null>;
  articleMentions: DataLoader<string, MentionRow[]>;
}

export function articleLoaders(db: Database, prime: PrimeEntity): ArticleLoaders {
  return {
    article: new DataLoader(async (ids) => {
      const found = await articleRepository.findByIds(db, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    articleSource: new DataLoader(async (ids) => {
      const found = await articleRepository.findSources(db, ids);
      found.forEach(prime);
      return ids.map((id) => found.get(id) ?? null);
    }),
    articleMentions: new DataLoader(async (ids) => {
      const found = await articleRepository.findMentions(db, ids);
      found.forEach((rows) => rows.forEach((m) => m.entity && prime(m.entity)));
      return ids.map((id) => found.get(id) ?? []);
    }),
  };
}
