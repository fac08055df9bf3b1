import { PlatformProvider, type Platform } from '../../../../renderer/platform';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { RxDatabaseProvider } from 'rxdb/plugins/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettingsProvider } from '../../../../renderer/services/settings/SettingsProvider';
import { createDatabase, type LiaisonDatabase } from '../../../../renderer/data/database';
import { loadSampleWorkspace } from '../../../../renderer/data/loadSampleWorkspace';
import { briefingSnapshotStore } from '../../../../renderer/formats/briefing/briefingSnapshot';
import { BriefingPackButton } from '../../../../renderer/features/briefing/BriefingPackButton';
import type { BriefingPackEnvironment } from '../../../../renderer/features/briefing/useBriefingPack';
import { createI18n } from '../../../../renderer/i18n/i18n';
import { resources } from '../../../../renderer/app/i18nResources';
import type { Visit } from '../../../../shared/domain/visit';
import { SAMPLE_IDS } from '../../../../shared/sample/birminghamLeipzig';
import { freshDatabaseOptions } from '../../appHarness';
import { captureSavedFiles } from '../../savedFiles';
import { nodeFontSources } from './briefingFixtures';
import { UndoProvider } from '../../../../renderer/services/undo/UndoProvider';

let database: LiaisonDatabase;
let visit: Visit;

beforeEach(async () => {
  database = await createDatabase('briefing-dialog', freshDatabaseOptions());
  await loadSampleWorkspace(database, '2025-06-01T08:00:00.000Z');
  const document = await database.visits.findOne(SAMPLE_IDS.visits.delegation2025).exec();
  visit = document!.toMutableJSON();
});

afterEach(async () => {
  await database.close();
});

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

/** The button as the visit page shows it, with fonts read from files (Node has no bundler URLs). */
async function renderButton(
  platform: Platform,
  environment: BriefingPackEnvironment,
  language: 'en' | 'de' = 'en',
) {
  const i18n = await createI18n(resources, language);
  render(
    <PlatformProvider platform={platform}>
      <I18nextProvider i18n={i18n}>
        <SettingsProvider initial={{ language, homeTimeZone: 'Europe/Berlin' }}>
          <UndoProvider>
            <RxDatabaseProvider database={database}>
              <BriefingPackButton visit={visit} environment={environment} />
            </RxDatabaseProvider>
          </UndoProvider>
        </SettingsProvider>
      </I18nextProvider>
    </PlatformProvider>,
  );
  return userEvent.setup();
}

describe('BriefingPackButton', () => {
  it('builds the pack with the chosen options, shows progress and saves a PDF', async () => {
    const files = captureSavedFiles();
    const storage = memoryStorage();
    const user = await renderButton(files.platform, { fonts: nodeFontSources(), storage });
    await user.click(screen.getByRole('button', { name: 'Briefing pack' }));
    const dialog = screen.getByRole('dialog', { name: 'Create briefing pack' });
    const sensitive = within(dialog).getByRole('checkbox', {
      name: /Include dietary and access needs/,
    });
    expect(sensitive).not.toBeChecked();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Venues' }));
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Language of the pack' }),
      'de',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Create briefing pack' }));

    expect(await within(dialog).findByText('Laying out pages…')).toBeInTheDocument();
    expect(
      within(dialog).getByRole('progressbar', { name: 'Building the briefing pack' }),
    ).toBeInTheDocument();

    await waitFor(() => expect(files.saved).toHaveLength(1), { timeout: 30_000 });
    const [request] = files.saved;
    expect(request?.suggestedName).toMatch(
      /^Leipzig-delegation-to-Birmingham-briefing-\d{4}-\d{2}-\d{2}\.pdf$/,
    );
    expect(request?.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
    const bytes = request?.data as Uint8Array;
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');

    expect(
      await screen.findByText(`Briefing pack saved: /home/sarah/${request?.suggestedName}`),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // The next pack's addendum compares with this one.
    expect(briefingSnapshotStore(storage).load(visit.id)?.items).toHaveLength(6);
  }, 60_000);

  it('keeps the dialog open with what to do when the fonts cannot be loaded', async () => {
    const files = captureSavedFiles();
    const fonts = { ...nodeFontSources(), bold: '/nowhere/NotoSans_700Bold.ttf' };
    const user = await renderButton(files.platform, { fonts, storage: memoryStorage() });
    await user.click(screen.getByRole('button', { name: 'Briefing pack' }));
    const dialog = screen.getByRole('dialog', { name: 'Create briefing pack' });
    await user.click(within(dialog).getByRole('button', { name: 'Create briefing pack' }));
    const alert = await within(dialog).findByRole('alert', {}, { timeout: 30_000 });
    expect(alert).toHaveTextContent('The bundled fonts could not be loaded');
    expect(alert).toHaveTextContent('try again');
    expect(files.saved).toHaveLength(0);
    expect(within(dialog).getByRole('button', { name: 'Create briefing pack' })).toBeEnabled();
  }, 60_000);

  it('says so when saving is cancelled, and remembers nothing', async () => {
    const files = captureSavedFiles(() => ({ status: 'cancelled' }));
    const storage = memoryStorage();
    const user = await renderButton(files.platform, { fonts: nodeFontSources(), storage });
    await user.click(screen.getByRole('button', { name: 'Briefing pack' }));
    const dialog = screen.getByRole('dialog', { name: 'Create briefing pack' });
    await user.click(within(dialog).getByRole('button', { name: 'Create briefing pack' }));
    expect(
      await within(dialog).findByText(
        'The briefing pack was not saved: saving was cancelled.',
        {},
        { timeout: 30_000 },
      ),
    ).toBeInTheDocument();
    expect(briefingSnapshotStore(storage).load(visit.id)).toBeUndefined();
  }, 60_000);

  it('asks for at least one section', async () => {
    const files = captureSavedFiles();
    const user = await renderButton(files.platform, {
      fonts: nodeFontSources(),
      storage: memoryStorage(),
    });
    await user.click(screen.getByRole('button', { name: 'Briefing pack' }));
    const dialog = screen.getByRole('dialog', { name: 'Create briefing pack' });
    for (const box of within(dialog).getAllByRole('checkbox')) {
      if ((box as HTMLInputElement).checked) await user.click(box);
    }
    await user.click(within(dialog).getByRole('button', { name: 'Create briefing pack' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Choose at least one section.');
    expect(files.saved).toHaveLength(0);
  });
});
