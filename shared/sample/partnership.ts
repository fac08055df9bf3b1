import type { Partnership } from '../domain/partnership';
import { sampleBase } from './sampleBase';
import { SAMPLE_IDS } from './sampleIds';

const HISTORY = [
  'Birmingham and Leipzig established their partnership in 1992 and became twin cities. A formal agreement aims to foster co-operation and understanding through cultural, educational and economic exchanges; exchanges since have covered economic regeneration, education, culture and public health.',
  'November 2024: the Leipzig Opera Ball, first held in 1693, celebrates one partner city each year and in 2024 focused on Birmingham. The Lord Mayor, Councillor Ken Wood, and the Lady Mayoress, Barbara Wood, attended, and ten Birmingham creative companies accompanied the Lord Mayor on a Birmingham delegation to Leipzig.',
  'Reciprocal trade mission: ten Leipzig creative companies (film, visual art, animation) visited Birmingham, organised by Birmingham City Council with the West Midlands Combined Authority, the West Midlands Growth Company, the Department for Business and Trade and the Greater Birmingham Chambers of Commerce, working with Kreatives Leipzig.',
  '10–13 June 2025: a Leipzig delegation visited Birmingham. Both cities want to access Horizon Europe funding for projects of academic knowledge exchange.',
].join('\n\n');

/** The twinning of Birmingham and Leipzig, stamped with `now`. */
export function samplePartnership(now: string): Partnership {
  return {
    ...sampleBase(SAMPLE_IDS.partnerships.birminghamLeipzig, now),
    parties: [
      {
        kind: 'city',
        name: 'Birmingham',
        organisationId: SAMPLE_IDS.organisations.birminghamCityCouncil,
        country: 'GB',
      },
      {
        kind: 'city',
        name: 'Leipzig',
        organisationId: SAMPLE_IDS.organisations.cityOfLeipzig,
        country: 'DE',
      },
    ],
    since: 1992,
    agreement:
      'Twinning agreement (1992): co-operation and understanding through cultural, educational and economic exchanges.',
    themes: ['culture', 'education', 'economy', 'public health'],
    status: 'active',
    historyNotes: HISTORY,
  };
}
