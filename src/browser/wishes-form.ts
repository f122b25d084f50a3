/**
 * The wishes form: ranked partners (rows cloned from `#wish-template`),
 * declined clusters (checkboxes) and availability slots per session (rows
 * cloned from `#slot-template`). It fills itself from the stored wishes and
 * collects the body to send, with the control behind each index so that the
 * API's problems can be placed next to their fields.
 */
import type { PageWords } from '../i18n/page-words';
import type { PreferencesBody, PreferencesView } from './api-types';
import { byId, cloneTemplate, part } from './dom';

/** What was sent, and the controls behind each index of its lists. */
export interface Sent {
  body: PreferencesBody;
  rows: HTMLElement[];
  boxes: HTMLInputElement[];
  slots: HTMLElement[];
}

export interface WishesForm {
  fill(view: PreferencesView): void;
  collect(): Sent;
  /** The clusters chosen in the partner rows, in order. */
  wishedIds(): string[];
  /** True when every row allowed is taken by a cluster. */
  isFull(): boolean;
  /** Puts `id` in the first empty row, or in a new one; false when the list is full. */
  addWish(id: string): boolean;
}

const children = (list: Element): HTMLElement[] => Array.from(list.children) as HTMLElement[];

/** @param onWishesChange called whenever the chosen partners change (the suggestions' buttons follow them). */
export function createWishesForm(words: PageWords, maxRequests: number, onWishesChange: () => void): WishesForm {
  const wishList = byId<HTMLOListElement>('wish-list');
  const addWishButton = byId<HTMLButtonElement>('add-wish');
  const wishRows = () => children(wishList);
  const target = (row: HTMLElement) => part<HTMLSelectElement>(row, 'to');

  function renumberWishes(): void {
    wishRows().forEach((row, i) => {
      const base = `wish-${i + 1}`;
      for (const name of ['to', 'priority']) {
        const control = part(row, name);
        control.id = `${base}-${name}`;
        part(row, `${name}-label`).setAttribute('for', control.id);
        part(row, `${name}-error`).id = `${base}-${name}-error`;
        control.setAttribute('aria-describedby', `${base}-${name}-error`);
      }
      part(row, 'to-label').textContent = words.partnerN(i + 1);
      part(row, 'remove').setAttribute('aria-label', words.removePartnerN(i + 1));
    });
    addWishButton.disabled = wishRows().length >= maxRequests;
    onWishesChange();
  }

  function addWishRow(to = '', priority?: number): HTMLElement {
    const row = cloneTemplate('wish-template');
    target(row).value = to;
    part<HTMLSelectElement>(row, 'priority').value = String(priority ?? Math.min(wishRows().length + 1, 5));
    target(row).addEventListener('change', onWishesChange);
    part(row, 'remove').addEventListener('click', () => {
      const index = wishRows().indexOf(row);
      row.remove();
      renumberWishes();
      const rows = wishRows();
      (rows.length ? target(rows[Math.min(index, rows.length - 1)]) : addWishButton).focus();
    });
    wishList.appendChild(row);
    renumberWishes();
    return row;
  }

  addWishButton.addEventListener('click', () => {
    if (wishRows().length < maxRequests) target(addWishRow()).focus();
  });

  const declineBoxes = () => Array.from(document.querySelectorAll<HTMLInputElement>('input[name="declines"]'));
  const updateDeclineCount = () => {
    byId('declines-count').textContent = words.declinesCount(declineBoxes().filter((box) => box.checked).length);
  };
  for (const box of declineBoxes()) box.addEventListener('change', updateDeclineCount);

  const sessionBlocks = () => Array.from(document.querySelectorAll<HTMLFieldSetElement>('fieldset.session'));
  const slotList = (block: HTMLElement) => block.querySelector('.slots') as HTMLElement;
  const addSlotButton = (block: HTMLElement) => block.querySelector('.add-slot') as HTMLButtonElement;

  function renumberSlots(block: HTMLFieldSetElement): void {
    const si = sessionBlocks().indexOf(block);
    children(slotList(block)).forEach((row, i) => {
      const base = `slot-${si}-${i + 1}`;
      part(row, 'error').id = `${base}-error`;
      for (const name of ['start', 'end']) {
        const input = part<HTMLInputElement>(row, name);
        input.id = `${base}-${name}`;
        input.min = block.dataset.start ?? '';
        input.max = block.dataset.end ?? '';
        input.setAttribute('aria-describedby', `${base}-error`);
        part(row, `${name}-label`).setAttribute('for', input.id);
      }
      part(row, 'remove').setAttribute('aria-label', words.removeSlotN(i + 1));
    });
  }

  function addSlot(block: HTMLFieldSetElement, start: string, end: string): HTMLElement {
    const row = cloneTemplate('slot-template');
    part<HTMLInputElement>(row, 'start').value = start;
    part<HTMLInputElement>(row, 'end').value = end;
    part(row, 'remove').addEventListener('click', () => {
      row.remove();
      renumberSlots(block);
      addSlotButton(block).focus();
    });
    slotList(block).appendChild(row);
    renumberSlots(block);
    return row;
  }

  for (const block of sessionBlocks()) {
    addSlotButton(block).addEventListener('click', () => {
      part(addSlot(block, block.dataset.start ?? '', block.dataset.end ?? ''), 'start').focus();
    });
  }

  return {
    fill(view) {
      wishList.replaceChildren();
      for (const r of view.requests) addWishRow(r.to, r.priority);
      if (view.requests.length === 0) addWishRow();

      const declined = new Set(view.declines);
      for (const box of declineBoxes()) box.checked = declined.has(box.value);
      updateDeclineCount();

      for (const block of sessionBlocks()) {
        slotList(block).replaceChildren();
        const { date = '', start = '', end = '' } = block.dataset;
        const windows = view.availability
          ? view.availability.filter((w) => w.date === date && w.start < end && w.end > start)
          : [{ start, end }];
        for (const w of windows) addSlot(block, w.start, w.end);
      }
    },

    collect() {
      // A row left on "choose a cluster" is not a wish.
      const rows = wishRows().filter((row) => target(row).value !== '');
      const boxes = declineBoxes().filter((box) => box.checked);
      const slots: HTMLElement[] = [];
      const availability: PreferencesBody['availability'] = [];
      for (const block of sessionBlocks()) {
        for (const row of children(slotList(block))) {
          slots.push(row);
          availability.push({
            date: block.dataset.date ?? '',
            start: part<HTMLInputElement>(row, 'start').value,
            end: part<HTMLInputElement>(row, 'end').value,
          });
        }
      }
      return {
        body: {
          requests: rows.map((row) => ({ to: target(row).value, priority: Number(part<HTMLSelectElement>(row, 'priority').value) })),
          declines: boxes.map((box) => box.value),
          availability,
        },
        rows,
        boxes,
        slots,
      };
    },

    wishedIds: () => wishRows().map((row) => target(row).value).filter(Boolean),

    isFull: () => wishRows().length >= maxRequests && wishRows().every((row) => target(row).value !== ''),

    addWish(id) {
      const empty = wishRows().find((row) => target(row).value === '');
      if (empty) target(empty).value = id;
      else if (wishRows().length < maxRequests) addWishRow(id);
      else return false;
      onWishesChange();
      return true;
    },
  };
}
