import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  followUpFields,
  freshDatabaseOptions,
  insertEntity,
  renderApp,
  seed,
  storeWithOrganisation,
} from '../../appHarness';

// The app's clock is pinned to a Thursday during the Leipzig delegation.
const now = '2025-06-12T09:00:00Z';

async function seedFollowUps() {
  const options = freshDatabaseOptions();
  await seed(options, async (database) => {
    const items = [
      followUpFields({
        title: 'Thank-you letter to the Lord Mayor',
        kind: 'thank-you-letter',
        owner: 'Sarah',
        dueDate: '2025-06-05',
      }),
      followUpFields({
        title: 'MACHN Festival invitation',
        owner: 'Jürgen',
        dueDate: '2025-06-30',
        status: 'in-progress',
      }),
      followUpFields({
        title: 'Film and TV Market introduction',
        kind: 'introduction',
        owner: 'Sarah',
        dueDate: '2025-06-01',
        status: 'done',
      }),
      followUpFields({
        title: 'Horizon Europe bid',
        kind: 'funding-bid',
        owner: 'Anna',
        dueDate: '2025-06-15',
      }),
    ];
    for (const fields of items) await insertEntity(database.followUps, fields, 'test');
  });
  return options;
}

const titles = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.follow-up-title')?.textContent);

describe('FollowUpsPage', () => {
  it('lists what is still to do by due date and marks overdue ones in words', async () => {
    await renderApp({ hash: '#/follow-ups', options: await seedFollowUps(), now });
    const list = await screen.findByRole('list', { name: 'Follow-ups' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
    expect(titles(list)).toEqual([
      'Thank-you letter to the Lord Mayor',
      'Horizon Europe bid',
      'MACHN Festival invitation',
    ]);
    const overdue = within(list).getByRole('listitem', {
      name: 'Thank-you letter to the Lord Mayor',
    });
    expect(overdue).toHaveClass('overdue');
    expect(within(overdue).getByText('Overdue')).toBeInTheDocument();
    const notYet = within(list).getByRole('listitem', { name: 'Horizon Europe bid' });
    expect(notYet).not.toHaveClass('overdue');
    expect(within(notYet).queryByText('Overdue')).toBeNull();
    expect(within(notYet).getByText('Due 15 Jun 2025')).toBeInTheDocument();
  });

  it('filters by status, owner and due date', async () => {
    const { user } = await renderApp({ hash: '#/follow-ups', options: await seedFollowUps(), now });
    const list = await screen.findByRole('list', { name: 'Follow-ups' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Done');
    expect(titles(screen.getByRole('list', { name: 'Follow-ups' }))).toEqual([
      'Film and TV Market introduction',
    ]);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'All statuses');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), 'Sarah');
    expect(titles(screen.getByRole('list', { name: 'Follow-ups' }))).toEqual([
      'Film and TV Market introduction',
      'Thank-you letter to the Lord Mayor',
    ]);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), 'Everyone');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Due' }), 'Overdue');
    expect(titles(screen.getByRole('list', { name: 'Follow-ups' }))).toEqual([
      'Thank-you letter to the Lord Mayor',
    ]);
    expect(screen.getByText('1 follow-up')).toBeInTheDocument();
  });

  it('changes a status in one step: a done follow-up leaves the to-do list', async () => {
    const { user } = await renderApp({ hash: '#/follow-ups', options: await seedFollowUps(), now });
    const status = await screen.findByRole('combobox', { name: 'Status of “Horizon Europe bid”' });
    await user.selectOptions(status, 'Done');
    await waitFor(() =>
      expect(
        screen.queryByRole('listitem', { name: 'Horizon Europe bid' }),
      ).not.toBeInTheDocument(),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Done');
    expect(
      await screen.findByRole('combobox', { name: 'Status of “Horizon Europe bid”' }),
    ).toHaveDisplayValue('Done');
  });

  it('creates a follow-up in a dialog, refusing one without a title', async () => {
    const { user } = await renderApp({ hash: '#/follow-ups', now });
    expect(await screen.findByText(/No follow-ups yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New follow-up' }));
    const dialog = await screen.findByRole('dialog', { name: 'New follow-up' });
    // New follow-ups are due a week from today.
    expect(within(dialog).getByLabelText('Due date')).toHaveValue('2025-06-19');
    await user.click(within(dialog).getByRole('button', { name: 'Save follow-up' }));
    const title = within(dialog).getByRole('textbox', { name: 'What needs doing' });
    expect(title).toHaveAccessibleDescription('Fill in this field.');
    expect(title).toHaveFocus();

    await user.type(title, 'Send the MACHN programme');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Kind' }), 'Invitation');
    await user.type(within(dialog).getByRole('combobox', { name: 'Owner' }), 'Sarah');
    await user.click(within(dialog).getByRole('button', { name: 'Save follow-up' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const item = await screen.findByRole('listitem', { name: 'Send the MACHN programme' });
    expect(item).toHaveTextContent('Owner: Sarah');
    expect(item).toHaveTextContent('Invitation');
  });

  it('edits a follow-up, then deletes it and brings it back with Undo', async () => {
    const { user } = await renderApp({ hash: '#/follow-ups', options: await seedFollowUps(), now });
    await user.click(await screen.findByRole('button', { name: 'Edit “Horizon Europe bid”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit follow-up' });
    const owner = within(dialog).getByRole('combobox', { name: 'Owner' });
    expect(owner).toHaveValue('Anna');
    await user.clear(owner);
    await user.type(owner, 'Jürgen');
    await user.click(within(dialog).getByRole('button', { name: 'Save follow-up' }));
    const item = await screen.findByRole('listitem', { name: 'Horizon Europe bid' });
    await waitFor(() => expect(item).toHaveTextContent('Owner: Jürgen'));

    await user.click(within(item).getByRole('button', { name: 'Delete follow-up' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete “Horizon Europe bid”?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete follow-up' }));
    await waitFor(() =>
      expect(
        screen.queryByRole('listitem', { name: 'Horizon Europe bid' }),
      ).not.toBeInTheDocument(),
    );
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('listitem', { name: 'Horizon Europe bid' })).toHaveTextContent(
      'Owner: Jürgen',
    );
  });

  it('adds a follow-up from an organisation page that shows there and on Follow-ups', async () => {
    const { options, organisationId } = await storeWithOrganisation({
      name: 'Kreatives Leipzig',
      kind: 'agency',
    });
    const { user } = await renderApp({ hash: `#/organisations/${organisationId}`, options, now });
    const section = await screen.findByRole('region', { name: 'Follow-ups' });
    expect(await within(section).findByText('Nothing to follow up here.')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'New follow-up' }));
    const dialog = await screen.findByRole('dialog', { name: 'New follow-up' });
    expect(
      within(dialog).getByRole('combobox', { name: 'Linked organisation' }),
    ).toHaveDisplayValue('Kreatives Leipzig');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'What needs doing' }),
      'Flatpack 2026 invitation',
    );
    await user.type(within(dialog).getByRole('combobox', { name: 'Owner' }), 'Anna');
    await user.click(within(dialog).getByRole('button', { name: 'Save follow-up' }));

    expect(
      await within(section).findByRole('listitem', { name: 'Flatpack 2026 invitation' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Follow-ups' }));
    const item = await screen.findByRole('listitem', { name: 'Flatpack 2026 invitation' });
    // The linked organisation's name is looked up after the row shows.
    expect(await within(item).findByRole('link', { name: 'Kreatives Leipzig' })).toHaveAttribute(
      'href',
      `#/organisations/${organisationId}`,
    );
  });

  it('speaks German, with statuses and overdue marks translated', async () => {
    await renderApp({ hash: '#/follow-ups', options: await seedFollowUps(), now, language: 'de' });
    expect(
      await screen.findByRole('heading', { name: 'Nachverfolgung', level: 1 }),
    ).toBeInTheDocument();
    const item = await screen.findByRole('listitem', {
      name: 'Thank-you letter to the Lord Mayor',
    });
    expect(within(item).getByText('Überfällig')).toBeInTheDocument();
    expect(within(item).getByText('Dankschreiben')).toBeInTheDocument();
    expect(within(item).getByText('Fällig am 05.06.2025')).toBeInTheDocument();
    expect(
      within(item).getByRole('combobox', {
        name: 'Stand von „Thank-you letter to the Lord Mayor“',
      }),
    ).toHaveDisplayValue('Offen');
    expect(screen.getByRole('button', { name: 'Neue Nachverfolgung' })).toBeInTheDocument();
  });
});
