import { describe, expect, it } from 'vitest';
import { analyze, scoreHits, type Hit } from '../../src/analysis/analyze';
import { CHAT_CALM_MARGIN, CHAT_MARGIN, chatFeatures, chatLearned, pairOf, parseChatModel, readChat, type ChatDriver } from '../../src/analysis/chat-tone';
import { frontCode } from '../../src/analysis/front-coding';
import { tokenize } from '../../src/analysis/tokens';

// Drafts written for these tests.
const model = parseChatModel(
  [`12t ${frontCode(['gold star', 'look who'])}`, `5c ${frontCode(['again'])}`, `-8 ${frontCode(['thanks so', '😂'])}`, 'not a line'].join('\n'),
  -0.5,
);

describe('the chat reading', () => {
  it('parses weights in tenths, the kind of heat by its letter, words and pairs', () => {
    expect(pairOf(model, 'look', 'who')).toMatchObject({ weight: 1.2, kind: 'contempt' });
    expect(model.words.get('again')).toMatchObject({ weight: 0.5, kind: 'criticism' });
    expect(model.words.get('😂')).toMatchObject({ weight: -0.8, kind: undefined });
    expect(model.words.size + model.pairs.size).toBe(5);
  });

  it('adds each feature once, and names where the heat came from', () => {
    const text = 'look who showed up again. again!';
    const drivers: ChatDriver[] = [];
    expect(readChat(model, tokenize(text), undefined, [], drivers)).toBeCloseTo(-0.5 + 1.2 + 0.5);
    expect(drivers.map((driver) => text.slice(driver.start, driver.end))).toEqual(['look who', 'again']);
  });

  it('never pairs words across sentences, and reads emoji and ?/! runs as terms', () => {
    expect(readChat(model, tokenize('have a look. who knows'))).toBeCloseTo(-0.5);
    // The emoji after "?!?" opens a sentence of its own.
    expect([...chatFeatures(tokenize('you did WHAT?!? 😂'))]).toEqual(['you', 'did', 'you did', 'what', 'did what', '?', 'what ?', '😂']);
    expect(readChat(model, tokenize('haha 😂'))).toBeCloseTo(-1.3);
  });

  it('looks up exactly the features the fit learns from', () => {
    const text = 'thanks so much, gold star for you... look who is here';
    const all = parseChatModel(`1h ${frontCode(chatFeatures(tokenize(text)))}`, 0);
    expect(readChat(all, tokenize(text))).toBeCloseTo(0.1 * chatFeatures(tokenize(text)).size);
  });

  it('skips what the rules cleared as calm', () => {
    const text = 'look who is here';
    expect(readChat(model, tokenize(text), undefined, [{ start: 0, end: 8 }])).toBeCloseTo(-0.5);
  });
});

describe('analyze with the chat reading', () => {
  it('flags cold and mocking drafts with no heated word, naming the draft’s own words', () => {
    for (const draft of ['k. noted.', 'cool story, nobody asked', 'wow, two whole hours late, new record']) {
      const analysis = analyze(draft);
      expect(analysis.heated, draft).toBe(true);
      for (const reason of analysis.reasons) for (const span of reason.spans) expect(draft.slice(span.start, span.end).trim()).not.toBe('');
    }
  });

  it('leaves plain logistics, praise and venting at things alone', () => {
    for (const draft of ['can you grab milk on the way home?', 'great job on the deck, the client loved it', 'this printer is a piece of junk', 'did you read the email from Sam?']) {
      expect(analyze(draft).heated, draft).toBe(false);
    }
  });

  it('keeps what the rules flag on their own flagged, with their reasons', () => {
    const alone = analyze('you never listen to me', { rulesOnly: true });
    const whole = analyze('you never listen to me');
    expect(alone.heated).toBe(true);
    expect(whole.heated).toBe(true);
    expect(whole.reasons).toEqual(alone.reasons);
  });

  it('adds no heat at gentle: what the rules let pass there stays unflagged', () => {
    expect(analyze('cool story, nobody asked', { sensitivity: 'gentle' })).toEqual(analyze('cool story, nobody asked', { sensitivity: 'gentle', rulesOnly: true }));
  });

  it('speaks only past its margins: heat above CHAT_MARGIN, calm below -CHAT_CALM_MARGIN, nothing between', () => {
    expect(chatLearned(CHAT_MARGIN + 0.8, CHAT_MARGIN + 0.8)).toBeCloseTo(0.8);
    expect(chatLearned(CHAT_MARGIN - 0.01, CHAT_MARGIN - 0.01)).toBe(0);
    expect(chatLearned(-CHAT_CALM_MARGIN + 0.01, -CHAT_CALM_MARGIN + 0.01)).toBe(0);
    expect(chatLearned(-CHAT_CALM_MARGIN - 1.5, -CHAT_CALM_MARGIN - 1.5)).toBeCloseTo(-1.5);
    // Gentle: calm only.
    expect(chatLearned(CHAT_MARGIN + 2, CHAT_MARGIN + 2, true)).toBe(0);
    expect(chatLearned(-CHAT_CALM_MARGIN - 1, -CHAT_CALM_MARGIN - 1, true)).toBeCloseTo(-1);
    // The calm side reads the draft without its "!" and "?".
    expect(chatLearned(-3, 0.2)).toBe(0);
  });

  it('reports what "!" and "?" added, alone and in pairs', () => {
    const marked = parseChatModel([`-9 ${frontCode(['!'])}`, `3 ${frontCode(['again !'])}`, `5c ${frontCode(['again'])}`].join('\n'), 0);
    const marks = { weight: 0 };
    expect(readChat(marked, tokenize('again!'), undefined, [], undefined, marks)).toBeCloseTo(-0.9 + 0.3 + 0.5);
    expect(marks.weight).toBeCloseTo(-0.9 + 0.3);
  });

  it('clears a draft the rules flag on a word when it is sure the draft is warm', () => {
    for (const draft of ['shut up you absolute legend, that speech was perfect', "I'm so angry at the bank, they froze my card again"]) {
      expect(analyze(draft, { rulesOnly: true }).heated, draft).toBe(true);
      expect(analyze(draft).heated, draft).toBe(false);
    }
  });

  it('never lets its calm cancel a contempt phrase, as calm words never do', () => {
    const phrase = (kind: Hit['kind'], value: number): Hit => ({ key: 'pattern', kind, start: 0, end: 20, value });
    // "As previously mentioned, the deadline was Friday": the everyday words around the phrase read calm.
    expect(scoreHits([phrase('contempt', 1.2)], -0.8)).toBeGreaterThanOrEqual(1);
    // "shut up you absolute legend": a hostile phrase the reading is sure is warm is still cleared.
    expect(scoreHits([phrase('hostility', 1.4)], -0.8)).toBeLessThan(1);
  });

  it("does not let an exclamation mark or a taunt's laughter calm a heated draft", () => {
    for (const draft of ['Call me back you coward!', 'you stupid idiot!', 'haha sure you did 😂', 'haha you really thought that would work']) {
      expect(analyze(draft).heated, draft).toBe(true);
    }
  });

  it('reads text in another language as before: not at all', () => {
    expect(analyze('no puedo creer que otra vez llegaste tarde, siempre igual').heated).toBe(false);
  });
});
