import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import {
  DEVICE_REPLY_SCHEMA,
  DEVICE_STYLES,
  DEVICE_SYSTEM_PROMPT,
  devicePrompt,
  isDeviceRequest,
  parseDeviceReplies,
  type DeviceReply,
} from '../../src/analysis/device-prompt';
import { deviceAsk, guardDeviceReplies } from '../../src/analysis/device-replies';
import { loadLanguage } from '../../src/analysis/reframe';

const DENIAL = "It's not my fault the deck was late, I sent it to you on Friday and you never even checked";
const GOOD: DeviceReply[] = [
  { style: 'firm', text: "I sent the deck on Friday, so I don't think the delay was on my side. Can we look at what happened together?" },
  { style: 'curious', text: 'Could you tell me what you saw on your side after I sent the deck on Friday?' },
  { style: 'i-statement', text: 'I feel frustrated because I sent the deck on Friday. I need us to be clear on who did what.' },
];

beforeAll(async () => {
  await loadLanguage();
});

const ask = () => deviceAsk(DENIAL, analyze(DENIAL));

describe('what the model is asked', () => {
  it('carries the draft, its point, its stance, the feeling and need, and the details to keep', () => {
    const { request } = ask();
    expect(request).toMatchObject({ draft: DENIAL, stance: 'denying', details: ['Friday'], feelingNamed: false, theirs: null });
    const prompt = devicePrompt(request);
    expect(prompt).toContain(DENIAL);
    expect(prompt).toContain(`It is about: ${request.topic}.`);
    expect(prompt).toContain('never admit it');
    expect(prompt).toContain(`The writer feels ${request.feeling}.`);
    expect(prompt).toContain('"Friday"');
    expect(isDeviceRequest(request)).toBe(true);
  });

  it('tells the feeling and need the writer named, and the other person\'s message and feeling', () => {
    const { request } = deviceAsk(DENIAL, analyze(DENIAL), { feeling: 'hurt', need: 'respect', theirFeeling: 'stressed', theirs: 'Where is the deck? The client asked twice.' });
    expect(request).toMatchObject({ feeling: 'hurt', feelingNamed: true, need: 'us to treat each other with respect', theirFeeling: 'stressed' });
    const prompt = devicePrompt(request);
    expect(prompt).toContain('The writer feels hurt (they named it themselves).');
    expect(prompt).toContain('What they need: us to treat each other with respect.');
    expect(prompt).toContain('Where is the deck? The client asked twice.');
    expect(prompt).toContain('The other person likely feels stressed.');
  });

  it('gives the model the rules the templates keep, and a schema for two or three replies in known styles', () => {
    for (const rule of ['name, number, time and date', 'Do not apologise for the draft', 'Never concede', 'no swearing', 'no "you always" or "you never"']) {
      expect(DEVICE_SYSTEM_PROMPT).toContain(rule);
    }
    const replies = DEVICE_REPLY_SCHEMA.properties.replies;
    expect(replies).toMatchObject({ minItems: 2, maxItems: 3 });
    expect(replies.items.properties.style.enum).toEqual(DEVICE_STYLES);
  });

  it('is refused by the worker when malformed or oversized', () => {
    const { request } = ask();
    expect(isDeviceRequest({ ...request, stance: 'shouting' })).toBe(false);
    expect(isDeviceRequest({ ...request, draft: 'x'.repeat(5_000) })).toBe(false);
    expect(isDeviceRequest({ ...request, draft: '  ' })).toBe(false);
    expect(isDeviceRequest({ ...request, details: Array(50).fill('Friday') })).toBe(false);
    expect(isDeviceRequest({ ...request, feelingNamed: 'yes' })).toBe(false);
    expect(isDeviceRequest(null)).toBe(false);
  });
});

describe('reading the answer', () => {
  it('keeps well-formed replies in order, at most three', () => {
    expect(parseDeviceReplies(JSON.stringify({ replies: [...GOOD, GOOD[0]] }))).toEqual(GOOD);
  });

  it('leaves out what is not JSON, not a reply, or in a style it does not know', () => {
    expect(parseDeviceReplies('Sure! Here are some replies:')).toEqual([]);
    expect(parseDeviceReplies(JSON.stringify([GOOD[0]]))).toEqual([]);
    expect(parseDeviceReplies(undefined)).toEqual([]);
    const mixed = { replies: [{ style: 'sassy', text: 'Fine.' }, { style: 'curious' }, { style: 'curious', text: '   ' }, GOOD[1]] };
    expect(parseDeviceReplies(JSON.stringify(mixed))).toEqual([]);
    expect(parseDeviceReplies(JSON.stringify({ replies: [{ style: 'curious', text: 7 }, GOOD[1], GOOD[0]] }))).toEqual([GOOD[1], GOOD[0]]);
  });
});

describe('the reply guard over the model\'s replies', () => {
  it('keeps replies that keep every rule, with why each may land better', () => {
    const kept = guardDeviceReplies(ask(), GOOD);
    expect(kept.map((reply) => reply.text)).toEqual(GOOD.map((reply) => reply.text));
    expect(kept[0]?.why).toEqual({ key: 'pauseReplyWhyFirm' });
  });

  const BREAKS: [string, string][] = [
    ['reads heated', 'You NEVER check anything I send on Friday!!'],
    ['invents a time the draft never gave', 'I will send the deck again in 20 minutes, Friday is done.'],
    ['concedes what the writer denies', "You're right, it was my fault about the deck on Friday."],
    ['swears', 'This is such bullshit about the deck on Friday.'],
    ['apologises for the unsent draft', 'Sorry my last message came out harsh about Friday.'],
    ['drops a detail of the draft', "I sent the deck, so I don't think the delay was on my side."],
    ['brings in a name from nowhere', 'I sent the deck on Friday, and Priya saw it go out.'],
    ['is sarcastic', 'Thanks a lot for checking the deck I sent on Friday.'],
    ['says "you always"', "You always forget what I send, and I sent the deck on Friday."],
    ['runs too long', `I sent the deck on Friday. ${'I would like us to talk about it calmly. '.repeat(9)}`],
  ];
  it.each(BREAKS)('drops a reply that %s', (_rule, text) => {
    const kept = guardDeviceReplies(ask(), [{ style: 'firm', text }, GOOD[1]!, GOOD[2]!]);
    expect(kept.map((reply) => reply.text)).not.toContain(text);
    expect(kept).toHaveLength(2);
  });

  it('offers nothing when fewer than two replies pass, so the template replies stand alone', () => {
    expect(guardDeviceReplies(ask(), [GOOD[0]!, { style: 'curious', text: "You're right, it was my fault about the deck on Friday." }])).toEqual([]);
  });

  it('keeps one reply per style and never the same text twice', () => {
    const twice: DeviceReply[] = [GOOD[0]!, { style: 'firm', text: GOOD[1]!.text }, { style: 'repair', text: GOOD[0]!.text }];
    expect(guardDeviceReplies(ask(), twice)).toEqual([]);
  });
});
