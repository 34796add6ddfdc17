import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { loadLanguage } from '../../src/analysis/nlp';
import { readDraft, readRegister, readStance } from '../../src/analysis/reading';
import { reframe } from '../../src/analysis/reframe';
import { plainWords, unreadable } from '../../src/analysis/reframe-shorthand';
import { topicPhrase } from '../../src/analysis/topic-phrase';

beforeAll(async () => {
  expect(await loadLanguage()).toBe(true);
});

const read = (draft: string) => readDraft(draft, analyze(draft));

describe('the observation: what happened, as both people could agree on it', () => {
  it.each([
    ['you never sent me the numbers', "I didn't get the numbers"],
    ['you forgot to pick up Mia from school', "Mia didn't get picked up from school"],
    ['You forgot my birthday AGAIN.', 'my birthday got forgotten'],
    ["you didn't even call me back last night", "I didn't hear back from you last night"],
    ['you ALWAYS leave your dishes in the sink', 'the dishes get left in the sink'],
    ["you still haven't sent the invoice", "the invoice didn't get sent"],
    ["you swore you'd be there", 'you said you would be there, and it didn\'t happen'],
    ['you said youd be here at 8. its 9:40', "you said you would be here at 8, and it's 9:40"],
    ["you didn't even visit me once when I was in hospital, not once", "you didn't visit me when I was in hospital"],
    ['I TOLD YOU THREE TIMES!!!', 'I told you three times'],
  ])('reads "%s" as "%s"', (draft, observation) => {
    expect(read(draft).observation).toBe(observation);
  });

  it('finds no event in an insult, an obligation or a threat', () => {
    for (const draft of ["you're useless", 'why do you always have to make everything about you', 'if u touch my stuff again i swear']) {
      expect(read(draft).observation).toBeNull();
    }
  });

  it('keeps a choice the writer questions as what happened, not as a request', () => {
    const reading = read('why would you tell her');
    expect(reading.questioned).toBe('you told her');
    expect(reading.request).toBeNull();
  });

  it('reads a threat as what the writer wants stopped', () => {
    expect(read('if u touch my stuff again i swear').prohibition).toBe('touch my stuff');
    expect(read("DON'T ever touch my laptop again!!!").prohibition).toBe('touch my laptop');
  });
});

describe('the feeling at its real strength', () => {
  it.each([
    ["I'm livid, you swore you'd be there!!", 'angry', 'strong'],
    ["I've had enough of this", 'fed-up', 'strong'],
    ["I'm so done. You forgot my birthday AGAIN.", 'fed-up', 'strong'],
    ["I'm a bit annoyed you didn't call", 'frustrated', 'mild'],
    ["I'm really hurt you didn't invite me", 'hurt', 'strong'],
    ["I'm scared, where are you", 'scared', 'moderate'],
    ['I was so embarrassed in that meeting', 'embarrassed', 'strong'],
    ['Answer your damn phone!', 'worried', 'strong'],
  ])('"%s" is %s, %s', (draft, id, strength) => {
    const { feeling } = read(draft);
    expect(feeling.id).toBe(id);
    expect(feeling.strength).toBe(strength);
  });

  it('takes what a feeling is about from the words after it', () => {
    expect(read("I'm sick and tired of your excuses").topic).toBe('the excuses');
  });
});

describe('the stance', () => {
  it.each([
    ["It's not my fault the deck was late, you sent me the data at 11pm", 'denying'],
    ['I never said that, stop putting words in my mouth', 'denying'],
    ["I'm not the one who forgot the tickets", 'denying'],
    ["stop texting me about the wedding, I said I'd think about it", 'refusing'],
    ["I'm not covering your shift again", 'refusing'],
    ['leave me alone', 'refusing'],
    ['whatever.', 'withdrawing'],
    ["Whatever. I'm done.", 'withdrawing'],
    ['Answer your damn phone!', 'demanding'],
    ['send me the file now', 'demanding'],
    ['you never listen to me', 'accusing'],
    ['Can you grab milk on the way home?', 'asking'],
  ])('"%s" is %s', (draft, stance) => {
    expect(readStance(draft, analyze(draft))).toBe(stance);
  });

  it('keeps what a denial disputes and the writer\'s own account', () => {
    const reading = read("It's not my fault the deck was late, you sent me the data at 11pm");
    expect(reading.denied).toBe('the deck being late');
    expect(reading.account).toBe('I got the data at 11pm');
    expect(read("I'm not the one who forgot the tickets").ownDenial).toBe("I didn't forget the tickets");
  });
});

describe('the register and voice', () => {
  it.each([
    ['Who approved this deck? The client meeting is tomorrow.', 'work'],
    ['Per my last email, the report is overdue.', 'work'],
    ['you forgot my birthday', 'personal'],
    ['babe where are you, dinner is cold', 'personal'],
  ])('"%s" is %s', (draft, register) => {
    expect(readRegister(draft)).toBe(register);
  });

  it('hears a lower-case texter as casual, a capitalised writer as not', () => {
    expect(read('u never text back').casual).toBe(true);
    expect(read('You never text back.').casual).toBe(false);
  });

  it('keeps every name, number, time and date of the draft as details', () => {
    expect(read('Sarah said the rent was $40 short on Friday at 3pm').details).toEqual(expect.arrayContaining(['Sarah', '$40', 'Friday', '3pm']));
  });

  it('is flooded only when overwhelmed, never when reaching out', () => {
    expect(read("I'm so done. You forgot my birthday AGAIN.").flooded).toBe(true);
    expect(read('ANSWER YOUR PHONE!!! WHERE ARE YOU').flooded).toBe(false);
    expect(read('you never sent me the numbers').flooded).toBe(false);
  });
});

describe('denials and statements in the writer\'s own words', () => {
  it.each([
    ["I never said we'd host your cousins over Easter, don't twist it", "I didn't say we'd host your cousins over Easter"],
    ['i didnt touch the blender settings. check with someone else', "I didn't touch the blender settings"],
  ])('keeps the denial of "%s" as "%s"', (draft, denial) => {
    const reading = read(draft);
    expect(reading.stance).toBe('denying');
    expect(reading.ownDenial).toBe(denial);
  });

  it('reads a scare-quoted accusation as a denial of the thing, with what happened as the account', () => {
    const reading = read('Nobody "lost" the spare keys, the locksmith kept them. Quit acting like I did it on purpose.');
    expect(reading.stance).toBe('denying');
    expect(reading.denied).toBe('the spare keys');
    expect(reading.account).toBe('the locksmith kept them');
  });

  it('takes a calm sentence about a thing as the observation when no one is named', () => {
    expect(read('ugh. the boiler has been broken for 9 days and nobody cares').observation).toBe('the boiler has been broken for 9 days');
  });

  it('leaves the threat after "or" out of the request', () => {
    expect(read('return my ladder by sunday or I am keeping your drill').request).toBe('return my ladder by Sunday');
  });
});

describe('orders, second clauses and what to stop', () => {
  it('reads a sentence that opens on a bare verb as the request, whatever comes after', () => {
    expect(read("Replace the cracked tile in the shower or I'm calling the agency. I asked back in March.").request).toBe('replace the cracked tile in the shower');
  });

  it('keeps a second calm clause that names what the first leaves out', () => {
    const reading = read("Replace the cracked tile in the shower or I'm calling the agency. I flagged it with the landlord in March.");
    expect([reading.support, reading.context]).toContain('I flagged it with the landlord in March');
  });

  it('reads "stop doing X" as what the writer wants stopped', () => {
    expect(read('Stop parking your van across my driveway. I have to get to work.').prohibition).toBe('park your van across my driveway');
  });

  it('keeps the condition of an order with the ask', () => {
    expect(read('Why was the whole team copied in? If the budget figures look wrong, tell me first.').request).toBe('tell me first if the budget figures look wrong');
    expect(read("If you touch my bike again, you'll regret it").request).toBeNull();
  });

  it('keeps the draft\'s own "-ing" words for a "stop" ask, hyphenated ones whole, and none for a charge', () => {
    expect(read('Please stop double-booking the meeting room on Fridays.').stopping).toBe('double-booking the meeting room on Fridays');
    expect(read('Stop parking your van across my driveway. I have to get to work.').stopping).toBe('parking your van across my driveway');
    expect(read('I never said that. Stop twisting my words').stopping).toBeNull();
  });
});

describe('a request carries no dig', () => {
  it('asks no prohibition that judges them', () => {
    expect(read('There is no group chat about you. Stop being paranoid.').prohibition).toBeNull();
  });

  it('leaves the complaint after a comma out of the ask', () => {
    expect(read("Ask Priya, she had the keys last.").request).toBe('ask Priya');
    expect(read("Do the rota, it's ten minutes of work.").request).toBe('do the rota');
  });

  it('asks for no state of mind and no shrugged-off advice', () => {
    for (const draft of ['you skipped my recital for drinks. hope it was worth it', "I'm working all week. Maybe take up a hobby or something."]) expect(read(draft).request, draft).toBeNull();
  });

  it('drops what follows the ask to blame or belittle', () => {
    expect(read('Could you ask the warehouse before blaming my team?').request).toBe('ask the warehouse');
    expect(read("Stop checking my phone like I'm 12.").prohibition).toBe('check my phone');
  });

  it('reads "stop texting my mum" as no wish for distance', () => {
    expect(read('stop texting my mum about my job').stance).not.toBe('refusing');
    expect(read('stop texting me').stance).toBe('refusing');
  });

  it("never asks for what the draft says they can't do", () => {
    expect(read("You can't move my shift the day before. I have a flight booked.").request).toBeNull();
    expect(read("You can't even empty the bin?").request).toBe('empty the bin');
  });
});

describe('observations beyond "you" clauses', () => {
  it('turns "nobody did X" into what did not get done', () => {
    expect(read('Nobody in this house emptied the recycling before the pickup. Again.').observation).toBe("the recycling didn't get emptied before the pickup");
  });

  it('turns "why is the X ..." into a statement about the X', () => {
    expect(read('why is the printer out of toner AGAIN').observation).toBe('the printer is out of toner');
  });

  it('asks "did you or did you not" back as a plain question', () => {
    expect(read('so did you or did you not show my texts to your brother').question).toBe('whether you showed my texts to your brother');
  });

  it('takes a list of grievances as the topic', () => {
    const reading = read('The muddy boots on the rug, the open windows in the rain, the empty fridge. Every week.');
    expect(reading.topic).toBe('the muddy boots on the rug, the open windows in the rain and the empty fridge');
  });

  it('keeps how late a thing was whole in the topic, but not for a place one came to late', () => {
    expect(read('you submitted the invoice three weeks late').topic).toBe('the invoice being three weeks late');
    expect(read('the quote came back 5 days late and nobody told me').topic).not.toMatch(/\b5 days\b(?! late)/);
    expect(read('you walked into the recital forty minutes late').topic).toBe('the recital');
  });

  it('names a group met at a clock time as their meeting, and says a verdict on it as how it went', () => {
    const reading = read('any thoughts on the staff at 9:30? because that was a total shambles');
    expect(reading.topic).toBe('the staff meeting at 9:30');
    expect(reading.observation).toBe('the staff meeting at 9:30 went badly');
    expect(reading.said.map((c) => c.text).join(' ')).not.toMatch(/shambles|^because/i);
    // A verdict on people, or on how things are now, says nothing of how an event went.
    expect(read('this team is a disaster and I want answers').observation ?? '').not.toMatch(/went badly/);
    expect(read('can we talk about my sister? it was a nightmare').observation ?? '').not.toMatch(/went badly/);
  });

  it('takes the work, not the child it is put below, as the topic, and keeps no age of the child as a detail', () => {
    const reading = read('my 12 year old nephew could design a better menu than this, and he is 12');
    expect(reading.topic).toBe('the menu');
    expect(reading.details).not.toContain('12');
    expect(reading.observation).toBe("the menu isn't where it needs to be yet");
    expect(read('a summer intern could write better emails').observation).toBe("the emails aren't where they need to be yet");
  });

  it('takes the words in quotes of "the whole ... thing" as the topic', () => {
    expect(read('The whole "I\'ll fix the fence this weekend" thing is wearing thin.').topic).toBe('the "I\'ll fix the fence this weekend" thing');
  });

  it('reads a refusal written as a bare gerund', () => {
    const reading = read('nah. not lending my camera to your roommate after last time');
    expect(reading.stance).toBe('refusing');
    expect(reading.refused).toBe('lending my camera to the roommate');
  });
});

describe("the writer's feeling told as a situation", () => {
  it.each([
    ['three launches at once and my manager is breathing down my neck, the report can wait', 'overwhelmed'],
    ["I've been up since 4 with the baby and haven't eaten, I can't do the dishes", 'exhausted'],
    ["my dad is in the hospital and you want to talk about the rota?", 'worried'],
    ['great, another trip planned without me', 'lonely'],
  ])('"%s" reads as %s', (draft, feeling) => {
    expect(read(draft).feeling.id).toBe(feeling);
  });

  it.each([
    ['you never once came round when I was poorly', "you didn't visit me when I was poorly"],
    ["you couldn't be bothered to come and see me after my surgery", "you didn't visit me after my surgery"],
    ['not once did you pop round while I was laid up', "you didn't visit me while I was laid up"],
    ["you didn't even come to see me in hospital", "you didn't visit me in hospital"],
  ])('reads "%s" as the missed visit "%s", hurt, about the two of them', (draft, observation) => {
    const reading = read(draft);
    expect(reading.observation).toBe(observation);
    expect(reading.feeling.id).toBe('hurt');
    expect(reading.topic).toBe('this');
    expect(reading.question).toBeNull();
  });
});

describe('a habit told as what keeps happening, without the "always"', () => {
  it.each([
    ['you constantly talk over me and it drives me mad', 'I keep getting talked over'],
    ['you keep cancelling me on the day', 'I keep getting cancelled on the day'],
    ['you keep borrowing my charger', 'my charger keeps getting borrowed'],
    ['you keep turning up late to rehearsal', 'you keep turning up late to rehearsal'],
    ['you always leave everything half unpacked', 'things get left half unpacked'],
    ['whenever we agree a budget you overspend within a week', 'you overspend within a week'],
    ['you never follow through on the plans we make', "you don't follow through on the plans we make"],
    ["I'm sick to death of you ignoring me at family dinners", 'I keep getting ignored at family dinners'],
    ['you forgot to collect her from netball', "she didn't get collected from netball"],
  ])('reads "%s" as "%s"', (draft, observation) => {
    expect(read(draft).observation).toBe(observation);
  });

  it('tells no habit of a single past event or of a vague "anything"', () => {
    expect(read('you talked over me at the meeting').observation).not.toMatch(/keep/);
    expect(read('you never take anything to heart').observation ?? '').not.toMatch(/don't take anything/);
  });
});

describe('illness the reader let the writer down over', () => {
  it.each([
    ["you couldn't even come by once while I was in hospital with my back", 'hurt'],
    ['not a single text the whole time I was in hospital after the surgery', 'hurt'],
    ["my sister's surgery is tomorrow and you still haven't called her", 'worried'],
    ['my nan is in hospital, can you stop texting me about the party', 'worried'],
  ])('"%s" reads as %s', (draft, feeling) => {
    expect(read(draft).feeling.id).toBe(feeling);
  });
});

describe('a point made by ranking the writer second', () => {
  it.each([
    ['so my exhibition counts for less than your fantasy league', 'it feels like my exhibition comes second to your fantasy league'],
    ['you always put your gaming before me', 'it feels like I come second to your gaming'],
    ['you picked the pub quiz over my leaving drinks', 'it felt like my leaving drinks came second to the pub quiz'],
    ['your golf mattered more to you than my recital', 'it felt like my recital came second to your golf'],
    ['honestly you care more about that car than about me', 'it feels like I come second to that car'],
    ['my birthday obviously meant less to you than the football', 'it felt like my birthday came second to the football'],
  ])('reads "%s" as "%s", the writer\'s own account', (draft, observation) => {
    const reading = read(draft);
    expect(reading.observation).toBe(observation);
    expect(reading.own).toBe(true);
    expect(reading.feeling.id).toBe('hurt');
  });

  it('says the writer\'s thing mattered to them, and makes neither thing one to sort out', () => {
    const reading = read('my exhibition matters less to you than your fantasy league');
    expect(reading.topic).toBe('this');
    expect(reading.support).toBe('it really matters to me');
    expect(reading.said.map((c) => c.text).join(' ')).not.toMatch(/less to you/);
  });

  it('keeps a feeling the writer named, and reads a count as no ranking', () => {
    expect(read("I'm furious, you chose the pub over my birthday").feeling.id).toBe('angry');
    expect(read('you were there for less than an hour').observation ?? '').not.toMatch(/second/);
  });
});

describe('feeling wanted only for something', () => {
  it('reads it as hurt, needing to matter, and from the writer\'s side', () => {
    const reading = read('you only think of me when you need a babysitter');
    expect(reading.observation).toBe('it feels like I only hear from you when you need a babysitter');
    expect(reading.feeling.id).toBe('hurt');
    expect(reading.need).toBe('to know I matter to you');
    expect(reading.said.map((c) => c.text).join(' ')).not.toMatch(/\byou only\b/i);
  });

  it('leaves a plain "only" alone', () => {
    expect(read('you only paid half the rent this month').observation ?? '').not.toMatch(/hear from you|see you/);
  });
});

describe('the thing with its place', () => {
  it('keeps where the thing is: "the crack" is "the crack on the windscreen"', () => {
    expect(read('so the crack on the windscreen is my fault now?').topic).toBe('the crack on the windscreen');
  });

  it('reads "can you please stop doing X" as what to stop', () => {
    expect(read('Could you please stop borrowing my charger without asking').prohibition).toBe('borrow my charger without asking');
  });
});

describe('questions and denials read right', () => {
  it('asks "where is X" back in plain order', () => {
    expect(read('Where is the rota. It was due at noon.').question).toBe('where the rota is');
  });

  it('takes "where are you getting this from" as no attempt to reach them', () => {
    const reading = read('lol i never said any of that, where are you getting this from');
    expect(reading.reaching).toBe(false);
    expect(reading.ownDenial).toBe("I didn't say any of that");
  });

  it('reads no order in a question that opens on "do you"', () => {
    expect(read('do you even remember that the gala was last night or').request).toBeNull();
  });

  it('never carries an accusation of lying into a reply', () => {
    const replies = reframe('The flyers were printed Monday. Whoever told Sam otherwise is lying', analyze('The flyers were printed Monday. Whoever told Sam otherwise is lying'));
    expect(replies.map((s) => s.text).join(' ')).not.toMatch(/lying/i);
  });
});

describe('statements inside questions and beside denials', () => {
  it('finds what happened in the first clause of a question', () => {
    expect(read('Your dog dug up my tulips and you think that is funny??').observation).toBe('the dog dug up my tulips');
  });

  it('keeps a statement with "never" in it as the account of a denial', () => {
    const reading = read('The parcel never arrived. So no, I didn\'t "lose" the charger you sent.');
    expect(reading.stance).toBe('denying');
    expect(reading.account).toBe('the parcel never arrived');
  });
});

describe('lateness, repeated asks and names in refusals', () => {
  it('keeps "you\'re 20 minutes late" as a fact', () => {
    expect(read("You're 20 minutes late to your own sister's wedding rehearsal.").observation).toBe("you were 20 minutes late to your sister's wedding rehearsal");
  });

  it('reads what the writer keeps asking for as the request', () => {
    expect(read('how many times do I have to ask you to water the plants').request).toBe('water the plants');
  });

  it('keeps the capitals of a name in what is refused', () => {
    expect(read("I'm not covering the Hartley audit on top of my own work.").refused).toBe('covering the Hartley audit on top of my own work');
  });
});

describe('"??" asks in disbelief', () => {
  it('is no plain question, and its feeling is not told as disappointment', () => {
    const reading = read("you're really skipping my recital for a work drinks thing??");
    expect(reading.stance).not.toBe('asking');
    expect(reading.feeling.id).not.toBe('disappointed');
  });
});

describe('a request is kept only when a calm person would ask it', () => {
  it.each([
    'can you just mind your own business for once',
    'go look in a mirror before you start judging me',
    "calm down, he's a dog. you're being ridiculous",
    "don't bother. you never listen anyway",
    'can you do things right for once?? third time this week',
    "have fun with your life then, i'm not part of it",
    'get a grip, it is just a board game',
  ])('drops the request of "%s"', (draft) => {
    expect(read(draft).request).toBeNull();
  });

  it('keeps a plain request, without the dig at its end', () => {
    expect(read('can you send me the invoice by friday').request).toBe('send me the invoice by Friday');
    expect(read('could you empty the dishwasher for once').request).toBe('empty the dishwasher');
  });

  it('reads no event in a put-down order', () => {
    expect(read('can you just mind your own business for once').observation).toBeNull();
  });
});

describe('the topic is a thing both could point at, else plain "this"', () => {
  it.each([
    ['oh my god you are so annoying, stop texting me at work'],
    ['the hard part is you never listen'],
    ["that's the real problem, you never show up"],
    ['you always side with the person whose hair you like'],
  ])('says "%s" is about "this"', (draft) => {
    expect(read(draft).topic).toBe('this');
  });

  it('rejects a verb made a noun, an interjection and an adjective alone, and keeps a thing', () => {
    for (const phrase of ['the matters', 'my god', 'the real', 'the hard', 'the person whose hair', 'the makes zero sense']) expect(topicPhrase(phrase)).toBeNull();
    for (const phrase of ['the late fee', 'the hard drive', 'the rent and the $40 late fee', 'Mia']) expect(topicPhrase(phrase)).toBe(phrase);
    // A word that only helps a verb, or a texting form of one, is no thing either.
    for (const phrase of ["the should've", 'the wanna', 'my gotta', "the didn't", 'the ur']) expect(topicPhrase(phrase)).toBeNull();
    for (const phrase of ['the group chat', 'the team lunch', 'my deploy']) expect(topicPhrase(phrase)).toBe(phrase);
  });

  it('names the thing without an emphatic "yourself", and no pronoun as a thing', () => {
    expect(topicPhrase('the spreadsheet yourself')).toBe('the spreadsheet');
    for (const phrase of ['her', 'them', 'tell him']) expect(topicPhrase(phrase)).toBeNull();
  });

  it('refuses a phrase that opens on a preposition, a possessive with no thing after it and a bare number', () => {
    for (const phrase of ['on top of the payroll run', 'for Omar on the 3rd', "my aunt's for Omar on the 3rd", 'the hard at Ravi', '50', '$85', 'the 60th', '3 hours']) expect(topicPhrase(phrase)).toBeNull();
    for (const phrase of ["my aunt's 60th", 'the $85 concert tickets', 'the top shelf']) expect(topicPhrase(phrase)).toBe(phrase);
  });

  it("reads a possessive's thing back from the draft: \"my dad's 70th\"", () => {
    expect(read("funny how you always find time for golf but skip my dad's 70th").topic).toBe("my dad's 70th");
  });

  it('drops a count joined on with no thing of its own', () => {
    expect(read('you booked the meeting over my lunch and 12-1 is blocked for a reason').topic).not.toMatch(/12-1|and/);
  });

  it('never takes a sentence-opening "Whoever" for a name', () => {
    expect(read('Whoever told Dana I quit is lying, the report was done Monday').details).not.toContain('Whoever');
  });

  it('drops a trailing filler and keeps the thing', () => {
    expect(read('honestly the vibe tbh is so off with you').topic).toBe('the vibe');
  });

  it('never names a fragment in a reply', () => {
    for (const draft of ['the hard part is you never listen', "that's the real problem, you never show up"]) {
      for (const { text } of reframe(draft, analyze(draft), { theirs: 'why are you mad at me' })) expect(text).not.toMatch(/about the (?:hard|real)\b/i);
    }
  });
});

describe("the draft's anchors and its own calm sentences", () => {
  it('keeps the things of every sentence as anchors', () => {
    const reading = read('So the venue deposit never got paid? And now we lose the June 8 date.');
    expect(reading.anchors).toEqual(expect.arrayContaining(['venue deposit', 'june 8 date']));
    expect(reading.said.map((c) => c.text)).toEqual(["the venue deposit didn't get paid", 'we lose the June 8 date']);
  });

  it('says a "you" sentence as what reached the writer when nothing is lost', () => {
    expect(read('you never sent me the floor plans').said.map((c) => c.text)).toEqual(["I didn't get the floor plans"]);
    expect(read('you never paid me back for the concert tickets').observation).toBe("I didn't get paid back for the concert tickets");
  });

  it('says a denial in its plain form and leaves its disbelieving question out', () => {
    const reading = read("wasn't me who left the garage open. I was at Nadia's all day");
    expect(reading.stance).toBe('denying');
    expect(reading.said.map((c) => c.text)).toEqual(["I didn't leave the garage open", "I was at Nadia's all day"]);
  });

  it('reads a few more denials as denials', () => {
    for (const draft of ["That's not what happened at the retro.", 'I have never been late to a client call without warning.', 'Not my code. check the commit history']) {
      expect(readStance(draft)).toBe('denying');
    }
  });

  it('reads a complaint that the other will not talk as no refusal', () => {
    expect(readStance("so we're just not going to talk about how you left me at the bar?")).not.toBe('refusing');
  });

  it('keeps a name in the request and reads a denied event as a gerund', () => {
    expect(read("I'm not doing the Sunday brunch. Ask Ines or cancel it.").request).toBe('ask Ines or cancel it');
    expect(read("It's not my fault the heater broke, it was already rattling").denied).toBe('the heater breaking');
  });

  it('reads what a denial is blamed for wherever the draft puts it, in the draft\'s own capitals', () => {
    expect(read('so now I\'m the one who "lost" the Berlin slides? I uploaded them on Friday.').denied).toBe('the Berlin slides');
    expect(read("I counted the till twice, so don't blame me for the missing cash").denied).toBe('the missing cash');
    expect(read("don't accuse me of the leak before you check the logs. I never touched that repo").denied).toBe('the leak');
    expect(read('The late refund for the customer is not my fault, accounts never approved it.').denied).toBe('the late refund for the customer');
    expect(read("it's not my fault the bus was late so stop texting me every minute").denied).toBe('the bus being late');
  });

  it('takes what the writer did as the account beside a denial', () => {
    expect(read("I fed your cat every morning while you were away, it's not my fault she got sick").account).toBe('I fed your cat every morning while you were away');
    expect(read("I watered the tomatoes daily, not my fault the frost came").account).toBe('I watered the tomatoes daily');
    expect(read("I wanted it done properly, not my fault the frost came").account).toBeNull();
  });

  it('reads an order without the threat after "or" about what happens to the thing', () => {
    expect(read("move your boxes out of the hallway by friday or it's going in the skip").request).toBe('move your boxes out of the hallway by Friday');
    expect(read('take your van off my drive tonight or they get towed').request).toBe('take your van off my drive tonight');
  });

  it('reads an order that hands a thing on as a request', () => {
    expect(read("I'm not sorting the Hale files. Hand it to Priya or push the review.").request).toBe('hand it to Priya or push the review');
  });

  it('asks "where were you last night" in the order a reply can ask it', () => {
    expect(read('where were you last night').question).toBe('where you were last night');
  });
});

describe('a behaviour the draft objects to is never asked for', () => {
  it('reads no request from "can\'t keep", "can\'t just" or "stop"', () => {
    for (const draft of ["You can't keep cancelling on me an hour before.", "you can't just leave the bins by the door", 'stop parking across my driveway']) {
      expect(read(draft).request).toBeNull();
      for (const reply of reframe(draft, analyze(draft)).map((s) => s.text)) expect(reply).not.toMatch(/could you (?:keep|just leave|park)|would you be able to (?:keep|just leave|park)/i);
    }
  });

  it('still asks for what the draft says was not done', () => {
    expect(read("you can't even empty the dishwasher").request).toBe('empty the dishwasher');
  });
});

describe('what a refusal refuses', () => {
  it('reads no refusal in "not everything is about you": a -thing word is no verb', () => {
    expect(read("I'm not cold, I'm tired. Not everything is about you").refused).toBeNull();
  });

  it('refuses the act after "not going to", not the going', () => {
    expect(read("I'm not going to drive you to the airport at 5am").refused).toBe('drive you to the airport at 5am');
  });
});

describe('an ask to stop is no event', () => {
  it('reads no observation from "can you stop leaving ..."', () => {
    expect(read('can you stop leaving your shoes by the door').observation ?? '').not.toMatch(/get stopped|gets stopped/);
    expect(read('can you stop leaving your shoes by the door').prohibition).toBe('leave your shoes by the door');
  });
});

describe('denials written the way people text them', () => {
  it.each([
    'didnt drink ur milk. ask the flatmates',
    'i never borrowed your bike, it has been in the shed all week',
    'I did pay the phone bill, the bank took it on the 2nd',
    'I paid my half. if the landlord lost it thats on him, not me',
    'I never opened your post',
  ])('reads "%s" as a denial', (draft) => {
    expect(read(draft).stance).toBe('denying');
  });

  it.each(["I didn't get the parcel you promised", 'I never hear from you on weekends', 'I did the dishes again tonight', "I didn't know you were coming"])(
    'keeps "%s" a complaint, not a denial',
    (draft) => {
      expect(read(draft).stance).not.toBe('denying');
    },
  );

  it('says a subjectless denial with its "I"', () => {
    expect(reframe('didnt drink ur milk. ask the flatmates', analyze('didnt drink ur milk. ask the flatmates')).map((s) => s.text).join(' ')).toMatch(/\bi didn't drink your milk\b/i);
  });

  it('keeps the account that runs on after the denial as its own sentence', () => {
    const draft = 'i didnt scratch ur car it was already scratched when u parked it';
    const firm = reframe(draft, analyze(draft)).find((s) => s.style === 'firm')?.text ?? '';
    expect(firm).toMatch(/^i didn't scratch your car\b/);
    expect(firm).toMatch(/it was already scratched/);
  });

  it('says where the proof is as what it shows', () => {
    const draft = "I didn't move the meeting. Check the calendar history, it was Dana who moved it.";
    expect(read(draft).text).toMatch(/the calendar history shows it was Dana/i);
  });

  it('keeps a plain ask beside a denial, never one that repeats the charge', () => {
    expect(read('I did hand in the form on Monday. Please don\'t dock my pay.').prohibition).toBe('dock my pay');
    expect(read("I didn't take your keys. Don't blame me for it.").prohibition).toBeNull();
  });
});

describe('spelling the tagger misreads', () => {
  it('reads "cc\'d" as copied, not as "cc would"', () => {
    const draft = "Why is my boss cc'd on every single email?";
    const replies = reframe(draft, analyze(draft)).map((s) => s.text).join(' ');
    expect(replies).not.toMatch(/\bis would\b/);
  });

  it('reads a shouted contraction whole', () => {
    expect(read("I DIDN'T take it").text).toMatch(/\bdidn't\b/);
  });
});

describe('requests without the dig', () => {
  it.each([
    ['just fess up instead of blaming the new guy', 'fess up'],
    ['maybe reply to the landlord on time for once instead of leaving it to me', 'reply to the landlord on time'],
    ['could you fill the car up with petrol like a normal adult', 'fill the car up with petrol'],
    ['can you actually proofread the slides before sending me junk', 'proofread the slides'],
  ])('asks "%s" as "%s"', (draft, request) => {
    expect(read(draft).request).toBe(request);
  });

  it('reads no event in a request for something not yet done', () => {
    expect(read('can you actually proofread the slides').observation).toBeNull();
  });

  it('never asks a reply to act like a grown person', () => {
    const draft = 'pay the gas bill like a normal adult';
    expect(reframe(draft, analyze(draft)).map((s) => s.text).join(' ')).not.toMatch(/like a/i);
  });
});

describe('the draft\'s sentences said back', () => {
  it('never says an order back as the writer\'s statement', () => {
    const said = read('Not my bug. go check the commit history yourself before you ping me again').said.map((c) => c.text);
    expect(said.join(' ')).not.toMatch(/yourself/);
    expect(read('The cable was fine. reply to the supplier instead of me').said.map((c) => c.text).join(' ')).not.toMatch(/^reply\b/i);
  });

  it('keeps a sentence that opens on a name that could be a verb', () => {
    expect(read('Not my fault the order was late. Finance held it for a week').said.map((c) => c.text).join(' ')).toMatch(/finance held it for a week/i);
  });
});

describe('texting shorthand in replies', () => {
  it('turns "ure" and "urself" the way "ur" is turned', () => {
    const draft = 'ure always on ur phone at dinner, sort urself out';
    const replies = reframe(draft, analyze(draft)).map((s) => s.text).join(' ');
    expect(replies).not.toMatch(/\b(?:ure|urself|ur)\b/);
  });
});

describe('texting shorthand is spelt out before the draft is read', () => {
  it('reads "u", "ur", "r", "dont" and "idk" as the words they stand for', () => {
    expect(plainWords('y r u ignoring me, idk what ur problem is')).toBe("why are you ignoring me, I don't know what your problem is");
    expect(plainWords('ur always late tbh, i dont get it')).toBe("you're always late, i don't get it");
    expect(plainWords('wtf, u said ud be there at 7')).toBe("you said you'd be there at 7");
  });

  it('keeps the "not" of "why dont u", so no question asks the opposite of the draft', () => {
    const reading = read('why dont u ever text me back');
    expect(reading.questioned ?? '').not.toMatch(/you texted/);
    expect(reading.observation).toMatch(/hearing back|hear back/);
  });

  it('builds no question from shorthand it cannot spell out', () => {
    expect(unreadable('who took da charger n')).toBe(true);
    expect(read('who took da charger from my room').question).toBeNull();
    expect(read('who took the charger from my room').question).toBe('who took the charger from my room');
  });

  it('writes replies with no texting shorthand in them', () => {
    for (const draft of ['u said ud call at 8 wtf, idk why i even try', 'why dont u ever pick up ur phone', 'ur never home on time and idk what ur excuse is']) {
      for (const { text } of reframe(draft, analyze(draft))) expect(text, draft).not.toMatch(/\b(?:u|ur|ud|r|idk|wtf|dont)\b/i);
    }
  });

  it('never names a helper word or texting form as what a draft is about', () => {
    for (const draft of ["i would've come if u asked, but no u were gonna do it alone", "you're gonna regret this, I should've said no"]) {
      const topic = read(draft).topic;
      expect(topic, draft).not.toMatch(/\b(?:would've|should've|gonna|wanna|u)$/);
    }
  });
});

describe('a dig, a dare or a jab never reaches a reply', () => {
  const JABS = /\b(?:some of us|for once|for a change|actually|even|go ahead|see if i care|could at least)\b|\bthen\?/i;

  it('keeps the point of a "some of us" jab as the writer\'s own', () => {
    const draft = "must be nice to have weekends off, some of us are actually on call saturday";
    const replies = reframe(draft, analyze(draft)).map((s) => s.text);
    expect(replies.length).toBeGreaterThan(0);
    for (const reply of replies) expect(reply).not.toMatch(JABS);
    expect(replies.some((reply) => /\bI'm on call saturday\b/i.test(reply))).toBe(true);
  });

  it('asks nothing of a dare or a dismissal', () => {
    for (const draft of ['go ahead and skip the recital too, see if i care', 'you walked out of the dinner, just stay out then', 'loosen up, it was only a prank, god']) {
      expect(read(draft).request, draft).toBeNull();
      for (const { text } of reframe(draft, analyze(draft))) expect(text, draft).not.toMatch(/\b(?:could|can|would) you (?:please )?(?:be able to )?(?:go ahead|skip|stay out|loosen)/i);
    }
  });

  it('says the draft\'s own sentence without its "even" or "actually"', () => {
    const draft = "you didn't even feed the dog this morning and i actually asked twice";
    for (const { text } of reframe(draft, analyze(draft))) expect(text).not.toMatch(JABS);
  });
});

describe('what the writer wants', () => {
  it('ends on a whole word and leaves out the threat after "or"', () => {
    expect(read("You've billed us twice for the same week. I want a corrected invoice for the whole project by end of day or we're disputing the full amount.").want).toBe('a corrected invoice for the whole project by end of day');
    expect(read('I need the keys to the storage unit on Longfellow Road back before the weekend, seriously.').want).toBe('the keys to the storage unit on Longfellow Road back');
  });
});

describe('a mocking draft is read from its plain pieces alone', () => {
  it('tells mock pity from scorn, and finds no point in a taunt', () => {
    for (const [draft, mockery] of [
      ["Aww, she's upset. Somebody call the news.", 'pity'],
      ['awww did the wittle baby get his feelings hurt because someone said no', 'pity'],
      ["hahaha you think people come to your parties for you? it's the free booze", 'scorn'],
      ['oh the professor has returned to grade my texting. please, sir, tell me where the comma goes', 'scorn'],
      ["congratulations on your first week at the gym, I'm sure the abs are right around the corner 💪😂", 'scorn'],
    ] as const) {
      const reading = read(draft);
      expect(reading.mockery, draft).toBe(mockery);
      expect([reading.topic, reading.observation, reading.said.length], draft).toEqual(['this', null, 0]);
    }
  });

  it('keeps what the reader did, without the taunt before it', () => {
    const reading = read("aww who's a clever boy, you read the instructions AFTER breaking it");
    expect(reading.mockery).toBe('pity');
    expect(reading.said.map((c) => c.text)).toEqual(['you read the instructions after breaking it']);
    expect(reading.anchors).not.toContain('boy');
  });

  it('says the view under a sarcastic "I\'m sure" plainly', () => {
    const reading = read("yes dear, I'm sure the internet forum knows more than my actual doctor");
    expect(reading.view).toBe('I trust my doctor more than the internet forum on this');
    expect(reading.topic).toBe('this');
  });

  it('reads teasing with warmth after it, and a real name, as no taunt', () => {
    expect(read('ooh the great chef has returned 😂 the curry was amazing though, seconds please').mockery).toBeNull();
    expect(read('thanks Mr Patel, the boiler is still broken').mockery).toBeNull();
    expect(read("I'm sure the internet forum means well but I trust my doctor more than them").mockery).toBeNull();
  });

  it('never drops a piece that holds a detail as a taunt', () => {
    expect(read("lol you think I'm paying $200 for that? no way").mockery).toBeNull();
  });
});

describe('what a mocking draft keeps', () => {
  it('drops what happened to them when mock pity makes fun of the hurt it caused', () => {
    const reading = read('wah wah, your sister got a bigger present, call the news');
    expect(reading.mockery).toBe('pity');
    expect([reading.topic, reading.observation]).toEqual(['this', null]);
  });

  it('keeps a plain clause joined on to a sarcastic one, and no word of the mock title', () => {
    const reading = read('oh sure let me just drop everything and drive 40 minutes because you forgot your keys. anything else, your majesty?');
    expect(reading.mockery).toBe('scorn');
    expect(reading.observation).toMatch(/keys/);
    expect(reading.anchors.join(' ')).not.toMatch(/majesty/);
  });

  it('drops the reasons a laughed-at belief gives with it', () => {
    const reading = read("lol you think you're a chef now because you watched one youtube video");
    expect([reading.mockery, reading.observation, reading.topic]).toEqual(['scorn', null, 'this']);
  });
});
