import { ApiError } from './api-error.js';
import { h } from './h.js';

/** A visible alert explaining why a view could not load, worded for the kind of failure. */
export function errorMessage(error: unknown, what: string): HTMLElement {
  let detail: string;
  if (error instanceof ApiError && error.kind === 'network') {
    detail = 'The API is not reachable. Check that the server is running, then reload.';
  } else if (error instanceof ApiError) {
    detail = `The API reported an error: ${error.message}`;
  } else {
    detail = error instanceof Error ? error.message : String(error);
  }
  return h(
    'div',
    { class: 'message error', role: 'alert' },
    h('strong', {}, `Could not load ${what}.`),
    ' ',
    detail,
  );
}
