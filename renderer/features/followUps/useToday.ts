import { useState } from 'react';
import { isoDateOf } from '../../../shared/time/zonedTime';
import { useClock } from '../../services/clock';
import { useSettings } from '../../services/settings/SettingsProvider';

/**
 * Today's ISO date in the user's home zone: "overdue" follows the office's
 * calendar, not UTC's, so nothing turns overdue at 1 a.m. in Leipzig.
 */
export function useToday(): string {
  const { settings } = useSettings();
  // The clock is read when the screen opens; a screen left open overnight keeps yesterday.
  const clock = useClock();
  const [now] = useState(() => clock().toISOString());
  return isoDateOf(now, settings.homeTimeZone);
}
