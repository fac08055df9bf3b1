import type { LiaisonBridge } from '../../shared/ipc/contract';

// The preload (electron/preload.ts) exposes the contract as window.liaison;
// in a browser it is absent. Declared here so only the renderer sees Window.
declare global {
  interface Window {
    liaison?: LiaisonBridge;
  }
}

/** The preload bridge, when running inside Electron. */
export function getBridge(): LiaisonBridge | undefined {
  return typeof window === 'undefined' ? undefined : window.liaison;
}
