import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/domain/visit';

/** "Leipzig, Germany": the destination city with the country's name in the UI language. */
export function useDestination(): (
  visit: Pick<Visit, 'destinationCity' | 'destinationCountry'>,
) => string {
  const { i18n } = useTranslation();
  const regions = useMemo(
    () => new Intl.DisplayNames([i18n.language], { type: 'region' }),
    [i18n.language],
  );
  return useCallback(
    (visit) => {
      const country = visit.destinationCountry;
      let countryName = country;
      try {
        countryName = country && (regions.of(country) ?? country);
      } catch {
        // An unknown code is shown as stored rather than hidden.
      }
      return [visit.destinationCity, countryName].filter(Boolean).join(', ');
    },
    [regions],
  );
}
