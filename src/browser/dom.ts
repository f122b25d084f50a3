/**
 * DOM helpers. Text only ever goes in through `textContent`: no `innerHTML`,
 * so a cluster's name with markup shows as the characters it is.
 */

/** The element with this id; the server renders every frame the code fills, so a missing one is a bug. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from the page`);
  return node as T;
}

type Attributes = Record<string, string> & { text?: string };

/** `el('p', { class: 'muted', text: 'Chargement…' })`; `text` becomes the `textContent`. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  children: (Node | null)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) if (child) node.appendChild(child);
  return node;
}

/** Replaces a container's content (`null`s left out); a container that was loading (`aria-busy`) is then ready. */
export function show(container: HTMLElement, nodes: (Node | null)[]): void {
  container.replaceChildren(...nodes.filter((n): n is Node => n !== null));
  if (container.hasAttribute('aria-busy')) container.setAttribute('aria-busy', 'false');
}

/** A paragraph of text, `muted` unless said otherwise. */
export function note(text: string, className = 'muted'): HTMLParagraphElement {
  return el('p', { class: className, text });
}

/** The element marked `data-part="name"` inside a row cloned from a template. */
export function part<T extends HTMLElement = HTMLElement>(row: ParentNode, name: string): T {
  const node = row.querySelector(`[data-part="${name}"]`);
  if (!node) throw new Error(`[data-part="${name}"] is missing from its template`);
  return node as T;
}

/** A fresh copy of the first element of a `<template>`. */
export function cloneTemplate(id: string): HTMLElement {
  return byId<HTMLTemplateElement>(id).content.firstElementChild!.cloneNode(true) as HTMLElement;
}

/** Says `text` to screen readers through a polite live region. */
export function announcer(): (text: string) => void {
  const region = el('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  document.body.appendChild(region);
  return (text) => {
    region.textContent = '';
    window.setTimeout(() => {
      region.textContent = text;
    }, 50);
  };
}
