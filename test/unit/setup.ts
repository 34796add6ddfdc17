// Gives unit tests the browser's message catalogue, so UI strings resolve as they do in the extension.
import { readFileSync } from 'node:fs';
// Node's own URL: under happy-dom the global URL is the DOM one, which readFileSync does not accept.
import { URL as NodeURL } from 'node:url';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const catalogue = JSON.parse(readFileSync(new NodeURL('../../_locales/en/messages.json', import.meta.url), 'utf8')) as Catalogue;

function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = catalogue[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  let text = entry.message;
  for (const [name, placeholder] of Object.entries(entry.placeholders ?? {})) {
    text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), placeholder.content);
  }
  return text.replace(/\$(\d)/g, (_, index: string) => subs[Number(index) - 1] ?? '');
}

const chromeShim = (globalThis as { chrome?: unknown }).chrome as Record<string, unknown> | undefined;
(globalThis as { chrome?: unknown }).chrome = { ...(chromeShim ?? {}), i18n: { getMessage, getUILanguage: () => 'en' } };
