// The validators' chunk that could not be fetched once (the network gone
// before the offline cache was filled) is asked for again when the store next
// opens, rather than failing every opening until the app is restarted.
import { describe, expect, it, vi } from 'vitest';

const fetches = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../renderer/data/schemaValidation', async (importOriginal) => {
  fetches.count += 1;
  if (fetches.count === 1) throw new TypeError('Failed to fetch dynamically imported module');
  return importOriginal();
});

describe('loadSchemaValidation', () => {
  it('asks for the chunk again after a failed fetch', async () => {
    const { loadSchemaValidation } = await import('../../../renderer/data/schemaValidator');
    await expect(loadSchemaValidation()).rejects.toThrow();
    const validator = await loadSchemaValidation();
    expect(typeof validator).toBe('function');
    expect(fetches.count).toBe(2);
  });
});
