import { h } from './h.js';

/** A visible "nothing here" notice for an empty result. */
export function emptyMessage(text: string): HTMLElement {
  return h('p', { class: 'message empty', role: 'status' }, text);
}
