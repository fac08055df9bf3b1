import type { Organisation, OrganisationKind } from '../domain/organisation';
import { sampleBase } from './sampleBase';
import { SAMPLE_IDS } from './sampleIds';

const ORG = SAMPLE_IDS.organisations;

/** The fields that differ from one sample organisation to the next. */
interface OrganisationFacts {
  id: string;
  name: string;
  kind: OrganisationKind;
  city?: string;
  country?: string;
  sectors: string[];
  description?: string;
  parentOrganisationId?: string;
}

/**
 * Every organisation the two reference articles name. Descriptions keep to
 * what the articles say; addresses and websites are left out because the
 * articles give none.
 */
const FACTS: readonly OrganisationFacts[] = [
  {
    id: ORG.birminghamCityCouncil,
    name: 'Birmingham City Council',
    kind: 'city-council',
    city: 'Birmingham',
    country: 'GB',
    sectors: ['local government'],
    description: 'Organised the Leipzig creatives’ trade mission with its regional partners.',
  },
  {
    id: ORG.birminghamInternationalAffairs,
    name: 'International Affairs team, Birmingham City Council',
    kind: 'city-council',
    city: 'Birmingham',
    country: 'GB',
    sectors: ['international relations'],
    description: 'Hosted the Leipzig delegation of 10–13 June 2025.',
    parentOrganisationId: ORG.birminghamCityCouncil,
  },
  {
    id: ORG.cityOfLeipzig,
    name: 'City of Leipzig',
    kind: 'city-council',
    city: 'Leipzig',
    country: 'DE',
    sectors: ['local government'],
    description: 'Stadt Leipzig, Birmingham’s twin city since 1992.',
  },
  {
    id: ORG.leipzigInternationalAffairs,
    name: 'Department Office for International Affairs, City of Leipzig',
    kind: 'city-council',
    city: 'Leipzig',
    country: 'DE',
    sectors: ['international relations'],
    parentOrganisationId: ORG.cityOfLeipzig,
  },
  {
    id: ORG.westMidlandsCombinedAuthority,
    name: 'West Midlands Combined Authority',
    kind: 'combined-authority',
    country: 'GB',
    sectors: ['regional government', 'creative industries'],
    description: 'Funds the Immersive Bootcamps run at Birmingham Open Media.',
  },
  {
    id: ORG.westMidlandsGrowthCompany,
    name: 'West Midlands Growth Company',
    kind: 'agency',
    country: 'GB',
    sectors: ['inward investment', 'trade'],
  },
  {
    id: ORG.departmentForBusinessAndTrade,
    name: 'Department for Business and Trade',
    kind: 'government',
    country: 'GB',
    sectors: ['trade'],
  },
  {
    id: ORG.greaterBirminghamChambers,
    name: 'Greater Birmingham Chambers of Commerce',
    kind: 'chamber',
    city: 'Birmingham',
    country: 'GB',
    sectors: ['business'],
    description: 'Hosted the round table that opened the Leipzig creatives’ trade mission.',
  },
  {
    id: ORG.kreativesLeipzig,
    name: 'Kreatives Leipzig',
    kind: 'other',
    city: 'Leipzig',
    country: 'DE',
    sectors: ['creative industries'],
    description:
      'Founded in 2010 to give self-employed people and businesses from Leipzig’s creative industries the opportunity to build relationships with creative partners in other nations and regions.',
  },
  {
    id: ORG.astonUniversity,
    name: 'Aston University',
    kind: 'university',
    city: 'Birmingham',
    country: 'GB',
    sectors: ['higher education', 'research'],
    description:
      'Hosted the Leipzig delegation on 11 June 2025: cybersecurity, educational research, virtual reality in historical storytelling, public engagement.',
  },
  {
    id: ORG.astonCentreForEurope,
    name: 'Aston Centre for Europe',
    kind: 'university',
    city: 'Birmingham',
    country: 'GB',
    sectors: ['higher education', 'European studies'],
    parentOrganisationId: ORG.astonUniversity,
  },
  {
    id: ORG.universityOfBirmingham,
    name: 'University of Birmingham',
    kind: 'university',
    city: 'Birmingham',
    country: 'GB',
    sectors: ['higher education', 'research'],
  },
  {
    id: ORG.birminghamCityUniversity,
    name: 'Birmingham City University',
    kind: 'university',
    city: 'Birmingham',
    country: 'GB',
    sectors: ['higher education'],
  },
  {
    id: ORG.steamhouse,
    name: 'STEAMhouse',
    kind: 'other',
    city: 'Birmingham',
    country: 'GB',
    sectors: ['creative industries', 'innovation'],
    description:
      'Birmingham’s hub for creative innovation, part of Birmingham City University: membership packages for creative businesses, 3D printing, digital production facilities and a SoundLab.',
    parentOrganisationId: ORG.birminghamCityUniversity,
  },
  {
    id: ORG.bertzAssociates,
    name: 'Bertz Associates',
    kind: 'company',
    city: 'Birmingham',
    country: 'GB',
    sectors: [],
  },
  {
    id: ORG.grandUnion,
    name: 'Grand Union',
    kind: 'cultural-venue',
    city: 'Birmingham',
    country: 'GB',
    sectors: ['visual arts', 'urban regeneration'],
    description: 'Its Floating Garden shows community-led urban regeneration.',
  },
  {
    id: ORG.birminghamOpenMedia,
    name: 'Birmingham Open Media',
    kind: 'cultural-venue',
    city: 'Birmingham',
    country: 'GB',
    sectors: ['immersive technology', 'creative industries'],
    description: 'Works in the immersive and tech space; runs WMCA-funded Immersive Bootcamps.',
  },
  {
    id: ORG.holosphere,
    name: 'Holosphere',
    kind: 'company',
    city: 'Birmingham',
    country: 'GB',
    sectors: ['XR', 'immersive technology'],
    description:
      'A team of XR specialists using VR, AR and mixed reality on projects across the world.',
  },
  {
    id: ORG.ventureFest,
    name: 'VentureFest',
    kind: 'festival',
    city: 'Birmingham',
    country: 'GB',
    sectors: ['innovation'],
    description: 'Held a session on European Partnership opportunities during the trade mission.',
  },
  {
    id: ORG.theBond,
    name: 'The Bond',
    kind: 'cultural-venue',
    city: 'Birmingham',
    country: 'GB',
    sectors: ['creative industries'],
    description: 'In Digbeth, amid striking street art along the canal.',
  },
  {
    id: ORG.custardFactory,
    name: 'Custard Factory',
    kind: 'cultural-venue',
    city: 'Birmingham',
    country: 'GB',
    sectors: ['creative industries'],
    description: 'Creative quarter in Digbeth.',
  },
  {
    id: ORG.secondHomeStudios,
    name: 'Second Home Studios',
    kind: 'company',
    city: 'Birmingham',
    country: 'GB',
    sectors: ['animation'],
    description: 'BAFTA-nominated animation studio in Digbeth.',
  },
  {
    id: ORG.theOldCrown,
    name: 'The Old Crown',
    kind: 'other',
    city: 'Birmingham',
    country: 'GB',
    sectors: ['hospitality'],
    description: 'Birmingham’s oldest pub, built in 1358.',
  },
  {
    id: ORG.machnFestival,
    name: 'MACHN Festival',
    kind: 'festival',
    city: 'Leipzig',
    country: 'DE',
    sectors: ['technology', 'business', 'art'],
    description: 'A tech, business and art festival in Leipzig, June 2025.',
  },
  {
    id: ORG.birminghamDesignFestival,
    name: 'Birmingham Design Festival',
    kind: 'festival',
    city: 'Birmingham',
    country: 'GB',
    sectors: ['design'],
  },
  {
    id: ORG.flatpackFilmFestival,
    name: 'Flatpack Film Festival',
    kind: 'festival',
    city: 'Birmingham',
    country: 'GB',
    sectors: ['film'],
  },
  {
    id: ORG.birminghamFilmAndTvMarket,
    name: 'Birmingham Film and TV Market',
    kind: 'festival',
    city: 'Birmingham',
    country: 'GB',
    sectors: ['film', 'television'],
  },
  {
    id: ORG.birminghamMusicArchive,
    name: 'Birmingham Music Archive',
    kind: 'other',
    city: 'Birmingham',
    country: 'GB',
    sectors: ['music', 'heritage'],
  },
  {
    id: ORG.leopardCo,
    name: 'Leopard Co',
    kind: 'company',
    country: 'GB',
    sectors: ['marketing communications'],
    description: 'Marketing communications agency.',
  },
  {
    id: ORG.ensembleNobilis,
    name: 'Ensemble Nobilis',
    kind: 'other',
    city: 'Leipzig',
    country: 'DE',
    sectors: ['music'],
    description:
      'Internationally renowned a cappella group from Leipzig; sang at the Lord Mayor’s reception on 12 June 2025.',
  },
  {
    id: ORG.leipzigOperaBall,
    name: 'Leipzig Opera Ball',
    kind: 'other',
    city: 'Leipzig',
    country: 'DE',
    sectors: ['culture'],
    description:
      'Annual ball, first held in 1693, that celebrates one of Leipzig’s partner cities each year; Birmingham in 2024.',
  },
];

/** The sample's organisations, stamped with `now`. */
export function sampleOrganisations(now: string): Organisation[] {
  return FACTS.map(({ id, ...facts }) => ({ ...sampleBase(id, now), ...facts }));
}
