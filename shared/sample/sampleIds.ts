/**
 * Fixed ids of the sample workspace, so loading it twice upserts the same
 * documents instead of adding copies. Each is the RFC 4122 version-5 UUID of
 * `<collection>/<key>` in the namespace below (itself the v5 UUID of
 * "https://liaison.invalid/sample/birmingham-leipzig" in the URL namespace).
 * They are written out rather than computed so that shared/ needs no SHA-1.
 */
export const SAMPLE_NAMESPACE = '012935aa-1dfb-5360-94fa-a5866e1e7a38';

/** Ids of every sample document, by collection and a readable key. */
export const SAMPLE_IDS = {
  organisations: {
    birminghamCityCouncil: '001e0eab-9311-5a4f-bcb1-b99361ef9937',
    birminghamInternationalAffairs: '8ef6043c-abf9-55c4-b273-629767b7816e',
    cityOfLeipzig: '58f37e3e-30f2-5d31-b22e-fdca7a3703ba',
    leipzigInternationalAffairs: '0379eb44-8525-57b3-840a-75e34c189737',
    westMidlandsCombinedAuthority: 'b93026ff-d197-571c-88a8-7fd4d791965a',
    westMidlandsGrowthCompany: '445a41be-fa11-5de4-bff8-8dbb8f7f0c6f',
    departmentForBusinessAndTrade: '9939cb25-5cbb-5b1c-aee3-b075557a3d21',
    greaterBirminghamChambers: '7b6a4a33-c8a2-591f-b917-257dd0f5a5db',
    kreativesLeipzig: '30a55160-1870-53d2-a232-b469b946bb32',
    astonUniversity: '7b256f67-751f-5932-8655-cc947d3bbf41',
    astonCentreForEurope: '4bd0d544-90a6-55fd-970d-1a22941d0c92',
    universityOfBirmingham: '4371622e-1297-542c-9000-532aa2796daa',
    birminghamCityUniversity: '95bf683d-88b0-5447-a05d-f5a64d91998f',
    steamhouse: '0f6e0ed6-68dc-589f-9578-95e760bb87e6',
    bertzAssociates: '4ccfce20-bd7e-5b67-a880-bd9802827931',
    grandUnion: '4b0df581-19ea-5011-9386-33c82ee82fe1',
    birminghamOpenMedia: 'ecb17267-0c65-57de-b94f-122de58f0748',
    holosphere: '03a1dd75-5502-50bd-8cc2-bb979c781a59',
    ventureFest: '0bfa8091-31b6-5440-96d5-753b01c24d50',
    theBond: 'fcb60394-b04a-5fbd-bcd1-bdc4d6753883',
    custardFactory: '49e1753d-f259-5469-8927-abe2796d412f',
    secondHomeStudios: 'b5adfa4d-19cf-5887-86e5-b254f636df98',
    theOldCrown: '6642a219-5342-530d-9f6c-c4da3766b8fa',
    machnFestival: '70a6995d-a38b-5313-b66e-027a1c7ed489',
    birminghamDesignFestival: 'fa05aeac-f6bc-5411-aac7-4d72d3d19b40',
    flatpackFilmFestival: '95ae1c79-0eaa-569e-af70-f042ec821738',
    birminghamFilmAndTvMarket: '0f854289-e15c-51b1-918a-8fb46b8491a7',
    birminghamMusicArchive: 'b472544a-db06-526a-9969-2c524587fb06',
    leopardCo: 'c6306193-68b5-59c9-a740-01b37e9bdb88',
    ensembleNobilis: '13797d18-a770-5b02-a47f-ebb332ffd4d5',
    leipzigOperaBall: 'cde7f09a-fdae-5235-8237-940e5146db36',
  },
  contacts: {
    kenWood: 'daeab071-129b-5b28-b283-31dfbb430ffb',
    barbaraWood: '786bbc51-e85b-56b0-a898-4c893f951e56',
    manuelaBlum: '58465179-bea8-59a0-bbb2-74d8b623279c',
    antjeNolting: '937021dc-96ae-530b-a6ba-853785d7d6d2',
    inesDietrich: 'c7ba939c-a1bb-5e41-9f85-ad4dd5dc9e2f',
    mikeCaine: 'dd036425-3fe2-5dbd-859e-657cd3666d7d',
    angelsOdena: 'c906a4e7-dd25-5802-b603-bf0153369c47',
    edTurner: 'ae477e2b-53d7-545f-9fb6-1920ec2a50d8',
    anthonyTattum: '97ac1fa8-430f-5224-9e91-35f8ac34e305',
    fionaLatter: '31b14a19-127a-57e6-bc5e-efc131002d0b',
  },
  partnerships: {
    birminghamLeipzig: '62b32ee4-ef31-5b6d-9091-740f2c5769fb',
  },
  visits: {
    delegation2025: '0a909fa1-2add-56b6-b1df-551783aebbde',
    tradeMission: '345a8a1c-89ca-56b9-a577-a879272f3743',
  },
  agendaItems: {
    delegationSteamhouse: 'e632712a-7a50-5cf8-ba96-3a19f56a216e',
    delegationFloatingGarden: '2cd9a4ce-6537-5ce8-81f4-8415880a55d8',
    delegationAston: 'b44eb8d5-e5cb-5a1f-b908-a7bfadb72889',
    delegationCareerRoadShow: 'd3c1d61d-8c2b-5c09-9981-9bcfd4776fe2',
    delegationReception: '059f9636-76e8-5669-93c9-997b5662aa86',
    delegationDesignFestival: 'dcee066b-857f-53a8-8f17-aa0194623176',
    missionRoundTable: '0f104947-0934-59c5-95ba-64ce02ec3a4a',
    missionOpenMedia: 'a652f326-26c8-5e53-9cf2-958a1e0fd4c4',
    missionHolosphere: 'a4e4ac1f-96d5-5517-a372-80d91b96dc8a',
    missionVentureFest: 'ac5b4161-3900-5a00-b2e9-402c5fde8299',
    missionSteamhouse: '6a17d6ca-2516-5296-9b6a-a400b2c6f957',
    missionTheBond: 'b52a59e9-3e1c-5716-b20c-f8e72ee60f7e',
    missionCustardFactory: '4b0fc70e-48b6-54aa-be55-60b466637cac',
    missionSecondHomeStudios: '0cf150ad-5740-5d5a-9cf0-db384ebf2ccb',
    missionOldCrown: '99e950dc-3e58-509c-ab67-21fb4b4721e0',
  },
  followUps: {
    machnFestival: '8a67ec86-f7b2-580f-a89b-9e8d58a6b740',
    filmAndTvMarket2025: '57c4d52c-a4f4-5c98-8f95-8cc8efd4236b',
    designFestival2026: '6b495671-92e5-53b6-b370-f398b481d770',
    flatpack2026: '06f59650-ef72-59c1-9f58-82f2eea2add7',
    horizonEurope: 'f9a0ded8-ade3-58f6-86fc-d6a7a11e66c9',
  },
  notes: {
    roundTable: '319bcb92-a087-59e2-812c-45f13cdd3049',
    astonSession: '11b8d1cf-0386-5933-b67c-b4fb44aac373',
    reception: 'c65f0614-ab87-59e0-8d87-9da8ede46710',
    creativeEcosystems: '7b54c67d-b82e-5e73-abfa-5ba0b7af2bb2',
  },
} as const;
