/**
 * A short, stable name for a storage schema: two 32-bit FNV-1a hashes of its
 * JSON text (as RxDB keys its validators, by `JSON.stringify(schema)`). The
 * validators generated at build time are found by it, so a schema changed
 * since they were generated simply finds none.
 */
export function schemaFingerprint(schema: unknown): string {
  const text = JSON.stringify(schema);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}
