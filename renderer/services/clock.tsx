import { createContext, useContext } from 'react';

/** Where "now" comes from: the system clock, or a fixed moment in tests and demos. */
export type Clock = () => Date;

const ClockContext = createContext<Clock>(() => new Date());

export const ClockProvider = ClockContext.Provider;

/** The current clock; call it when "now" is needed rather than keeping a Date around. */
export function useClock(): Clock {
  return useContext(ClockContext);
}
