import { useId, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';

export interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  children: ReactNode;
  className?: string;
  /** What gets focus when the dialog opens; by default its first focusable element. */
  initialFocus?: RefObject<HTMLElement | null>;
}

/**
 * A modal dialog: a native `<dialog>` opened with `showModal()`, so the
 * browser puts it in the top layer, makes the rest of the page inert (focus
 * stays inside) and turns Escape into a `cancel` event. The page behind it
 * does not scroll through a rule in app.css, never an inline style, which the
 * CSP (`style-src 'self'`) would refuse.
 *
 * Closing always goes through `onOpenChange(false)`: Escape, a click on the
 * backdrop, or the browser closing the dialog itself. The dialog is in the
 * DOM only while `open` is true, and focus goes back to where it was before
 * it opened — our dialogs open from buttons, shortcuts and menus alike.
 */
export function Dialog({ open, ...props }: DialogProps) {
  return open ? <ModalDialog {...props} /> : null;
}

function ModalDialog({
  onOpenChange,
  title,
  description,
  children,
  className,
  initialFocus,
}: Omit<DialogProps, 'open'>) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const latest = useRef({ onOpenChange, initialFocus });
  useLayoutEffect(() => {
    latest.current = { onOpenChange, initialFocus };
  });

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    // The dialog is in the DOM but not yet shown, so focus is still outside.
    const before = document.activeElement;
    const returnFocusTo = before instanceof HTMLElement && !dialog.contains(before) ? before : null;
    let mounted = true;
    let pressedOnBackdrop = false;
    const close = () => latest.current.onOpenChange(false);

    const show = () => {
      if (!dialog.open) dialog.showModal();
      const chosen = latest.current.initialFocus?.current;
      if (chosen) {
        chosen.focus();
        return;
      }
      // As Radix did: not a link (a dialog opening on its help link would be odd).
      const first = tabbables(dialog).find((element) => element.tagName !== 'A');
      (first ?? dialog).focus();
      // As Radix did: a field that gets focus this way has its text selected.
      if (first instanceof HTMLInputElement) first.select();
    };

    // Escape (or another close request): the state decides, not the browser.
    const onCancel = (event: Event) => {
      if (event.target !== dialog) return;
      event.preventDefault();
      close();
    };
    // The browser may close it without a cancelable `cancel` (e.g. a second
    // Escape without user activation in between): tell the owner, and show it
    // again should the owner keep it open after all. The event comes a task
    // after the closing: if the dialog is open again by then (StrictMode's
    // second mount reopens the same element), it is stale.
    const onClose = (event: Event) => {
      if (event.target !== dialog || dialog.open) return;
      close();
      setTimeout(() => mounted && !dialog.open && show(), 0);
    };
    // A press on the backdrop targets the dialog itself, outside its box (a
    // press on its padding or scroll bar is inside). As Radix did: a primary
    // press closes on the click that follows it, another button at once, and
    // a right or Ctrl+click (the context menu) not at all.
    const onPointerDown = (event: PointerEvent) => {
      pressedOnBackdrop = false;
      if (event.target !== dialog || !isOutsideBox(dialog, event)) return;
      if (event.button === 2 || (event.button === 0 && event.ctrlKey)) return;
      if (event.button === 0) pressedOnBackdrop = true;
      else close();
    };
    const onClick = (event: MouseEvent) => {
      if (!pressedOnBackdrop || event.target !== dialog) return;
      pressedOnBackdrop = false;
      close();
    };

    // The rest of the page is inert, but Tab past the last element would leave
    // for the browser's own controls (Chrome's address bar): go round instead.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab' || event.defaultPrevented) return;
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const inside = tabbables(dialog);
      const first = inside[0];
      const last = inside.at(-1);
      const focused = document.activeElement;
      if (!first || !last) {
        event.preventDefault();
      } else if (!event.shiftKey && focused === last) {
        event.preventDefault();
        first.focus();
      } else if (event.shiftKey && (focused === first || focused === dialog)) {
        event.preventDefault();
        last.focus();
      }
    };

    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('keydown', onKeyDown);
    dialog.addEventListener('close', onClose);
    dialog.addEventListener('pointerdown', onPointerDown);
    dialog.addEventListener('click', onClick);
    show();
    return () => {
      mounted = false;
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('keydown', onKeyDown);
      dialog.removeEventListener('close', onClose);
      dialog.removeEventListener('pointerdown', onPointerDown);
      dialog.removeEventListener('click', onClick);
      if (dialog.open) dialog.close();
      if (returnFocusTo?.isConnected) returnFocusTo.focus();
    };
  }, []);

  // Portalled to the end of the body as Radix did: the top layer would show it
  // from anywhere, but its place in the DOM decides which styles it inherits
  // and what it may be nested in (a dialog's form inside a page's form, say).
  return createPortal(
    <dialog
      ref={dialogRef}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      aria-modal="true"
      // Takes focus itself when it holds nothing focusable.
      tabIndex={-1}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {description && (
        <p id={descriptionId} className="dialog-description">
          {description}
        </p>
      )}
      {children}
    </dialog>,
    document.body,
  );
}

function isOutsideBox(element: Element, event: MouseEvent): boolean {
  const box = element.getBoundingClientRect();
  return (
    event.clientX < box.left ||
    event.clientX > box.right ||
    event.clientY < box.top ||
    event.clientY > box.bottom
  );
}

/** The elements inside `container` that Tab reaches, in document order. */
function tabbables(container: HTMLElement): HTMLElement[] {
  const found: HTMLElement[] = [];
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) => {
      const element = node as HTMLElement;
      if (element.hidden || element.inert) return NodeFilter.FILTER_REJECT;
      const tabbable =
        element.tabIndex >= 0 &&
        !(element instanceof HTMLInputElement && element.type === 'hidden') &&
        !element.matches(':disabled');
      return tabbable ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node as HTMLElement;
    const visible = element.checkVisibility
      ? element.checkVisibility({ visibilityProperty: true })
      : getComputedStyle(element).visibility !== 'hidden';
    if (visible) found.push(element);
  }
  return found;
}
