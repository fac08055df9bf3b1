import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../../shared/domain/contact';
import {
  contactFields,
  freshDatabaseOptions,
  insertEntity,
  renderApp,
  seed,
} from '../../appHarness';

/** Opens Contacts on a store holding `people`, and returns the user. */
async function renderContacts(people: Partial<Contact>[] = []) {
  const options = freshDatabaseOptions();
  await seed(options, async (database) => {
    for (const person of people) {
      await insertEntity(database.contacts, contactFields(person), 'test');
    }
  });
  const rendered = await renderApp({ hash: '#/contacts', options });
  await screen.findByRole('heading', { name: 'Contacts', level: 1 });
  return rendered.user;
}

const textbox = (name: string) => screen.getByRole('textbox', { name });
const combobox = (name: string) => screen.getByRole('combobox', { name });
const save = () => screen.getByRole('button', { name: 'Save contact' });

describe('ContactForm email addresses and phone numbers', () => {
  // Long: it fills a whole contact form twice; a busy two-core machine needs the headroom.
  it('saves a second email and phone with their labels and shows them when reopened', async () => {
    const user = await renderContacts();
    await user.click(screen.getByRole('link', { name: 'New contact' }));
    await user.type(await screen.findByRole('textbox', { name: 'Family name' }), 'Schmidt');
    await user.type(textbox('Email 1'), 'hs@le.de');
    await user.click(screen.getByRole('button', { name: 'Add email' }));
    await user.selectOptions(combobox('Label of email 2'), 'Home');
    await user.type(textbox('Email 2'), 'hs@ex.org');
    await user.selectOptions(combobox('Label of phone 1'), 'Work');
    await user.type(textbox('Phone 1'), '+49 341 1');
    await user.click(screen.getByRole('button', { name: 'Add phone' }));
    await user.selectOptions(combobox('Label of phone 2'), 'Mobile');
    await user.type(textbox('Phone 2'), '0170 5');
    await user.click(save());

    expect(await screen.findByRole('heading', { name: 'Schmidt', level: 2 })).toBeInTheDocument();
    expect(screen.getByText('hs@le.de (Work), hs@ex.org (Home)')).toBeInTheDocument();
    expect(screen.getByText('+49 341 1 (Work), 0170 5 (Mobile)')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Edit' }));
    expect(await screen.findByRole('textbox', { name: 'Email 2' })).toHaveValue('hs@ex.org');
    expect(combobox('Label of email 2')).toHaveDisplayValue('Home');
    expect(textbox('Email 1')).toHaveValue('hs@le.de');
    expect(textbox('Phone 2')).toHaveValue('0170 5');
    expect(combobox('Label of phone 2')).toHaveDisplayValue('Mobile');
  }, 30_000);

  it('removes one address and keeps the others', async () => {
    const user = await renderContacts([
      {
        familyName: 'Jung',
        emails: [
          { label: 'work', address: 'ob@leipzig.de' },
          { label: 'assistant', address: 'buero-ob@leipzig.de' },
        ],
      },
    ]);
    await user.click(await screen.findByRole('link', { name: 'Jung' }));
    await user.click(await screen.findByRole('link', { name: 'Edit' }));
    await user.click(await screen.findByRole('button', { name: 'Remove email 1' }));

    expect(textbox('Email 1')).toHaveValue('buero-ob@leipzig.de');
    expect(combobox('Label of email 1')).toHaveDisplayValue('Assistant');
    expect(screen.queryByRole('textbox', { name: 'Email 2' })).not.toBeInTheDocument();
    await user.click(save());

    expect(await screen.findByText('buero-ob@leipzig.de (Assistant)')).toBeInTheDocument();
    expect(screen.queryByText(/ob@leipzig\.de \(Work\)/)).not.toBeInTheDocument();
  });

  it('shows an invalid second email beside its own row and moves focus there', async () => {
    const user = await renderContacts();
    await user.click(screen.getByRole('link', { name: 'New contact' }));
    await user.type(await screen.findByRole('textbox', { name: 'Family name' }), 'Schmidt');
    await user.type(textbox('Email 1'), 'hs@le.de');
    await user.click(screen.getByRole('button', { name: 'Add email' }));
    await user.type(textbox('Email 2'), 'schmidt-at-leipzig');
    await user.click(save());

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Please correct 1 field before saving.',
    );
    const second = textbox('Email 2');
    expect(second).toHaveAttribute('aria-invalid', 'true');
    expect(second).toHaveAccessibleDescription('Enter an email address like name@example.org.');
    expect(second).toHaveFocus();
    expect(textbox('Email 1')).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('link', { name: 'Schmidt' })).not.toBeInTheDocument();

    await user.type(second, '.de');
    expect(second).not.toHaveAttribute('aria-invalid');
  });

  it('puts the message beside the row typed in when a blank row comes before it', async () => {
    const user = await renderContacts();
    await user.click(screen.getByRole('link', { name: 'New contact' }));
    await user.type(await screen.findByRole('textbox', { name: 'Family name' }), 'Schmidt');
    await user.click(screen.getByRole('button', { name: 'Add phone' }));
    await user.type(textbox('Phone 2'), 'call the office');
    await user.click(save());

    const second = await screen.findByRole('textbox', { name: 'Phone 2', description: /digits/ });
    expect(second).toHaveAttribute('aria-invalid', 'true');
    expect(second).toHaveFocus();
    expect(textbox('Phone 1')).not.toHaveAttribute('aria-invalid');
  });

  it('drops rows left blank when saving', async () => {
    const user = await renderContacts();
    await user.click(screen.getByRole('link', { name: 'New contact' }));
    await user.type(await screen.findByRole('textbox', { name: 'Family name' }), 'Schmidt');
    await user.click(screen.getByRole('button', { name: 'Add email' }));
    await user.type(textbox('Email 2'), 'hs@le.de');
    await user.click(save());

    expect(await screen.findByText('hs@le.de (Work)')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Edit' }));
    expect(await screen.findByRole('textbox', { name: 'Email 1' })).toHaveValue('hs@le.de');
    expect(screen.queryByRole('textbox', { name: 'Email 2' })).not.toBeInTheDocument();
  });

  it('keeps all three emails of a contact, custom label included, through an edit of its name', async () => {
    const user = await renderContacts([
      {
        givenNames: 'Burkhard',
        familyName: 'Jung',
        emails: [
          { label: 'work', address: 'ob@leipzig.de' },
          { label: 'assistant', address: 'buero-ob@leipzig.de' },
          { label: 'Sekretariat', address: 'sekretariat@leipzig.de' },
        ],
      },
    ]);
    await user.click(await screen.findByRole('link', { name: 'Burkhard Jung' }));
    await user.click(await screen.findByRole('link', { name: 'Edit' }));
    expect(await screen.findByRole('textbox', { name: 'Email 3' })).toHaveValue(
      'sekretariat@leipzig.de',
    );
    expect(combobox('Label of email 3')).toHaveDisplayValue('Sekretariat');

    const given = textbox('Given names');
    await user.clear(given);
    await user.type(given, 'Burkhard M.');
    await user.click(save());

    expect(
      await screen.findByRole('heading', { name: 'Burkhard M. Jung', level: 2 }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'ob@leipzig.de (Work), buero-ob@leipzig.de (Assistant), sekretariat@leipzig.de (Sekretariat)',
      ),
    ).toBeInTheDocument();
  });
});
