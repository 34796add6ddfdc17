import type { MessageKey } from '../i18n';

/** How a section reports on the page's one status line. */
export interface Feedback {
  /** Shows a message for a moment. */
  flash(key: MessageKey, ...args: string[]): void;
  /** Shows "Saved", or that saving failed, once `promise` settles. */
  saved(promise: Promise<unknown>): void;
}
