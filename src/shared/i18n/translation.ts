// The shape a translation must have: the French object's keys, every leaf a string. Assigning an object literal
// to it fails the type-check on a missing key (required property) and on an extra one (excess property check).
export type Translation<T> = { readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
