import fs from 'node:fs';

import { readAnnotationFile, bundledAnnotationFiles, parseYaml } from '../../ingest/read';
import { EntityTypeName, ENTITY_TYPE_NAMES } from '../model';
import { EntityList, KnownEntities, KnownEntity } from './known-entities';

const TYPE_OF_PREFIX: Record<string, EntityTypeName> = {
  person: 'Person',
  org: 'Organization',
  country: 'Country',
  group: 'Group',
  weapon: 'Weapon',
  topic: 'Topic',
  event: 'Event',
};

/** The entities of annotation files, read and validated by the loader's own reader. */
export function annotationEntities(files: string[]): KnownEntities {
  const list: KnownEntity[] = [];
  for (const file of files) {
    for (const e of readAnnotationFile(file).entities)
      list.push({ id: e.id, type: e.type, name: e.name, aliases: e.aliases, anonymous: e.anonymous, roles: e.roles });
  }
  return new EntityList(list);
}

/** The entities of the annotation files bundled in `data/annotations/`. */
export function bundledEntities(rootDir: string): KnownEntities {
  return annotationEntities(bundledAnnotationFiles(rootDir));
}

/**
 * Entities from `--entities FILE`: an annotation file (it has `article`), or a YAML/JSON list of
 * `{id, type?, name, aliases?}` (the id's prefix gives the type when `type` is left out).
 */
export function entitiesFile(file: string): KnownEntities {
  const raw = parseYaml(fs.readFileSync(file, 'utf8'), file);
  if (raw && typeof raw === 'object' && !Array.isArray(raw) && 'article' in raw) return annotationEntities([file]);
  const items = Array.isArray(raw) ? raw : ((raw as { entities?: unknown[] })?.entities ?? []);
  const list: KnownEntity[] = [];
  items.forEach((item, i) => {
    const o = item as Record<string, unknown>;
    const id = typeof o.id === 'string' ? o.id : '';
    const type = (typeof o.type === 'string' && (ENTITY_TYPE_NAMES as readonly string[]).includes(o.type) ? o.type : TYPE_OF_PREFIX[id.split(':')[0]]) as
      EntityTypeName | undefined;
    if (!id || !type || typeof o.name !== 'string') throw new Error(`${file}: entry ${i + 1} needs an id with a known prefix (or a type) and a name.`);
    list.push({ id, type, name: o.name, aliases: Array.isArray(o.aliases) ? o.aliases.filter((a): a is string => typeof a === 'string') : [] });
  });
  return new EntityList(list);
}
