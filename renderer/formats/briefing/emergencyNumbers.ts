/**
 * Public emergency numbers of the countries the team's visits go to. 112 works
 * across the EU (and on GSM phones in most of the world); where a country's
 * own number is what people know, it comes first, then police and ambulance
 * numbers where they differ. Numbers only, so they read the same in every
 * language of the pack. Small on purpose: a pack
 * for a country not listed simply prints no number rather than a wrong one.
 */
const EMERGENCY_NUMBERS: Readonly<Record<string, string>> = {
  GB: '999 / 112',
  IE: '112 / 999',
  DE: '112 / 110',
  AT: '112 / 133 / 144',
  CH: '112 / 117 / 144',
  FR: '112 / 15',
  NL: '112',
  BE: '112',
  LU: '112',
  DK: '112',
  SE: '112',
  NO: '112 / 113',
  FI: '112',
  PL: '112',
  CZ: '112',
  SK: '112',
  HU: '112',
  IT: '112',
  ES: '112',
  PT: '112',
  GR: '112',
  US: '911',
  CA: '911',
  AU: '000',
  NZ: '111',
  JP: '110 / 119',
  CN: '110 / 120 / 119',
  IN: '112',
};

/** The local emergency number of an ISO 3166-1 alpha-2 country, or undefined if not known. */
export function emergencyNumber(countryCode: string | undefined): string | undefined {
  return countryCode ? EMERGENCY_NUMBERS[countryCode.toUpperCase()] : undefined;
}
