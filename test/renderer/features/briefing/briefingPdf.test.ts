// @vitest-environment node
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiaisonDatabase } from '../../../../renderer/data/database';
import {
  gatherBriefingData,
  type BriefingData,
} from '../../../../renderer/formats/briefing/briefingData';
import {
  BRIEFING_SECTIONS,
  defaultBriefingOptions,
  type BriefingOptions,
} from '../../../../renderer/formats/briefing/briefingOptions';
import { snapshotOf } from '../../../../renderer/formats/briefing/briefingSnapshot';
import { buildBriefingPdf } from '../../../../renderer/formats/briefing/buildBriefingPdf';
import { packMessagesDe as de } from '../../../../renderer/formats/briefing/packMessages.de';
import { packMessagesEn as en } from '../../../../renderer/formats/briefing/packMessages.en';
import { SAMPLE_IDS } from '../../../../shared/sample/birminghamLeipzig';
import { briefingStore, moveItem, nodeFontSources, pdfPages } from './briefingFixtures';

const VISIT = SAMPLE_IDS.visits.delegation2025;
const NOW = '2025-06-05T09:00:00.000Z';

let database: LiaisonDatabase;
let berlinReader: BriefingData;

beforeAll(async () => {
  database = await briefingStore();
  berlinReader = await gatherBriefingData(database, VISIT, {
    homeTimeZone: 'Europe/Berlin',
    now: NOW,
  });
});

afterAll(async () => {
  await database.close();
});

/** The whole pack's text, as pdf.js reads it back. */
async function packText(data: BriefingData, options: Partial<BriefingOptions> = {}) {
  const language = options.language ?? 'en';
  const bytes = await buildBriefingPdf(
    data,
    { ...defaultBriefingOptions(language), ...options },
    nodeFontSources(),
  );
  return { bytes, text: (await pdfPages(bytes)).join(' ') };
}

/** "HH:mm" of a venue's wall-clock time seen from another zone, worked out apart from the pack. */
function clockIn(local: string, venueZone: string, zone: string): string {
  return Temporal.PlainDateTime.from(local)
    .toZonedDateTime(venueZone)
    .withTimeZone(zone)
    .toPlainTime()
    .toString({ smallestUnit: 'minute' });
}

describe('buildBriefingPdf', () => {
  it('makes a PDF with the chosen sections and without the others', async () => {
    const chosen = BRIEFING_SECTIONS.filter((s) => s !== 'venues' && s !== 'followUps');
    const { bytes, text } = await packText(berlinReader, { sections: chosen });

    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    for (const section of chosen) expect(text).toContain(en.sections[section]);
    expect(text).not.toContain(en.sections.venues);
    expect(text).not.toContain(en.sections.followUps);
    // The follow-up itself is gone too, not only its heading.
    expect(text).not.toContain('Horizon Europe: identify joint knowledge-exchange projects');
    expect(text).toContain('Leipzig delegation to Birmingham');
    expect(text).toMatch(/Page 1 of \d+/);
    // No page is left blank (a section that starts on a new page must not follow the cover's break).
    expect((await pdfPages(bytes)).every((page) => page.length > 60)).toBe(true);
  }, 60_000);

  it('prints venue times with the home time beside them when the zones differ', async () => {
    const { text } = await packText(berlinReader, { sections: ['programme'] });
    const london = 'Europe/London';
    for (const [start, end] of [
      ['2025-06-10T14:00', '2025-06-10T15:30'], // STEAMhouse
      ['2025-06-12T18:30', '2025-06-12T20:30'], // the Lord Mayor's reception
    ] as const) {
      const venue = `${start.slice(11)}–${end.slice(11)}`;
      const home = `${clockIn(start, london, 'Europe/Berlin')}–${clockIn(end, london, 'Europe/Berlin')}`;
      expect(text).toContain(`${venue} (${home} home)`);
    }
    expect(text).toContain('15:00–16:30 home');
    expect(text).toContain('Tuesday, 10 June 2025');
    expect(text).toContain('Friday, 13 June 2025');
    expect(text).toContain('Europe/London');
  }, 60_000);

  it('prints no home time when the reader lives in the venue’s zone', async () => {
    const londonReader = await gatherBriefingData(database, VISIT, {
      homeTimeZone: 'Europe/London',
      now: NOW,
    });
    const { text } = await packText(londonReader, { sections: ['programme'] });
    expect(text).toContain('14:00–15:30');
    expect(text).not.toMatch(/\d\d:\d\d home/);
  }, 60_000);

  it('addresses the Lord Mayor by his formal style in print and “Lord Mayor” in speech', async () => {
    const { text } = await packText(berlinReader, { sections: ['people'] });
    expect(text).toContain('The Right Worshipful, The Lord Mayor of Birmingham');
    expect(text).toMatch(/Say Lord Mayor/);
    expect(text).toContain('Dear Lord Mayor');
    // Only the highest academic title is spoken: "Dr Nolting", not "Frau Dr. Nolting".
    expect(text).toContain('Dear Dr Nolting');
  }, 60_000);

  it('writes a German pack in German, with German forms of address', async () => {
    const { text } = await packText(berlinReader, { language: 'de' });
    expect(text).toContain(de.sections.programme);
    expect(text).toContain(de.sections.people);
    expect(text).toContain('Dienstag, 10. Juni 2025');
    expect(text).toContain('Mittwoch, 11. Juni 2025');
    expect(text).toContain('Sehr geehrter Herr Oberbürgermeister');
    expect(text).toContain('Sehr geehrte Frau Dr. Nolting');
    expect(text).toMatch(/Seite 1 von \d+/);
    expect(text).not.toContain(en.sections.people);
    expect(text).not.toContain('Tuesday');
  }, 60_000);

  it('leaves dietary and access needs out unless sensitive fields are chosen', async () => {
    const plain = (await packText(berlinReader)).text;
    expect(plain).not.toContain('Vegetarian, no nuts');
    expect(plain).not.toContain('Step-free access to venues');
    expect(plain).not.toContain(en.sections.needs);
    expect(plain).not.toContain(en.classificationSensitive);
    expect(plain).toContain(en.classification);

    const sensitive = (await packText(berlinReader, { includeSensitive: true })).text;
    expect(sensitive).toContain(en.sections.needs);
    expect(sensitive).toContain('Vegetarian, no nuts');
    expect(sensitive).toContain('Step-free access to venues');
    expect(sensitive).toContain(en.classificationSensitive);
  }, 60_000);

  it('keeps Latin Extended names intact, family-first names in their own order', async () => {
    const { text } = await packText(berlinReader, { sections: ['people'] });
    expect(text).toContain('Łukasz Wałęsa');
    expect(text).toContain('Mr Wałęsa');
    expect(text).toContain('Dr. Antonín Dvořák');
    expect(text).toContain('Erdős Pál');
    expect(text).toContain('WOO-kash va-WEN-sa');
    // Languages are named in the pack's language.
    expect(text).toContain('Polish, English');
  }, 60_000);

  it('names the local emergency number and the lead’s and organisers’ phones', async () => {
    const { text } = await packText(berlinReader, { sections: ['logistics'] });
    expect(text).toContain('999');
    expect(text).toContain('+49 341 123 4567');
    expect(text).toContain('+44 7700 900123');
    expect(text).toContain('Hyatt Regency Birmingham');
    expect(text).toContain('Rail strike possible on 12 June.');
  }, 60_000);

  it('lists a changed time and a cancellation in the addendum', async () => {
    const I = SAMPLE_IDS.agendaItems;
    const festival = await database.agendaItems.findOne(I.delegationDesignFestival).exec();
    try {
      await moveItem(database, I.delegationAston, '2025-06-11T11:00', '2025-06-11T14:00');
      await festival?.incrementalPatch({ status: 'cancelled' });
      const after = await gatherBriefingData(database, VISIT, {
        homeTimeZone: 'Europe/Berlin',
        now: '2025-06-09T09:00:00.000Z',
      });
      const { text } = await packText(after, {
        sections: ['programme'],
        addendum: true,
        previousSnapshot: snapshotOf(berlinReader),
      });
      expect(text).toContain(en.sections.addendum);
      expect(text).toContain('Changed: Aston University: research and knowledge exchange');
      expect(text).toContain('was 11 Jun 2025, 10:00–13:00, now 11 Jun 2025, 11:00–14:00');
      expect(text).toContain('Cancelled: Birmingham Design Festival');
      expect(text).toContain('CANCELLED');
      expect(text).not.toContain('Changed: STEAMhouse');
    } finally {
      // Later tests read the sample as it was.
      await moveItem(database, I.delegationAston, '2025-06-11T10:00', '2025-06-11T13:00');
      await festival?.getLatest().incrementalPatch({ status: 'confirmed' });
    }
  }, 60_000);

  it('says there is nothing to compare when no earlier pack was made', async () => {
    const { text } = await packText(berlinReader, { sections: ['purpose'], addendum: true });
    expect(text).toContain(en.addendum.noPrevious);
  }, 60_000);
});
