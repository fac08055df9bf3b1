export declare const ELECTRON_MISSING_NOTICE: string;

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

export declare function findElectronBinary(deps?: {
  require?: (id: string) => unknown;
  exists?: (path: string) => boolean;
}): ElectronBinary;
