import { registerEnumType } from 'type-graphql';

/** What describes one value of an enum: its text, or a vocabulary term, which carries it as `description`. */
export type ValueDescription = string | { readonly description: string };

/**
 * Registers a GraphQL enum whose values are the keys of `values`, each with its description, and
 * returns the enum object type-graphql refers to: the sets of the vocabulary (src/vocabulary),
 * and the API's own choices such as list orders. `keyOf` maps a name to its GraphQL value name
 * when the two differ (`Person` → `PERSON`).
 */
export function describedEnum<K extends string>(name: string, description: string, values: Readonly<Record<K, ValueDescription>>): { readonly [V in K]: V };
export function describedEnum<K extends string>(
  name: string,
  description: string,
  values: Readonly<Record<K, ValueDescription>>,
  keyOf: (value: K) => string,
): Readonly<Record<string, K>>;
export function describedEnum<K extends string>(
  name: string,
  description: string,
  values: Readonly<Record<K, ValueDescription>>,
  keyOf: (value: K) => string = (value) => value,
): Readonly<Record<string, K>> {
  const keys = Object.keys(values) as K[];
  const enumObject = Object.freeze(Object.fromEntries(keys.map((value) => [keyOf(value), value])) as Record<string, K>);
  const describe = (value: K) => {
    const given = values[value];
    return typeof given === 'string' ? given : given.description;
  };
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(keys.map((value) => [keyOf(value), { description: describe(value) }])),
  });
  return enumObject;
}
