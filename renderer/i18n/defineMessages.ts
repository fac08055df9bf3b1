/** The same tree of keys as `T`, every leaf a string: what a translation must provide. */
export type Translation<T> = {
  [K in keyof T]: T[K] extends string ? string : Translation<T[K]>;
};

/**
 * One feature's strings in every language, side by side. The German tree must
 * have exactly the English keys (the type checks it; a test checks it again).
 */
export function defineMessages<T extends object>(messages: { en: T; de: Translation<T> }) {
  return messages;
}
