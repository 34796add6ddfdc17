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
    expect(s[0]?.text).toMatch(/^I(?: feel|'m feeling) hurt about the dishes\b/);
    expect(s[0]?.text).toContain('I need us to treat each other with respect.');
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
    expect(byStyle(s, 'i-statement')).toMatch(/you were supposed to pick up the kids at 5, and I felt \w+ when that didn't happen/i);
  });

  it('shouting: drops the capitals and keeps the time', () => {
    const s = run('ARE YOU KIDDING ME?! You said you would be here at 3pm', ['shouting']);
    for (const { text } of s) expect(text).toContain('3pm');
    expect(byStyle(s, 'curious')).toMatch(/you said you would be here at 3pm\b.*\bwhat happened/i);
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

  it('speaks to the opening of a very long draft and keeps its details', () => {
    const text = `Sam, you never paid me the $40 for Friday. ${'😡'.repeat(50_000)}`;
    const s = reframe(text, analyze(text));
    expect(s.length).toBeGreaterThanOrEqual(2);
    for (const suggestion of s) {
      expect(analyze(suggestion.text).heated).toBe(false);
      expect(suggestion.text).toContain('$40');
    }
  });

  it('profanity: never keeps a swearing acronym as if it were a name', () => {
    const s = run("not my fault, this is BS and you know it. Sam said 8pm", ['defensiveness', 'profanity']);
    for (const { text } of s) {
      expect(text).not.toMatch(/\bBS\b/);
      expect(text).toContain('8pm');
    }
  });

  it('uses the feeling and need the writer named in the pause', () => {
    const s = run('You never help with the dishes', ['criticism'], { feeling: 'overwhelmed', need: 'support' });
    expect(byStyle(s, 'i-statement')).toMatch(/^I(?: feel|'m feeling) overwhelmed about the dishes\b/);
    expect(byStyle(s, 'i-statement')).toContain('I need some support.');
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

describe('reframe keeps the point and reads naturally, checked by hand', () => {
  const texts = (draft: string, kinds?: ReasonKind[]): string[] =>
    reframe(draft, kinds ? analysisOf(kinds) : analyze(draft)).map((s) => s.text);

  it('reads a shouted draft in lower case: keeps the rent money, $400 and Friday and invents no plan', () => {
    const draft = 'WHY DO I HAVE TO REMIND YOU EVERY SINGLE TIME ABOUT THE RENT MONEY?! $400 by Friday!!';
    for (const text of texts(draft, ['criticism', 'shouting'])) {
      expect(text).toContain('the rent money');
      expect(text).toContain('$400');
      expect(text).toContain('Friday');
      expect(text).not.toMatch(/the plan/);
    }
  });

  it('never invents "the plan" for a draft with a time but no topic', () => {
    for (const text of texts('be here by 5 or else', ['hostility'])) expect(text).not.toMatch(/the plan/);
  });

  it('writes every need so it reads after "I need", and never pairs a feeling with its own need', () => {
    // "I need to count on each other" is broken English: "each other" needs an "us" or a "we".
    for (const need of NEEDS) if (/each other/.test(need.phrase)) expect(need.phrase).toMatch(/\b(?:us|we)\b/);
    const keys = texts("I'm not the one who lost the keys, YOU had them last", ['defensiveness']).join(' ');
    expect(keys).toContain('misunderstood');
    expect(keys).not.toMatch(/to be understood/);
  });

  it('keeps the time the writer was promised and says what went wrong without blame', () => {
    const [statement] = texts("you said you'd be here at 3pm and you're late AGAIN", ['criticism', 'shouting']);
    expect(statement).toMatch(/^You said you'd be here at 3pm, and I felt \w+ when that didn't happen/);
  });

  it('describes a forgotten pick-up as what happened, keeping Mia and school', () => {
    const draft = 'you forgot to pick up Mia from school';
    const [statement] = texts(draft, ['criticism']);
    expect(statement).toMatch(/^When Mia wasn't picked up from school, I felt /);
    for (const text of texts(draft, ['criticism'])) expect(text).toMatch(/Mia wasn't picked up from school|what happened with Mia/);
  });

  it('keeps the request of a criticism: help with the dishes', () => {
    expect(texts("You never help with the dishes, you're so lazy", ['criticism'])[0]).toMatch(/you could help with the dishes[.?]/);
  });

  it('answers a short or topicless draft with the writer\'s state and a request to talk or a break', () => {
    for (const draft of ['fuck you', "you're useless", 'whatever', 'k.', 'wow. just wow.']) {
      const s = reframe(draft, analyze(draft));
      expect(breaksARule(draft, s)).toEqual([]);
      for (const { text } of s) expect(text).not.toMatch(/\bwith (?:all )?this\b|the plan|what happened/);
      expect(s.find((x) => x.style === 'i-statement')?.text).toMatch(/^I(?: feel|'m feeling) [\w ]+ right now/);
      expect(s.some((x) => /\b(?:talk|an hour|minutes)\b/.test(x.text))).toBe(true);
    }
  });

  it('answers a calm request gently, keeping the request', () => {
    const s = reframe('Can you grab milk on the way home?', analyze('Can you grab milk on the way home?'));
    expect(s.map((x) => x.text).join(' ')).not.toMatch(/frustrated|upset|wound up|hurt/);
    expect(s.find((x) => x.style === 'i-statement')?.text).toMatch(/you could grab milk on the way home[.?]|Could you grab milk on the way home\?/);
  });

  it('varies its wording from draft to draft but not for the same draft', () => {
    const drafts = ['fuck you', "you're useless", 'shut up', 'you make me sick', 'screw you', 'go away', 'you are pathetic'];
    const pauses = drafts.map((d) => reframe(d, analysisOf(['hostility'])).find((x) => x.style === 'pause')?.text);
    expect(new Set(pauses).size).toBeGreaterThanOrEqual(2);
    const statements = drafts.map((d) => reframe(d, analysisOf(['hostility']))[0]?.text);
    expect(new Set(statements).size).toBeGreaterThanOrEqual(2);
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
        expect(statement).toMatch(new RegExp(`^I(?: feel|'m feeling) ${feeling.word} about the dishes\\b`));
        expect(statement).toContain(`I need ${need.phrase}.`);
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
