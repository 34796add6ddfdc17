import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { reframe } from '../../src/analysis/reframe';
import { SENSITIVITIES, type Analysis, type ReasonKind, type Suggestion } from '../../src/analysis/types';
import { FEELINGS, NEEDS, likelyFeeling } from '../../src/analysis/vocabulary';

const FIXTURE = new URL('../fixtures/drafts.tsv', import.meta.url);

function heatedDrafts(): string[] {
  if (!existsSync(FIXTURE)) throw new Error('test/fixtures/drafts.tsv is missing: the reframer is checked against every heated draft in it');
  return readFileSync(FIXTURE, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.split('\t'))
    .filter(([label]) => label === 'heated')
    .map((fields) => fields.slice(2).join('\t'));
}

const INSULTS =
  /\b(?:lazy|selfish|useless|stupid|idiot\w*|moron\w*|dumb\w*|pathetic|loser|jerk|bitch\w*|asshole|bastard|fuck\w*|shit\w*|crap\w*|damn\w*|hell|wtf|stfu|genius|clown|joke|psycho|crazy|incompetent|worthless|disgusting|liar|coward|dick|prick|bullshit)\b/i;

/** Names, numbers, times and dates a reader would expect a rewrite to keep, found independently of the reframer. */
function expectedDetails(draft: string): string[] {
  const text = draft
    .split('\n')
    .filter((line) => !/^\s*>/.test(line))
    .join('\n')
    .replace(/<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<[^>]*>?/g, ' ')
    .replace(/(?:https?:\/\/|www\.)\S+/gi, ' ');
  const numbers = text.match(/\d+/g) ?? [];
  const days = (text.match(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/gi) ?? []).map((d) => d.toLowerCase());
  const names = [...text.matchAll(/(?<![.!?]\s*|^\s*|\n\s*)(?<=\s)\p{Lu}\p{Ll}+\b/gu)]
    .map((m) => m[0])
    .filter((word) => !/^(?:I|God|Jesus|Mr|Mrs|Ms|Dr|OMG|Lol|Ok|Okay)$/.test(word))
    .filter((word) => !INSULTS.test(word));
  return [...numbers, ...days, ...names];
}

function breaksARule(draft: string, suggestions: Suggestion[]): string[] {
  const problems: string[] = [];
  if (suggestions.length < 2 || suggestions.length > 3) problems.push(`${suggestions.length} suggestions`);
  const texts = suggestions.map((s) => s.text.trim().toLowerCase());
  if (new Set(texts).size !== texts.length) problems.push('two suggestions are the same');
  for (const { style, text, why } of suggestions) {
    const say = (problem: string): void => {
      problems.push(`${style}: ${problem}: ${text}`);
    };
    if (!/^\p{Lu}/u.test(text)) say('does not start with a capital');
    if (!/[.?!]$/.test(text)) say('does not end a sentence');
    if (text.length > 2 * draft.length + 160) say('too long');
    if (text.trim().toLowerCase() === draft.trim().toLowerCase()) say('repeats the draft');
    for (const sensitivity of SENSITIVITIES) {
      if (analyze(text, { sensitivity }).heated) say(`reads as heated at ${sensitivity}`);
    }
    if (INSULTS.test(text)) say('keeps an insult or profanity');
    if (/\b\p{Lu}{3,}\b/u.test(text)) say('keeps an all-caps word');
    if (/[!?]{2,}|\/s\b/.test(text)) say('keeps a !!/?! run or a sarcasm marker');
    if (/\byou (?:always|never)\b/i.test(text)) say('says "you always/never"');
    if (/\bI feel (?:that|like) you\b/i.test(text)) say('dresses an accusation as a feeling');
    const lower = text.toLowerCase();
    for (const detail of expectedDetails(draft)) {
      if (!lower.includes(detail.toLowerCase())) say(`drops "${detail}"`);
    }
    if (!/^\p{Lu}[^.?!]*\.$/u.test(why) || why.length > 90) problems.push(`${style}: why is not one short sentence: ${why}`);
  }
  return problems;
}

const analysisOf = (kinds: ReasonKind[]): Analysis => ({
  level: kinds.length > 0 ? 'heated' : 'calm',
  heated: kinds.length > 0,
  score: kinds.length,
  reasons: kinds.map((kind) => ({ kind, spans: [{ start: 0, end: 1 }], message: kind })),
});

describe('reframe over every heated draft of the fixture set', () => {
  const drafts = heatedDrafts();

  it('has heated drafts to check', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(150);
  });

  it('keeps every rule for every suggestion: calm, details kept, no harm, well formed, distinct', () => {
    const failures = drafts.flatMap((draft) => breaksARule(draft, reframe(draft, analyze(draft))).map((p) => `${draft}\n    ${p}`));
    expect(failures).toEqual([]);
  });

  it('gives the same suggestions for the same draft', () => {
    for (const draft of drafts) expect(reframe(draft, analyze(draft))).toEqual(reframe(draft, analyze(draft)));
  });

  it('differs from the draft in every suggestion', () => {
    for (const draft of drafts) {
      for (const s of reframe(draft, analyze(draft))) expect(s.text).not.toBe(draft);
    }
  });
});

describe('reframe on typical drafts, checked by hand', () => {
  const run = (draft: string, kinds: ReasonKind[], options = {}): Suggestion[] => {
    const suggestions = reframe(draft, analysisOf(kinds), options);
    expect(breaksARule(draft, suggestions)).toEqual([]);
    return suggestions;
  };
  const byStyle = (suggestions: Suggestion[], style: Suggestion['style']): string =>
    suggestions.find((s) => s.style === style)?.text ?? '';

  it('criticism: leads with an I-statement about the dishes, without "lazy"', () => {
    const s = run("You never help with the dishes, you're so lazy", ['criticism', 'contempt']);
    expect(s[0]?.style).toBe('i-statement');
    expect(byStyle(s, 'i-statement')).toContain('the dishes');
    expect(s.map((x) => x.text).join(' ')).not.toMatch(/lazy/i);
  });

  it('criticism: turns "you never listen" into a request to listen', () => {
    const s = run("you don't even listen when I talk", ['criticism']);
    expect(byStyle(s, 'i-statement')).toMatch(/you could listen when I talk\./);
  });

  it('criticism: keeps the rent, the $40 and the writer feeling let down or frustrated', () => {
    const s = run('You forgot to pay the rent AGAIN. $40 late fee because of you!!', ['criticism', 'shouting']);
    for (const { text } of s) {
      expect(text).toContain('the rent');
      expect(text).toContain('$40');
      expect(text).not.toContain('AGAIN');
    }
  });

  it('criticism: observes a habit without the "always"', () => {
    const s = run("you're always on your phone when I'm talking to you", ['criticism']);
    expect(byStyle(s, 'i-statement')).toMatch(/^When you're on your phone while I'm talking to you, I feel /);
  });

  it('contempt: states the writer\'s own feeling and need first, and offers a repair', () => {
    const s = run('oh wow, you did the dishes, want a medal?', ['contempt']);
    expect(s[0]?.style).toBe('i-statement');
    expect(s[0]?.text).toMatch(/^I'm feeling hurt about the dishes, and I need us to treat each other with respect\./);
    expect(s.map((x) => x.style)).toContain('repair');
  });

  it('defensiveness: leads with a repair that owns a part', () => {
    const s = run("It's not my fault the report was late, you never sent me the numbers", ['defensiveness', 'criticism']);
    expect(s[0]?.style).toBe('repair');
    expect(s[0]?.text).toMatch(/own my part/);
    expect(s[0]?.text).toContain('the report');
  });

  it('stonewalling: leads with a break and a time to talk again', () => {
    const s = run('Whatever. I\'m done.', ['stonewalling', 'stonewalling']);
    expect(s[0]?.style).toBe('pause');
    expect(s[0]?.text).toMatch(/in an hour/);
    expect(s[0]?.text).not.toMatch(/whatever|done/i);
  });

  it('hostility: I-statement first, then a pause', () => {
    const s = run('wtf is wrong with you, you were supposed to pick up the kids at 5', ['hostility', 'profanity']);
    expect(s.map((x) => x.style).slice(0, 2)).toEqual(['i-statement', 'pause']);
    expect(byStyle(s, 'i-statement')).toContain('you were supposed to pick up the kids at 5');
  });

  it('shouting: drops the capitals and keeps the time', () => {
    const s = run('ARE YOU KIDDING ME?! You said you would be here at 3pm', ['shouting']);
    for (const { text } of s) expect(text).toContain('3pm');
    expect(byStyle(s, 'curious')).toMatch(/^You said you would be here at 3pm, so I'd like to understand what happened\./);
  });

  it('keeps the name the draft is addressed to as a greeting, and the date', () => {
    const s = run('Sarah, the report was due on the 12th. This is unacceptable.', ['criticism']);
    for (const { text } of s) {
      expect(text.startsWith('Sarah, ')).toBe(true);
      expect(text).toContain('12th');
    }
  });

  it('keeps a name and a weekday mentioned in passing', () => {
    const s = run("You're such an idiot, Sarah told you the meeting was Friday", ['contempt']);
    for (const { text } of s) {
      expect(text).toContain('Sarah');
      expect(text).toContain('Friday');
      expect(text).not.toMatch(/idiot/i);
    }
  });

  it('profanity: drops the swearing from the topic', () => {
    const s = run('where the fuck is my fucking charger', ['profanity']);
    expect(byStyle(s, 'i-statement')).toContain('my charger');
  });

  it('uses the feeling and need the writer named in the pause', () => {
    const s = run('You never help with the dishes', ['criticism'], { feeling: 'overwhelmed', need: 'support' });
    expect(byStyle(s, 'i-statement')).toMatch(/^I feel overwhelmed about the dishes, because I need some support\./);
  });

  it('guesses the feeling from the reasons when none is named', () => {
    expect(likelyFeeling('contempt').word).toBe('hurt');
    expect(likelyFeeling('criticism').word).toBe('frustrated');
    expect(likelyFeeling('stonewalling').word).toBe('overwhelmed');
    expect(likelyFeeling('defensiveness').word).toBe('misunderstood');
  });

  it('wonders about their feeling in the curious reply when the writer guessed it', () => {
    const s = run('You never help with the dishes', ['criticism'], { theirFeeling: 'stretched-thin' });
    expect(byStyle(s, 'curious')).toMatch(/^I wonder if you're feeling stretched thin\. /);
  });

  it('still offers sensible replies for a calm draft, short drafts and markup', () => {
    for (const draft of ['Can you grab milk on the way home?', 'k.', 'whatever', '', '<script>alert(1)</script> you are pathetic']) {
      const s = reframe(draft, analyze(draft));
      expect(breaksARule(draft, s)).toEqual([]);
      for (const { text } of s) expect(text).not.toMatch(/[<>]|script/);
    }
  });

  it('handles lowercase texting, emoji and a long rant', () => {
    const rant = `${'and another thing, you never listen. '.repeat(40)}the bill was $120 on the 3rd`;
    for (const draft of ['u never text back 🙄🙄 like ever', 'you forgot my bday 😡😡😡', rant]) {
      expect(breaksARule(draft, reframe(draft, analyze(draft)))).toEqual([]);
    }
  });
});

describe('vocabularies', () => {
  it('offers about 20 feelings and 15 needs with unique ids', () => {
    expect(FEELINGS.length).toBeGreaterThanOrEqual(18);
    expect(NEEDS.length).toBeGreaterThanOrEqual(14);
    expect(new Set(FEELINGS.map((f) => f.id)).size).toBe(FEELINGS.length);
    expect(new Set(NEEDS.map((n) => n.id)).size).toBe(NEEDS.length);
  });

  it('makes a calm I-statement with every feeling and every need', () => {
    for (const feeling of FEELINGS) {
      for (const need of NEEDS) {
        const draft = 'You never help with the dishes';
        const s = reframe(draft, analysisOf(['criticism']), { feeling: feeling.id, need: need.id });
        const statement = s.find((x) => x.style === 'i-statement')?.text ?? '';
        expect(statement).toContain(`I feel ${feeling.word} about the dishes, because I need ${need.phrase}.`);
        expect(analyze(statement, { sensitivity: 'balanced' }).heated).toBe(false);
      }
    }
  });
});

describe('reframe on random input', () => {
  it('never throws and every suggestion is calm and well formed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (text) => {
        const suggestions = reframe(text, analyze(text));
        expect(suggestions.length).toBeGreaterThanOrEqual(2);
        for (const { text: reply } of suggestions) {
          expect(reply).toMatch(/^\p{Lu}.*[.?!]$/su);
          expect(analyze(reply, { sensitivity: 'strict' }).heated).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random words with heated reasons', () => {
    const word = fc.constantFrom('you', 'never', 'the', 'dishes', 'idiot', 'FRIDAY', '$40', 'Sarah', ',', '!!', 'at', '3pm', 'always', 'fuck', '😡', '<b>', 'whatever');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.subarray(['criticism', 'contempt', 'defensiveness', 'stonewalling', 'hostility'] as ReasonKind[]), (words, kinds) => {
        const text = words.join(' ');
        const suggestions = reframe(text, analysisOf(kinds));
        expect(suggestions.length).toBeGreaterThanOrEqual(2);
        for (const { text: reply } of suggestions) expect(analyze(reply, { sensitivity: 'strict' }).heated).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
