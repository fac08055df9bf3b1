/**
 * The same tree of keys as `T`, every leaf a string: what a translation must
 * provide. Strings are written in English, one file per module
 * (`xMessages.en.ts`), and translated in one file per language beside it
 * (`xMessages.de.ts`) typed `Translation<typeof xMessagesEn>`: a missing or an
 * extra key fails the typecheck (and a test checks the whole tree again).
 */
export type Translation<T> = {
  [K in keyof T]: T[K] extends string ? string : Translation<T[K]>;
};
