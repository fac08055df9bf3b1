import { describe, expect, it } from 'vitest';
import { ELECTRON_MISSING_NOTICE, findElectronBinary } from '../../scripts/electronBinary.mjs';

describe('findElectronBinary', () => {
  it('finds the executable the electron package points to', () => {
    const result = findElectronBinary({
      require: () => '/x/node_modules/electron/dist/electron',
      exists: (path) => path === '/x/node_modules/electron/dist/electron',
    });
    expect(result).toEqual({ found: true, path: '/x/node_modules/electron/dist/electron' });
  });

  it('reports a missing binary when the electron package throws (no path.txt)', () => {
    const result = findElectronBinary({
      require: () => {
        throw new Error('Electron failed to install correctly');
      },
      exists: () => true,
    });
    expect(result).toEqual({ found: false, reason: 'Electron failed to install correctly' });
  });

  it('reports a missing binary when the path it names does not exist', () => {
    const result = findElectronBinary({ require: () => '/gone/electron', exists: () => false });
    expect(result.found).toBe(false);
  });

  it('reports a missing binary when the package exports no path', () => {
    expect(findElectronBinary({ require: () => ({}), exists: () => true }).found).toBe(false);
  });

  it('does not throw on this machine, where the binary was never downloaded', () => {
    expect(() => findElectronBinary()).not.toThrow();
  });

  it('explains the fallback in one line', () => {
    expect(ELECTRON_MISSING_NOTICE).not.toContain('\n');
    expect(ELECTRON_MISSING_NOTICE).toMatch(/browser/);
  });
});
