import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyNoteLinks } from '../../../../shared/domain/note';
import type { Partnership } from '../../../../shared/domain/partnership';
import {
  freshDatabaseOptions,
  insertEntity,
  renderApp,
  seed,
  storeWithOrganisation,
  visitFields,
} from '../../appHarness';

const twinning: Omit<Partnership, 'id' | 'createdAt' | 'updatedAt' | 'updatedBy'> = {
  tags: [],
  parties: [
    { kind: 'city', name: 'Birmingham', country: 'GB' },
    { kind: 'city', name: 'Leipzig', country: 'DE' },
  ],
  since: 1992,
  themes: ['culture', 'education'],
  status: 'active',
};

async function seedTwinning() {
  const options = freshDatabaseOptions();
  let partnershipId = '';
  let visitId = '';
  await seed(options, async (database) => {
    partnershipId = (await insertEntity(database.partnerships, twinning, 'test')).id;
    const visit = await insertEntity(
      database.visits,
      visitFields({
        title: 'Leipzig Opera Ball',
        partnershipId,
        startDate: '2024-11-08',
        endDate: '2024-11-10',
      }),
      'test',
    );
    visitId = visit.id;
    await insertEntity(database.visits, visitFields({ title: 'Unrelated trip' }), 'test');
    await insertEntity(
      database.notes,
      {
        tags: [],
        date: '2024-11-09T21:00:00Z',
        author: 'Anna',
        body: 'The Lord Mayor opened the ball with the Oberbürgermeister.',
        links: { ...emptyNoteLinks(), visitIds: [visit.id] },
      },
      'test',
    );
  });
  return { options, partnershipId, visitId };
}

function party(form: HTMLElement, number: number) {
  return within(within(form).getByRole('group', { name: `Party ${number}` }));
}

describe('PartnershipsPage', () => {
  it('creates a twinning of two cities and shows it by its parties', async () => {
    const { user } = await renderApp({ hash: '#/partnerships' });
    expect(await screen.findByText(/No partnerships yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'New partnership' }));
    const form = await screen.findByRole('form', { name: 'New partnership' });
    await user.type(party(form, 1).getByRole('textbox', { name: 'City' }), 'Birmingham');
    await user.type(party(form, 1).getByRole('textbox', { name: 'Country code' }), 'gb');
    await user.type(party(form, 2).getByRole('textbox', { name: 'City' }), 'Leipzig');
    await user.type(within(form).getByRole('spinbutton', { name: 'Since (year)' }), '1992');
    await user.type(
      within(form).getByRole('textbox', { name: 'Themes' }),
      'culture, education, economy',
    );
    await user.click(within(form).getByRole('button', { name: 'Save partnership' }));

    expect(
      await screen.findByRole('heading', { name: 'Birmingham – Leipzig', level: 2 }),
    ).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Partnerships' });
    expect(within(list).getByRole('link', { name: 'Birmingham – Leipzig' })).toBeInTheDocument();
    expect(screen.getByText('1992')).toBeInTheDocument();
    expect(screen.getByText('culture, education, economy')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Parties' })).toHaveTextContent(
      'City, United Kingdom',
    );
  });

  it('needs two named parties and a real year', async () => {
    const { user } = await renderApp({ hash: '#/partnerships' });
    await user.click(await screen.findByRole('link', { name: 'New partnership' }));
    const form = await screen.findByRole('form', { name: 'New partnership' });
    await user.type(party(form, 1).getByRole('textbox', { name: 'City' }), 'Leipzig');
    await user.type(within(form).getByRole('spinbutton', { name: 'Since (year)' }), '92');
    await user.click(within(form).getByRole('button', { name: 'Save partnership' }));

    expect(within(form).getByRole('alert')).toHaveTextContent(
      'Please correct 2 fields before saving.',
    );
    const second = party(form, 2).getByRole('textbox', { name: 'City' });
    expect(second).toHaveAccessibleDescription('Fill in this field.');
    expect(second).toHaveFocus();
    expect(
      within(form).getByRole('spinbutton', { name: 'Since (year)' }),
    ).toHaveAccessibleDescription('Enter a four-digit year, such as 1992.');
  });

  it('takes an organisation from the workspace as a party and links to it', async () => {
    const { options, organisationId } = await storeWithOrganisation({
      name: 'Aston University',
      kind: 'university',
    });
    const { user } = await renderApp({ hash: '#/partnerships/new', options });
    const form = await screen.findByRole('form', { name: 'New partnership' });
    await user.type(party(form, 1).getByRole('textbox', { name: 'City' }), 'Leipzig');
    await user.selectOptions(
      party(form, 2).getByRole('combobox', { name: 'Kind of party' }),
      'Organisation',
    );
    await user.selectOptions(
      party(form, 2).getByRole('combobox', { name: 'Organisation of the party' }),
      'Aston University',
    );
    await user.click(within(form).getByRole('button', { name: 'Save partnership' }));

    const parties = await screen.findByRole('region', { name: 'Parties' });
    expect(within(parties).getByRole('link', { name: 'Aston University' })).toHaveAttribute(
      'href',
      `#/organisations/${organisationId}`,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Leipzig – Aston University',
    );
  });

  it('shows the visits made under a partnership and their notes', async () => {
    const { options, partnershipId, visitId } = await seedTwinning();
    await renderApp({ hash: `#/partnerships/${partnershipId}`, options });
    const visits = await screen.findByRole('region', { name: 'Visits' });
    expect(await within(visits).findByRole('link', { name: 'Leipzig Opera Ball' })).toHaveAttribute(
      'href',
      `#/visits/${visitId}`,
    );
    expect(within(visits).queryByRole('link', { name: 'Unrelated trip' })).toBeNull();
    const notes = screen.getByRole('region', { name: 'Notes' });
    expect(await within(notes).findByText(/opened the ball/)).toBeInTheDocument();
  });

  it('edits the status, then deletes the partnership and brings it back with Undo', async () => {
    const { options, partnershipId } = await seedTwinning();
    const { user } = await renderApp({ hash: `#/partnerships/${partnershipId}`, options });
    await user.click(await screen.findByRole('link', { name: 'Edit' }));
    const form = await screen.findByRole('form', { name: 'Edit Birmingham – Leipzig' });
    expect(party(form, 2).getByRole('textbox', { name: 'City' })).toHaveValue('Leipzig');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Status' }), 'Dormant');
    await user.click(within(form).getByRole('button', { name: 'Save partnership' }));
    // Wait for the detail (the form's own options say "Dormant" too).
    await screen.findByRole('link', { name: 'Edit' });
    expect(screen.getByText('Dormant')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete partnership' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete Birmingham – Leipzig?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete partnership' }));
    expect(await screen.findByText(/No partnerships yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    const list = await screen.findByRole('list', { name: 'Partnerships' });
    await waitFor(() =>
      expect(within(list).getByRole('link', { name: 'Birmingham – Leipzig' })).toBeInTheDocument(),
    );
  });

  it('speaks German', async () => {
    const { options, partnershipId } = await seedTwinning();
    await renderApp({ hash: `#/partnerships/${partnershipId}`, options, language: 'de' });
    expect(
      await screen.findByRole('heading', { name: 'Partnerschaften', level: 1 }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Aktiv')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Beteiligte' })).toHaveTextContent(
      'Stadt, Deutschland',
    );
    expect(screen.getByRole('button', { name: 'Partnerschaft löschen' })).toBeInTheDocument();
  });
});
