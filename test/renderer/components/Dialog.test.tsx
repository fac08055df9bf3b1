import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Dialog } from '../../../renderer/components/Dialog';

/**
 * A page with a button that opens "Edit venue". `onOpenChange` sees every
 * request; the owner closes the dialog unless `keepOpen`.
 */
function Page({
  onOpenChange = () => {},
  keepOpen = false,
  description,
  focusSave = false,
  nested = false,
}: {
  onOpenChange?: (open: boolean) => void;
  keepOpen?: boolean;
  description?: string;
  focusSave?: boolean;
  nested?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [inner, setInner] = useState(false);
  const save = useRef<HTMLButtonElement>(null);
  return (
    <main>
      <button type="button" onClick={() => setOpen(true)}>
        Edit venue
      </button>
      <Dialog
        open={open}
        onOpenChange={(next) => {
          onOpenChange(next);
          if (!keepOpen) setOpen(next);
        }}
        title="Edit venue"
        description={description}
        initialFocus={focusSave ? save : undefined}
      >
        <a href="#/help">Help</a>
        <label>
          Name <input defaultValue="STEAMhouse" />
        </label>
        {nested && (
          <button type="button" onClick={() => setInner(true)}>
            Choose room
          </button>
        )}
        <button ref={save} type="button" onClick={() => setOpen(false)}>
          Save
        </button>
        <Dialog open={inner} onOpenChange={setInner} title="Choose room">
          <button type="button">Room 1</button>
        </Dialog>
      </Dialog>
    </main>
  );
}

async function openDialog(props: Parameters<typeof Page>[0] = {}) {
  const user = userEvent.setup();
  render(<Page {...props} />);
  const opener = screen.getByRole('button', { name: 'Edit venue' });
  await user.click(opener);
  const dialog = screen.getByRole('dialog', { name: 'Edit venue' }) as HTMLDialogElement;
  return { user, opener, dialog };
}

/** Gives the dialog a box on screen (jsdom lays nothing out): 200–600 × 100–400. */
function placeBox(dialog: HTMLElement) {
  vi.spyOn(dialog, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ x: 200, y: 100, width: 400, height: 300 }),
  );
}

describe('Dialog', () => {
  it('is a modal dialog named by its title and described by its description', async () => {
    const { dialog } = await openDialog({ description: 'Where the visit takes place.' });
    expect(dialog.tagName).toBe('DIALOG');
    expect(dialog.open).toBe(true);
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription('Where the visit takes place.');
    expect(within(dialog).getByRole('heading', { name: 'Edit venue' })).toBeInTheDocument();
  });

  it('has no description unless given one', async () => {
    const { dialog } = await openDialog();
    expect(dialog).not.toHaveAttribute('aria-describedby');
  });

  it('focuses its first field (not a link), with its text selected', async () => {
    const { dialog } = await openDialog();
    const name = within(dialog).getByRole('textbox', { name: 'Name' }) as HTMLInputElement;
    expect(name).toHaveFocus();
    expect([name.selectionStart, name.selectionEnd]).toEqual([0, 'STEAMhouse'.length]);
  });

  it('focuses initialFocus when given', async () => {
    const { dialog } = await openDialog({ focusSave: true });
    expect(within(dialog).getByRole('button', { name: 'Save' })).toHaveFocus();
  });

  it('keeps Tab inside: from the last element round to the first, and back', async () => {
    const { user, dialog } = await openDialog({ focusSave: true });
    const help = within(dialog).getByRole('link', { name: 'Help' });
    await user.tab();
    expect(help).toHaveFocus();
    await user.tab({ shift: true });
    expect(within(dialog).getByRole('button', { name: 'Save' })).toHaveFocus();
  });

  it('closes through onOpenChange on Escape, and focus returns to where it was', async () => {
    const onOpenChange = vi.fn();
    const { user, opener } = await openDialog({ onOpenChange });
    await user.keyboard('{Escape}');
    expect(onOpenChange).toHaveBeenCalledExactlyOnceWith(false);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('returns focus when its owner closes it', async () => {
    const { user, opener, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('stays open on Escape when its owner keeps it open', async () => {
    const onOpenChange = vi.fn();
    const { user, dialog } = await openDialog({ onOpenChange, keepOpen: true });
    await user.keyboard('{Escape}');
    expect(onOpenChange).toHaveBeenCalledExactlyOnceWith(false);
    expect(dialog.open).toBe(true);
  });

  it('closes on a click on the backdrop, not on one in its box or a right click', async () => {
    const onOpenChange = vi.fn();
    const { user, dialog } = await openDialog({ onOpenChange });
    placeBox(dialog);
    // Its padding: the dialog itself is the target, inside its box.
    await user.pointer({
      keys: '[MouseLeft]',
      target: dialog,
      coords: { clientX: 210, clientY: 110 },
    });
    await user.click(within(dialog).getByRole('textbox', { name: 'Name' }));
    await user.pointer({
      keys: '[MouseRight]',
      target: dialog,
      coords: { clientX: 20, clientY: 20 },
    });
    expect(onOpenChange).not.toHaveBeenCalled();

    await user.pointer({
      keys: '[MouseLeft]',
      target: dialog,
      coords: { clientX: 20, clientY: 20 },
    });
    expect(onOpenChange).toHaveBeenCalledExactlyOnceWith(false);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('tells its owner when the browser closes it, and shows again if the owner keeps it open', async () => {
    const onOpenChange = vi.fn();
    const { dialog } = await openDialog({ onOpenChange, keepOpen: true });
    act(() => dialog.close());
    await waitFor(() => expect(onOpenChange).toHaveBeenCalledExactlyOnceWith(false));
    await waitFor(() => expect(dialog.open).toBe(true));
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveFocus();
  });

  it('stays open under StrictMode, whose second mount reopens the same element', async () => {
    const onOpenChange = vi.fn();
    const user = userEvent.setup();
    render(
      <StrictMode>
        <Page onOpenChange={onOpenChange} />
      </StrictMode>,
    );
    const opener = screen.getByRole('button', { name: 'Edit venue' });
    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Edit venue' }) as HTMLDialogElement;
    // The first mount's closing fires `close` a task later.
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    expect(onOpenChange).not.toHaveBeenCalled();
    expect(dialog.open).toBe(true);
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('opens a dialog from within a dialog; Escape closes the top one only', async () => {
    const { user, dialog } = await openDialog({ nested: true });
    const choose = within(dialog).getByRole('button', { name: 'Choose room' });
    await user.click(choose);
    const inner = screen.getByRole('dialog', { name: 'Choose room' });
    expect(within(inner).getByRole('button', { name: 'Room 1' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(inner).not.toBeInTheDocument();
    expect(dialog.open).toBe(true);
    expect(choose).toHaveFocus();
  });
});
