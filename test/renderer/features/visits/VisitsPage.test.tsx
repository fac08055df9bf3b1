import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { freshDatabaseOptions, seed } from '../../appHarness';
import { addVisit, renderVisits } from './visitHarness';

describe('VisitsPage', () => {
  it('refuses an end date before the start date beside the end date, then creates the visit', async () => {
    const { user } = await renderVisits();
    await user.click(await screen.findByRole('link', { name: 'New visit' }));
    await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'MACHN Festival');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Direction' }), 'outbound');
    await user.type(screen.getByRole('textbox', { name: 'Destination city' }), 'Leipzig');
    await user.type(screen.getByRole('textbox', { name: 'Destination country' }), 'de');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Venue time zone' }),
      'Europe/Berlin',
    );
    await user.type(screen.getByLabelText('Start date'), '2025-06-27');
    await user.type(screen.getByLabelText('End date'), '2025-06-25');
    await user.click(screen.getByRole('button', { name: 'Save visit' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Please correct 1 field before saving.',
    );
    const endDate = screen.getByLabelText('End date');
    expect(endDate).toHaveAttribute('aria-invalid', 'true');
    expect(endDate).toHaveAccessibleDescription('The end date must not be before the start date.');
    expect(endDate).toHaveFocus();

    await user.clear(endDate);
    await user.type(endDate, '2025-06-29');
    await user.click(screen.getByRole('button', { name: 'Save visit' }));
    expect(
      await screen.findByRole('heading', { name: 'MACHN Festival', level: 1 }),
    ).toBeInTheDocument();
    // The country code was stored upper case and is shown by name.
    expect(screen.getByText('Leipzig, Germany')).toBeInTheDocument();
    expect(screen.getByText('Europe/Berlin')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'All visits' }));
    const list = await screen.findByRole('list', { name: 'Visits' });
    const row = within(list).getByRole('listitem');
    expect(within(row).getByRole('link', { name: 'MACHN Festival' })).toBeInTheDocument();
    expect(row).toHaveTextContent('Leipzig, Germany');
    expect(row).toHaveTextContent(/27\s*–\s*29 Jun 2025/);
    expect(row).toHaveTextContent('Planned');
  });

  it('flags a country code that is not two letters', async () => {
    const { user } = await renderVisits();
    await user.click(await screen.findByRole('link', { name: 'New visit' }));
    await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Opera Ball');
    await user.type(screen.getByRole('textbox', { name: 'Destination country' }), 'Germany');
    await user.type(screen.getByLabelText('Start date'), '2024-11-15');
    await user.type(screen.getByLabelText('End date'), '2024-11-17');
    await user.click(screen.getByRole('button', { name: 'Save visit' }));
    expect(
      screen.getByRole('textbox', { name: 'Destination country' }),
    ).toHaveAccessibleDescription(
      expect.stringContaining('Use a two-letter country code in capitals'),
    );
  });

  it('edits a visit and shows the change', async () => {
    const options = freshDatabaseOptions();
    const id = await seed(options, async (database) => (await addVisit(database)).id);
    const { user } = await renderVisits({ hash: `#/visits/${id}`, options });
    await user.click(await screen.findByRole('link', { name: 'Edit' }));
    const title = await screen.findByRole('textbox', { name: 'Title' });
    expect(title).toHaveValue('Leipzig delegation to Birmingham');
    await user.clear(title);
    await user.type(title, 'Leipzig civic delegation');
    await user.type(screen.getByRole('textbox', { name: 'Key messages' }), 'Horizon Europe');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'under-way');
    await user.click(screen.getByRole('button', { name: 'Save visit' }));

    expect(
      await screen.findByRole('heading', { name: 'Leipzig civic delegation', level: 1 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Overview' })).toHaveTextContent('Horizon Europe');
    expect(screen.getByText('Under way')).toBeInTheDocument();
  });

  it('filters by status, direction and year, upcoming visits first', async () => {
    const options = freshDatabaseOptions();
    await seed(options, async (database) => {
      await addVisit(database, {
        title: 'Opera Ball',
        direction: 'outbound',
        status: 'done',
        startDate: '2024-11-15',
        endDate: '2024-11-17',
      });
      await addVisit(database, { title: 'Leipzig delegation', status: 'done' });
      await addVisit(database, {
        title: 'Flatpack Film Festival',
        status: 'idea',
        startDate: '2099-04-01',
        endDate: '2099-04-05',
      });
    });
    const { user } = await renderVisits({ options });
    const list = await screen.findByRole('list', { name: 'Visits' });
    const titles = () =>
      within(screen.getByRole('list', { name: 'Visits' }))
        .getAllByRole('link')
        .map((link) => link.textContent);
    await waitFor(() => expect(within(list).getAllByRole('link')).toHaveLength(3));
    expect(titles()).toEqual(['Flatpack Film Festival', 'Leipzig delegation', 'Opera Ball']);

    const filters = screen.getByRole('search', { name: 'Filter visits' });
    await user.selectOptions(
      within(filters).getByRole('combobox', { name: 'Direction' }),
      'inbound',
    );
    expect(titles()).toEqual(['Flatpack Film Festival', 'Leipzig delegation']);
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Status' }), 'done');
    expect(titles()).toEqual(['Leipzig delegation']);
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Year' }), '2024');
    expect(screen.getByText('No visit matches these filters.')).toBeInTheDocument();
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Direction' }), '');
    expect(titles()).toEqual(['Opera Ball']);
  });

  it('speaks German when rendered in German', async () => {
    const options = freshDatabaseOptions();
    await seed(options, (database) => addVisit(database));
    const { user } = await renderVisits({ options, language: 'de' });
    expect(await screen.findByRole('heading', { name: 'Besuche', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Neuer Besuch' })).toBeInTheDocument();
    const filters = await screen.findByRole('search', { name: 'Besuche filtern' });
    expect(within(filters).getByRole('combobox', { name: 'Richtung' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Besuche' })).toHaveTextContent('Bestätigt');

    await user.click(screen.getByRole('link', { name: 'Leipzig delegation to Birmingham' }));
    expect(await screen.findByRole('list', { name: 'Programm' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Als Vorlage kopieren' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Besuch löschen' })).toBeInTheDocument();
    expect(screen.getByText('Delegation der Stadt')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Mittwoch, 11\. Juni 2025/ })).toBeInTheDocument();
  });
});
