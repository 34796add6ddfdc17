/**
 * Learning the send key from the site. People choose it (Slack's "Ctrl+Enter to send", LinkedIn's "Press Enter to
 * send", Teams' format mode, Telegram's setting), and X's posts send on Ctrl/Cmd+Enter where its chat sends on Enter.
 * When a key press is let through, Attune looks at what the site did with it (the box emptied: it sent; a line was
 * added: it was a new line) and keeps only that fact, per host and composer kind, never any text. A heated draft is
 * then paused on the key that really sends and never on one that makes a new line; until something is known, the
 * catalogue's default decides.
 */
import type { StorageArea } from '../../extension-api';
import type { SendKey } from '../../sites';
import { comparableText } from '../editors/read-text';
import { settle } from '../editors/selection';
import type { KeyLike, SendKeyRule } from './keys';

/** The two keys a chat app may send with. */
export type KeyChoice = SendKey;

/** What the site did with a key press: sent the draft, or added a line to it. */
export type KeyEffect = 'sends' | 'newline';

/** What is known about one composer's keys. */
export type KeyFacts = Partial<Record<KeyChoice, KeyEffect>>;

/** The composer key facts are kept under: host and composer kind ("app.slack.com|quill", "x.com|post"). */
export type ComposerKey = string;

export const SEND_KEYS_STORAGE_KEY = 'sendKeys';

/** Composers remembered at most; the oldest are forgotten first. */
const MAX_COMPOSERS = 100;
const MAX_KEY_LENGTH = 300;
/** How long after a key press a site may take to empty its box (one waiting for its server). */
const SLOW_SITE_MS = 600;

const KEYS: readonly KeyChoice[] = ['enter', 'mod-enter'];
const EFFECTS: readonly KeyEffect[] = ['sends', 'newline'];

export function keyChoiceOf(event: KeyLike): KeyChoice {
  return event.ctrlKey || event.metaKey ? 'mod-enter' : 'enter';
}

const otherKey = (key: KeyChoice): KeyChoice => (key === 'enter' ? 'mod-enter' : 'enter');

/** Whether `key` sends here: what the site was seen doing with it, else with the other key, else the catalogue's rule. */
export function decideSends(facts: KeyFacts | undefined, key: KeyChoice, rule: SendKeyRule): boolean {
  const known = facts?.[key];
  if (known !== undefined) return known === 'sends';
  const other = facts?.[otherKey(key)];
  if (other !== undefined) return other === 'newline';
  return rule === 'either' || rule === key;
}

/** The key that sends here, for replaying a send: learned, else the catalogue's rule. */
export function sendKeyFrom(facts: KeyFacts | undefined, rule: SendKeyRule): SendKeyRule {
  const sending = KEYS.filter((key) => decideSends(facts, key, rule));
  return sending.length === 1 ? sending[0]! : rule;
}

/**
 * What a key press did, from the draft before it and after the site had its turn (`null`: the editor is gone):
 * emptied or gone means sent, one more line means a new line; anything else (an autocomplete taking the key,
 * nothing at all) teaches nothing.
 */
export function effectOf(before: string, after: string | null): KeyEffect | null {
  const was = comparableText(before);
  if (was === '') return null;
  if (after === null || comparableText(after) === '') return 'sends';
  const lines = (text: string) => text.split('\n').length;
  // comparableText drops trailing white space, so a new empty last line is counted on the raw text.
  return lines(after.replace(/\s+$/, (tail) => tail.replace(/[^\n]/g, ''))) > lines(was) ? 'newline' : null;
}

function isFacts(value: unknown): value is KeyFacts {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.entries(value).every(([key, effect]) => KEYS.includes(key as KeyChoice) && EFFECTS.includes(effect as KeyEffect));
}

/** Validates what storage holds; anything malformed is dropped, never trusted. */
export function parseFacts(raw: unknown): Map<ComposerKey, KeyFacts> {
  const facts = new Map<ComposerKey, KeyFacts>();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return facts;
  for (const [composer, value] of Object.entries(raw)) {
    if (composer.length > MAX_KEY_LENGTH || !isFacts(value)) continue;
    facts.set(composer, { ...value });
  }
  return trimmed(facts);
}

function trimmed(facts: Map<ComposerKey, KeyFacts>): Map<ComposerKey, KeyFacts> {
  const keys = [...facts.keys()];
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_COMPOSERS))) facts.delete(old);
  return facts;
}

/** Where the facts live: the extension's local storage in the browser, a plain object in tests. */
export interface FactStore {
  load(): Promise<unknown>;
  save(facts: Record<ComposerKey, KeyFacts>): Promise<void>;
}

/** A fact store over an extension storage area (`storage.local`). */
export function storageFactStore(area: Pick<StorageArea, 'get' | 'set'>): FactStore {
  return {
    load: async () => (await area.get(SEND_KEYS_STORAGE_KEY))[SEND_KEYS_STORAGE_KEY],
    save: (facts) => area.set({ [SEND_KEYS_STORAGE_KEY]: facts }),
  };
}

/** The part of an editor that watching needs: its element (still on the page?) and its text. */
export interface WatchedEditor {
  element: Element;
  getText(): string;
}

/** What one frame knows about the send keys of the composers it has seen, kept in step with storage. */
export class SendKeyMemory {
  private facts = new Map<ComposerKey, KeyFacts>();
  private readonly loaded: Promise<void>;

  constructor(private readonly store: FactStore | null) {
    this.loaded = store
      ? store.load().then(
          (raw) => {
            // Facts learned in this frame before storage answered stay; storage fills in the rest.
            const stored = parseFacts(raw);
            for (const [composer, known] of this.facts) stored.set(composer, { ...stored.get(composer), ...known });
            this.facts = trimmed(stored);
          },
          () => undefined,
        )
      : Promise.resolve();
  }

  /** Resolves once what storage held has been read (or could not be). */
  ready(): Promise<void> {
    return this.loaded;
  }

  factsFor(composer: ComposerKey): KeyFacts | undefined {
    return this.facts.get(composer);
  }

  sends(composer: ComposerKey, key: KeyChoice, rule: SendKeyRule): boolean {
    return decideSends(this.facts.get(composer), key, rule);
  }

  sendKey(composer: ComposerKey, rule: SendKeyRule): SendKeyRule {
    return sendKeyFrom(this.facts.get(composer), rule);
  }

  /** Keeps what a key did; a key that sends makes the other one a non-send unless it was seen sending too. */
  learn(composer: ComposerKey, key: KeyChoice, effect: KeyEffect): void {
    const known = this.facts.get(composer);
    if (known?.[key] === effect) return;
    const next: KeyFacts = { ...known, [key]: effect };
    this.facts.delete(composer);
    this.facts.set(composer, next);
    trimmed(this.facts);
    void this.persist(composer, next);
  }

  /** Merges this composer's facts into what storage holds now, so frames and tabs learning at once lose nothing. */
  private async persist(composer: ComposerKey, next: KeyFacts): Promise<void> {
    if (!this.store) return;
    try {
      const stored = parseFacts(await this.store.load());
      stored.delete(composer);
      stored.set(composer, next);
      await this.store.save(Object.fromEntries(trimmed(stored)));
    } catch {
      // Not remembered this time; the next key press teaches it again.
    }
  }

  /** Watches what the site does with a key press that was let through, and learns from it. Never throws. */
  observe(composer: ComposerKey, key: KeyChoice, editor: WatchedEditor): void {
    let before: string;
    try {
      before = editor.getText();
    } catch {
      return;
    }
    if (comparableText(before) === '') return;
    const read = (): string | null => (editor.element.isConnected ? editor.getText() : null);
    void (async () => {
      await settle();
      let effect = effectOf(before, read());
      if (effect === null) {
        await new Promise((resolve) => setTimeout(resolve, SLOW_SITE_MS));
        const later = effectOf(before, read());
        // Only a send is worth waiting for; a line added this late was typed by the user, not made by the key.
        if (later === 'sends') effect = later;
      }
      if (effect !== null) this.learn(composer, key, effect);
    })().catch(() => undefined);
  }
}
