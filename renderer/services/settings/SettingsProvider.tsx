import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { writeSettings, type Settings } from './settings';

interface SettingsContextValue {
  settings: Settings;
  updateSettings: (change: Partial<Settings>) => void;
}

const SettingsContext = createContext<SettingsContextValue | null>(null);

export interface SettingsProviderProps {
  initial: Settings;
  storage?: Pick<Storage, 'setItem'>;
  children: ReactNode;
}

/** Holds this device's settings, saves each change and applies the language at once. */
export function SettingsProvider({ initial, storage, children }: SettingsProviderProps) {
  const { i18n } = useTranslation();
  const [settings, setSettings] = useState(initial);

  const updateSettings = useCallback(
    (change: Partial<Settings>) => {
      setSettings((current) => {
        const next = { ...current, ...change };
        if (storage) writeSettings(storage, next);
        return next;
      });
      if (change.language) {
        void i18n.changeLanguage(change.language);
        document.documentElement.lang = change.language;
      }
    },
    [i18n, storage],
  );

  const value = useMemo(() => ({ settings, updateSettings }), [settings, updateSettings]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

/** This device's settings and a way to change them. */
export function useSettings(): SettingsContextValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings needs a <SettingsProvider> above it.');
  return value;
}
