// Replies to a draft with no concrete point ("ur so useless", "unbelievable.", "HOW MANY TIMES DO I HAVE TO TELL YOU"):
// what kind of outburst it is decides what a calm reply can honestly say and ask, so insults do not all get one reply.
import type { Register } from './reading';

export type Outburst = 'unheard' | 'unvalued' | 'treatment' | 'stop' | 'done' | 'alone' | 'letdown' | 'sarcasm' | 'mockery' | 'pity' | 'blamed' | 'pattern' | 'disbelief' | 'insult' | 'plain';

// Checked in this order: the first that fits names the outburst.
const KINDS: readonly [Exclude<Outburst, 'plain' | 'stop' | 'mockery' | 'pity'>, RegExp][] = [
  ['unheard', /\bhow many (?:more )?times\b|\bsame thing\b|\btalking to a wall\b|\b(?:never|don't|doesn't|not|won't) (?:even |ever )?listen|\bper my last\b|\b(?:didn't|don't|never|not) (?:even )?read\b|\breading (?:a|my) message\b|\bbroken record\b|\bi keep (?:telling|asking|saying)\b|\bfor the (?:last|hundredth|millionth) time\b|\beverything about you\b/],
  ['unvalued', /\bafterthought\b|\binvisible\b|\bunappreciated\b|\btaken for granted\b|\bgood enough\b|\blike nothing\b|\b(?:don't|doesn't) matter\b|\bnot a priority\b|\bbottom of the list\b|\bknow where i stand\b|\bonly (?:ever )?(?:call|text|message)s? (?:me )?when\b/],
  ['treatment', /\b(?:speak|talk|spoken|talked|speaking|talking) to (?:me|people|like)\b|\bthe way you (?:speak|talk|treat)\b|\bhow you(?:'ve been)? treat|\btreating me\b|\bhow you treat\b/],
  ['done', /\bso done\b|\bi'm done\b|\bim done\b|\bso over\b|\bsick of this\b|\bhad enough\b|\bcan't (?:live|go on|keep going|keep doing this) like this\b|\bcan't live like this\b|\bwhy i (?:even )?bother\b|\bdone (?:trying|talking)\b|\bi'm out\b|\bblocking you\b/],
  ['alone', /\balways me\b|\bdo everything myself\b|\bonly one who\b|\bfix everything\b/],
  ['letdown', /\bthanks for nothing\b|\bthis is what i get\b|\bdo everything myself\b|\bhav(?:e|ing) my back\b|\blet me down\b|\bcounting on you\b/],
  ['sarcasm', /\blove that for me\b|\bmust be nice\b|\boh great\b|^(?:fine|great|cool|k)\b|\benjoy (?:your|ur)\b|\bthanks a lot\b|\bwow,? thanks\b|\bbrilliant\b|\bgenius\b|\breal mature\b|\bnice going\b|\bcute that\b|\bpoor you\b|\bexcuse me for\b|\bnot perfect like you\b|\bcry me a river\b|\bthanks for finally\b|\bnice of you\b|\bthe expert\b|\bbecause you're so\b/],
  ['blamed', /\bthe bad guy\b|\balways my fault\b|\byou started it\b|\byou're one to talk\b|\bnot like you're perfect\b|\bturn this around\b|\bat least i\b|\blike you've never\b|\bread your mind\b|\bdon't come at me\b|\bapparently that's a crime\b/],
  ['pattern', /\byou (?:always|never|constantly)\b|\bevery (?:single )?time\b|\bwhy are you like this\b|\bwhy can't you ever\b/],
  ['insult', /\b(?:useless|worst|terrible|joke|dumb\w*|disgusting|clown|loser|moron|jerk|horrible|hate you|can't stand you|regret this|dick|prick|asshole|bitch|shit|fuck\w*|screw you|piss off|get lost|shut up|stfu|go to hell|drop dead|make me sick|how dare you|liar|incompetent|inconsiderate|selfish|pathetic|stupid|idiot|exhausting|bad (?:friend|brother|sister|mother|father|partner)|wrong with you|besides yourself|nobody wants|why we (?:even )?hired|ruin everything|acting like the victim|(?:don't|doesn't) care)\b/],
  ['disbelief', /^(?:wow|unbelievable|unreal|incredible|are you (?:kidding|serious)|seriously|omg|wtf|i can't believe)\b|\b(?:unreal|unbelievable|just wow)\b/],
];
// "Stop. Just stop.", "k.", "say less": a short shut-down, before anything else.
const STOP = /^(?:stop|just stop|enough|drop it|say less|leave it|forget it|whatever|k|ok|never ?mind|nvm|go away|leave me alone|end of discussion|talk to the hand)\b/;

/** What kind of outburst a draft with no concrete point is, read from its words. */
export function readOutburst(text: string): Outburst {
  const lower = text.toLowerCase().replace(/[\u2019]/g, "'").replace(/\b(can|don|won|didn|doesn|isn|im)t?\b/g, (word, stem: string) => (stem === 'im' ? "i'm" : word.endsWith('t') && !word.includes("'") ? `${stem}'t` : word)).trim();
  if (STOP.test(lower) && lower.split(/\s+/).length <= 10) return 'stop';
  return KINDS.find(([, cue]) => cue.test(lower))?.[0] ?? 'plain';
}

export interface OutburstReply {
  /** The feeling said at its strength, with what the outburst is about: "I feel like what I say isn't getting through, and I'm really frustrated." */
  statements: string[];
  /** One real ask or statement to follow it. */
  asks: string[];
  /** A question for the curious reply. */
  questions: string[];
}

/** What a calm reply says for each kind of outburst, in words that fit the register. */
export function outburstReply(kind: Outburst, feeling: string, register: Register): OutburstReply {
  const work = register === 'work';
  switch (kind) {
    case 'unheard':
      return work
        ? { statements: [`I've raised this a few times now and it doesn't seem to be landing, and I'm ${feeling}.`], asks: ['Can we agree on how we handle it from here?'], questions: ["What's getting in the way on your side?"] }
        : { statements: [`I feel like what I say isn't getting through, and I'm ${feeling}.`, `I keep saying the same thing and it doesn't seem to land, and I'm ${feeling}.`], asks: ['Can we work out what would help?', 'Can we work out how to make it stick?'], questions: ['Can you tell me what you heard me say?', "What's getting in the way?"] };
    case 'unvalued':
      return { statements: [`Lately I've been feeling like I don't matter much to you, and I'm ${feeling}.`], asks: ['Can we talk about it?', 'I want us to talk about it properly.'], questions: ['Do you see it differently?', 'How have things been from your side?'] };
    case 'treatment':
      return { statements: [`I'm ${feeling} ${/(?:hurt|humiliated|embarrassed)$/.test(feeling) ? 'by' : 'about'} the way we've been talking to each other.`], asks: ["I'd like us to speak to each other differently. Can we talk about it?"], questions: ['Can we talk about how we speak to each other?'] };
    case 'stop':
      return { statements: [`I'm ${feeling}, and I need to stop here for now.`], asks: ["I'll come back to it when I've cooled off."], questions: ['What do you need right now?'] };
    case 'done':
      return work
        ? { statements: [`I'm ${feeling}, and this can't keep going the way it is.`], asks: ['Can we talk about what needs to change?'], questions: ['What do you think needs to change?'] }
        : { statements: [`I'm ${feeling}, and I can't keep going like this.`, `I'm ${feeling}, and something has to change.`], asks: ['Can we talk about what needs to change?', 'I want to talk about what needs to be different.'], questions: ['What do you think needs to change?'] };
    case 'alone':
      return work
        ? { statements: [`It feels like this keeps landing on me, and I'm ${feeling}.`], asks: ['Can we look at how the work is split?'], questions: ['How do you see the split of the work?'] }
        : { statements: [`I feel like I'm carrying this on my own, and I'm ${feeling}.`], asks: ['Can we share it out more fairly?', 'I need more help with it.'], questions: ['How do you see the way we split things?'] };
    case 'letdown':
      return { statements: [`I was counting on you there, and I'm ${feeling}.`, `I feel let down, and I'm ${feeling}.`], asks: ['Can we talk about what happened?'], questions: ['What happened there?', 'What was going on for you?'] };
    case 'sarcasm':
      return { statements: [`I'll say it plainly: I'm ${feeling}.`, `To be straight with you, I'm ${feeling}.`], asks: work ? ['Can we talk about how this is being handled?'] : ['Can we talk about it?'], questions: ["What's going on?", 'What happened?'] };
    // A taunt with no plain point under it: the feeling said straight, and a real question about what they meant, or,
    // for mock pity at a feeling of theirs, about what they need.
    case 'mockery':
      return work
        ? { statements: [`I'll be straight with you: I'm ${feeling}.`], asks: ['Can you tell me what you meant?', 'Can we talk it through properly?'], questions: ['What did you mean by that?', 'What do you need from me on this?'] }
        : {
            statements: [`I'll be straight with you: I'm ${feeling}.`, `Honestly, I'm ${feeling}, and I'd rather say so plainly.`],
            asks: ['Can you tell me what you meant?', 'Can we talk about what is really going on?'],
            questions: ['What did you mean by that?', "What's really going on here?"],
          };
    case 'pity':
      return {
        statements: [`I'll be straight with you: I'm ${feeling}.`, `Honestly, I'm ${feeling}, and I'd rather say so plainly.`],
        asks: ['Can we talk about what would help?', "Can you tell me what's going on for you?"],
        questions: ['What do you need from me right now?', 'What would help right now?'],
      };
    case 'disbelief':
      return work
        ? { statements: [`I'm honestly surprised by this, and ${feeling}.`], asks: ['Can you walk me through what happened?'], questions: ['How did this come about?'] }
        : { statements: [`Honestly, I'm lost for words, and I'm ${feeling}.`, `I can hardly believe this, and I'm ${feeling}.`], asks: ['Can you tell me what happened?', 'What happened?'], questions: ["What's going on?", 'Can you help me understand this?'] };
    case 'insult':
      return work
        ? { statements: [`I'm ${feeling} with how this is going, and I'd rather raise it properly than vent.`], asks: ['Can we set up some time to talk it through?'], questions: ['How do you see it going?', 'What would help from your side?'] }
        : { statements: [`I'm ${feeling} right now, and I don't want to say something I'll regret.`, `I'm ${feeling}, and I'm not going to pretend otherwise.`], asks: ["Can we talk once I've cooled off?", 'Something needs to change, and I want to talk about what.', "I'll come back to this when I'm calmer."], questions: ["What's going on with you?", 'Can you tell me how it looks from your side?', 'What do you need from me right now?'] };
    case 'blamed':
      return { statements: [`It feels like this is all being put on me, and I'm ${feeling}.`, `I don't think this is all on me, and I'm ${feeling}.`], asks: ['Can we look at it together?', 'Can we look at what each of us did?'], questions: ['How do you see it?', 'Can we look at what each of us did?'] };
    case 'pattern':
      return work
        ? { statements: [`This keeps coming up, and I'm ${feeling}.`], asks: ['Can we agree on how we handle it from here?'], questions: ['What would help it go differently next time?'] }
        : { statements: [`It feels like this keeps happening, and I'm ${feeling}.`, `This keeps coming up between us, and I'm ${feeling}.`], asks: ['Can we talk about what would help?', 'I want us to find a way to break the pattern.'], questions: ['Do you see it the same way?', 'What do you think keeps getting in the way?'] };
    case 'plain':
      return work
        ? { statements: [`I'm ${feeling} with how this is going.`, `I'm ${feeling} about where this has got to.`], asks: ['Can we talk it through?', 'Can we find some time to sort it out?'], questions: ['How do you see it?', "What's your take on it?"] }
        : {
            statements: [`I'm ${feeling} right now.`, `I'm ${feeling}, and I'd rather say so than snap.`, `Honestly, I'm ${feeling}.`, `I'm ${feeling}, and I want you to know that.`],
            asks: ["Can we talk about what's going on?", "Can we talk when we've both calmed down?", "I want to sort this out, but not like this.", 'Can we take a breath and try again?'],
            questions: ["What's going on?", 'Can you tell me how this looks from your side?', 'What do you need from me right now?', 'What would help right now?'],
          };
  }
}
