import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { RxDatabaseProvider } from 'rxdb/plugins/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ClockProvider } from '../../../../renderer/services/clock';
import { createDatabase, type LiaisonDatabase } from '../../../../renderer/data/database';
import { LoadSampleButton } from '../../../../renderer/features/sample/LoadSampleButton';
import { createI18n } from '../../../../renderer/i18n/i18n';
import { resources } from '../../../../renderer/app/i18nResources';
import { SAMPLE_IDS } from '../../../../shared/sample/birminghamLeipzig';
import { freshDatabaseOptions } from '../../appHarness';

const open: LiaisonDatabase[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((database) => database.close()));
});

/**
 * The providers the button needs, composed as renderer/app/App.tsx does
 * (i18n outside, the workspace's database inside), on a fresh store.
 */
async function renderButton(language: 'en' | 'de' = 'en', ui: ReactNode = <LoadSampleButton />) {
  const database = await createDatabase('local', freshDatabaseOptions());
  open.push(database);
  const i18n = await createI18n(resources, language);
  render(
    <I18nextProvider i18n={i18n}>
      <RxDatabaseProvider database={database}>{ui}</RxDatabaseProvider>
    </I18nextProvider>,
  );
  return { database, user: userEvent.setup() };
}

describe('LoadSampleButton', () => {
  it('loads the sample and reports what it added', async () => {
    const { database, user } = await renderButton();
    const button = screen.getByRole('button', { name: 'Load the Birmingham–Leipzig sample' });
    expect(screen.getByRole('status')).toBeEmptyDOMElement();

    await user.click(button);

    expect(
      await screen.findByText(
        'Sample loaded: 31 organisations, 10 contacts, 2 visits with 15 agenda items, 5 follow-ups and 4 notes.',
      ),
    ).toHaveAttribute('role', 'status');
    expect(button).toBeEnabled();
    const lordMayor = await database.contacts.findOne(SAMPLE_IDS.contacts.kenWood).exec();
    expect(lordMayor?.office?.spokenForm).toBe('Lord Mayor');
  });

  it('can be pressed again without duplicating the sample', async () => {
    const { database, user } = await renderButton();
    const button = screen.getByRole('button', { name: 'Load the Birmingham–Leipzig sample' });
    await user.click(button);
    await screen.findByText(/^Sample loaded/);
    await user.click(button);
    await screen.findByText(/^Sample loaded/);
    expect(await database.visits.count().exec()).toBe(2);
    expect(await database.agendaItems.count().exec()).toBe(15);
  });

  it('shows a clear error when the store refuses the sample', async () => {
    // A clock that yields an invalid time makes every document fail validation.
    const brokenClock = () => ({ toISOString: () => 'yesterday' }) as Date;
    const { user } = await renderButton(
      'en',
      <ClockProvider value={brokenClock}>
        <LoadSampleButton />
      </ClockProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Load the Birmingham–Leipzig sample' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      /^The sample could not be loaded: The sample's organisations could not be saved \(document .+ is invalid: .+\)\. Your own data is unchanged; try again\.$/,
    );
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('speaks German when the app does', async () => {
    const { user } = await renderButton('de');
    await user.click(screen.getByRole('button', { name: 'Beispiel Birmingham–Leipzig laden' }));
    expect(
      await screen.findByText(
        'Beispiel geladen: 31 Organisationen, 10 Kontakte, 2 Besuche mit 15 Programmpunkten, 5 Nachverfolgungen und 4 Notizen.',
      ),
    ).toBeInTheDocument();
  });
});
