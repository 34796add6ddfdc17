/**
 * The scorer's learned tables as the content script carries them: scripts/build-plugins.mjs (packTables) deflates
 * each long string of the table modules and writes it in Z85, and the bundle inflates it here, once, when the module
 * loads: about a third of their bytes in every chat tab, for a few milliseconds once per frame. The source keeps the
 * tables as text, which Node and the tests read directly. DecompressionStream would cost no code but answers only
 * asynchronously, and the scorer reads its tables as its modules load.
 */
import inflate from 'tiny-inflate';
import { z85Decode } from '../z85';

/**
 * The string whose JSON, `length` bytes of UTF-8, the build deflated (raw, `deflated` bytes long) and wrote as `z85`.
 * JSON keeps the half emoji a front-coded table can hold, which UTF-8 alone would not.
 */
export function unpackText(z85: string, deflated: number, length: number): string {
  const bytes = inflate(z85Decode(z85, deflated), new Uint8Array(length));
  const text: unknown = bytes.length === length ? JSON.parse(new TextDecoder().decode(bytes)) : undefined;
  if (typeof text !== 'string') throw new Error('Attune: a packed table is malformed');
  return text;
}
