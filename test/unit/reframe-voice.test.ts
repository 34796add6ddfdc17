// The replies read like a person wrote them: feelings joined as English joins them, plain words at work, no "us"
// to a stranger, and drafts with no concrete point answered for the kind of outburst they are.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { loadLanguage, reframe } from '../../src/analysis/reframe';
import { andFeel, feelAbout, feelingWords, feelThat } from '../../src/analysis/reframe-feeling';
import { readOutburst } from '../../src/analysis/reframe-outburst';

beforeAll(async () => {
  expect(await loadLanguage()).toBe(true);
});

const replies = (draft: string): { style: string; text: string }[] => reframe(draft, analyze(draft)).map(({ style, text }) => ({ style, text }));

describe('feelings joined as English joins them', () => {
  it('puts a feeling that takes no "that" clause after what happened', () => {
    expect(feelThat('completely worn out', 'the sink is full again')).toBe("The sink is full again, and I'm completely worn out.");
    expect(feelThat('really hurt', 'you read my diary')).toBe("I'm really hurt that you read my diary.");
  });

  it('joins each feeling to a thing with its own word, and a lonely one with none', () => {
    expect(feelAbout('fed up', 'the noise upstairs')).toBe("I'm fed up with the noise upstairs.");
    expect(feelAbout('overwhelmed', 'the move')).toBe("I'm overwhelmed by the move.");
    expect(feelAbout('lonely', 'the trip')).toBe('The trip has left me feeling lonely.');
    expect(andFeel('really lonely')).toBe('and I feel really lonely');
    expect(andFeel('angry')).toBe("and I'm angry about it");
  });

  it('says anger at work in a colleague\'s words, at the same strength', () => {
    const words = feelingWords({ feeling: { id: 'angry', strength: 'strong', named: null }, register: 'work' });
    expect(words[0]).toBe('really frustrated');
    expect(words.join(' ')).not.toMatch(/angry|furious/);
    expect(feelingWords({ feeling: { id: 'angry', strength: 'strong', named: null }, register: 'personal' })[0]).toBe('really angry');
  });
});

describe('replies fit whom they are for', () => {
  it('offers no "us" repair to a shop or a landlord', () => {
    const all = replies('This is the second parcel you have lost this month. I want my money back for the blender.');
    for (const { text } of all) expect(text).not.toMatch(/come between us|want us to be okay|care about us/i);
  });

  it('keeps the warm repair for someone close', () => {
    const repair = replies('you forgot to feed the cat again babe, she was crying all evening').find((s) => s.style === 'repair');
    expect(repair?.text).toMatch(/\bus\b/);
    expect(repair?.text).not.toMatch(/work out the cat/i);
  });

  it('asks "what got in the way" only of something left undone', () => {
    const curious = replies('The kitchen floor is covered in mud from your boots. Take them off at the door.').find((s) => s.style === 'curious');
    expect(curious?.text).toMatch(/kitchen floor/);
    expect(curious?.text).not.toMatch(/got in the way/i);
    const undone = replies("you still haven't returned my ladder").find((s) => s.style === 'curious');
    expect(undone?.text).toMatch(/got in the way|what happened/i);
  });

  it('says a denial\'s feeling as getting the blame, never "landing on me"', () => {
    const text = replies("I didn't scratch your car, I wasn't even driving it that week").map((s) => s.text).join(' ');
    expect(text).not.toMatch(/landing on me|being blamed for this\./);
    expect(text).toMatch(/I didn't scratch your car/);
  });

  it('gives "I" its capital where a clause of the draft had "i"', () => {
    for (const { text } of replies('Stop telling the neighbours i broke the fence. It was the storm.')) expect(text).not.toMatch(/(?<![\p{L}'])i(?=[\s'])/u);
  });
});

describe('drafts with no concrete point', () => {
  it('reads what kind of outburst a draft is', () => {
    expect(readOutburst('how often do I have to say it. how many times')).toBe('unheard');
    expect(readOutburst('pfft. unbelievable')).toBe('disbelief');
    expect(readOutburst("you're honestly useless at this")).toBe('insult');
    expect(readOutburst('thanks for nothing, really')).toBe('letdown');
    expect(readOutburst('oh sure, I guess I just do everything myself then')).toBe('alone');
    expect(readOutburst('just stop.')).toBe('stop');
    expect(readOutburst('hm.')).toBe('plain');
  });

  it('answers each kind with its own reply, naming the feeling', () => {
    const drafts = ['HOW MANY TIMES DO I HAVE TO SAY IT', 'ugh ur so useless', 'unbelievable.', 'thanks for nothing as always', 'why is it always me who sorts everything out'];
    const statements = drafts.map((draft) => replies(draft).find((s) => s.style === 'i-statement')?.text ?? '');
    expect(new Set(statements).size).toBe(drafts.length);
    for (const statement of statements) expect(statement).toMatch(/\b(?:angry|frustrated|fed up|upset|hurt|let down)\b/i);
    expect(statements[0]).toMatch(/getting through|doesn't seem to land/);
    expect(statements[2]).toMatch(/lost for words|hardly believe/i);
  });

  it('tells a lower-case texter in lower case', () => {
    for (const { text } of replies('ugh ur so useless')) expect(text).toBe(text.toLowerCase());
  });
});
