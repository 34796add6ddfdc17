// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import {
  decideSends,
  effectOf,
  keyChoiceOf,
  parseFacts,
  SendKeyMemory,
  sendKeyFrom,
  type FactStore,
  type KeyFacts,
} from '../../src/content/send/send-key-learning';

function memoryStore(initial: unknown = undefined): FactStore & { saved: unknown } {
  const store = {
    saved: initial,
    load: async () => store.saved,
    save: async (facts: unknown) => {
      store.saved = JSON.parse(JSON.stringify(facts)) as unknown;
    },
  };
  return store;
}

describe('deciding which key sends', () => {
  test('until something is learned, the catalogue decides; on sites it does not know, both keys are guarded', () => {
    expect(decideSends(undefined, 'enter', 'enter')).toBe(true);
    expect(decideSends(undefined, 'mod-enter', 'enter')).toBe(false);
    expect(decideSends(undefined, 'enter', 'mod-enter')).toBe(false);
    expect(decideSends(undefined, 'enter', 'either')).toBe(true);
    expect(decideSends(undefined, 'mod-enter', 'either')).toBe(true);
  });

  test('a key seen sending sends, a key seen making a new line never does, whatever the catalogue says', () => {
    const ctrlEnterSlack: KeyFacts = { 'mod-enter': 'sends' };
    expect(decideSends(ctrlEnterSlack, 'mod-enter', 'enter')).toBe(true);
    expect(decideSends(ctrlEnterSlack, 'enter', 'enter')).toBe(false);
    const enterMakesLines: KeyFacts = { enter: 'newline' };
    expect(decideSends(enterMakesLines, 'enter', 'enter')).toBe(false);
    expect(decideSends(enterMakesLines, 'mod-enter', 'enter')).toBe(true);
    expect(sendKeyFrom(enterMakesLines, 'enter')).toBe('mod-enter');
    expect(sendKeyFrom(undefined, 'either')).toBe('either');
  });

  test('Ctrl and Cmd both make the modified key', () => {
    const base = { key: 'Enter', shiftKey: false, altKey: false, ctrlKey: false, metaKey: false };
    expect(keyChoiceOf(base)).toBe('enter');
    expect(keyChoiceOf({ ...base, ctrlKey: true })).toBe('mod-enter');
    expect(keyChoiceOf({ ...base, metaKey: true })).toBe('mod-enter');
  });
});

describe('what a key press did', () => {
  test('an emptied box or a replaced editor is a send; one more line is a new line; anything else teaches nothing', () => {
    expect(effectOf('see you at six', '')).toBe('sends');
    expect(effectOf('see you at six', null)).toBe('sends');
    expect(effectOf('see you at six', 'see you at six\n')).toBe('newline');
    expect(effectOf('first\nsecond', 'first\nsecond\n\n')).toBe('newline');
    expect(effectOf('see you at six', 'see you at six')).toBeNull();
    expect(effectOf('hi @sa', 'hi @sam ')).toBeNull();
    expect(effectOf('', '')).toBeNull();
  });
});

describe('stored facts', () => {
  test('keep only keys and what they did; anything else in storage is dropped', () => {
    const facts = parseFacts({
      'app.slack.com|quill': { 'mod-enter': 'sends', enter: 'newline' },
      'x.com|post': { enter: 'you never listen' },
      'web.telegram.org|contenteditable': { shift: 'sends' },
      [`${'a'.repeat(400)}|textarea`]: { enter: 'sends' },
      'discord.com|slate': 'sends',
    });
    expect(Object.fromEntries(facts)).toEqual({ 'app.slack.com|quill': { 'mod-enter': 'sends', enter: 'newline' } });
    expect(parseFacts(['enter']).size).toBe(0);
    expect(parseFacts(null).size).toBe(0);
  });

  test('remember at most a hundred composers, forgetting the oldest', () => {
    const many = Object.fromEntries(Array.from({ length: 120 }, (_, index) => [`host${index}.example|textarea`, { enter: 'sends' }]));
    const facts = parseFacts(many);
    expect(facts.size).toBe(100);
    expect(facts.has('host0.example|textarea')).toBe(false);
    expect(facts.has('host119.example|textarea')).toBe(true);
  });
});

describe('learning from the site', () => {
  function editor(initial: string) {
    const element = document.createElement('textarea');
    element.value = initial;
    document.body.append(element);
    return { element, getText: () => element.value };
  }

  test('a calm send on Ctrl+Enter is remembered (without its text), so Enter is no longer taken for a send', async () => {
    const store = memoryStore();
    const memory = new SendKeyMemory(store);
    await memory.ready();
    const box = editor('Sounds good, see you at six');
    memory.observe('app.slack.com|quill', 'mod-enter', box);
    box.element.value = '';
    await vi.waitFor(() => expect(memory.factsFor('app.slack.com|quill')).toEqual({ 'mod-enter': 'sends' }));
    expect(memory.sends('app.slack.com|quill', 'enter', 'enter')).toBe(false);
    await vi.waitFor(() => expect(store.saved).toEqual({ 'app.slack.com|quill': { 'mod-enter': 'sends' } }));
    expect(JSON.stringify(store.saved)).not.toContain('six');
  });

  test('Enter that adds a line is remembered as a new line, and the other key becomes the send key', async () => {
    const memory = new SendKeyMemory(memoryStore());
    const box = editor('Dear Sam,');
    memory.observe('mail.example|contenteditable', 'enter', box);
    box.element.value = 'Dear Sam,\n';
    await vi.waitFor(() => expect(memory.factsFor('mail.example|contenteditable')).toEqual({ enter: 'newline' }));
    expect(memory.sendKey('mail.example|contenteditable', 'either')).toBe('mod-enter');
  });

  test('what another frame or tab learned meanwhile is kept when this one saves', async () => {
    const store = memoryStore({ 'x.com|post': { 'mod-enter': 'sends' } });
    const memory = new SendKeyMemory(store);
    await memory.ready();
    store.saved = { 'x.com|post': { 'mod-enter': 'sends' }, 'x.com|chat': { enter: 'sends' } };
    memory.learn('app.slack.com|quill', 'enter', 'sends');
    await vi.waitFor(() =>
      expect(store.saved).toEqual({
        'x.com|post': { 'mod-enter': 'sends' },
        'x.com|chat': { enter: 'sends' },
        'app.slack.com|quill': { enter: 'sends' },
      }),
    );
  });

  test('an empty draft, or a key that changed nothing, teaches nothing', async () => {
    const memory = new SendKeyMemory(null);
    memory.observe('a|textarea', 'enter', editor(''));
    memory.observe('b|textarea', 'enter', editor('unchanged'));
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(memory.factsFor('a|textarea')).toBeUndefined();
    expect(memory.factsFor('b|textarea')).toBeUndefined();
  });
});
