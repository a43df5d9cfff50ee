import { registerEnumType } from 'type-graphql';

/**
 * Registers a GraphQL enum whose values are the keys of `info`, each with its description, and
 * returns the enum object type-graphql refers to: the sets of the vocabulary (src/vocabulary),
 * and the API's own choices such as list orders. `keyOf` maps a name to its GraphQL value name
 * when the two differ (`Person` → `PERSON`).
 */
export function describedEnum<K extends string>(
  name: string,
  description: string,
  info: Readonly<Record<K, { readonly description: string }>>,
  keyOf: (value: K) => string = (value) => value,
): Readonly<Record<string, K>> {
  const values = Object.keys(info) as K[];
  const enumObject = Object.freeze(Object.fromEntries(values.map((value) => [keyOf(value), value])) as Record<string, K>);
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(values.map((value) => [keyOf(value), { description: info[value].description }])),
  });
  return enumObject;
}
