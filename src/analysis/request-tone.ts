// Whether a request could be asked calmly after "Could you": the reading drops one that cannot, the reply guard
// rejects any reply that asks it anyway.
import { analyze } from './analyze';

// Dares that wrap an order or end a sentence: "leave, see if I care", "be my guest".
const DARES = String.raw`see if i care|for all i care|be my guest|knock yourself out|suit yourself`;
// Words after which "even" is no jab: "even if", "even better", "even a small thing".
const EVEN_PLAIN = String.raw`(?:if|though|when|so|more|less|better|worse|now|after|before|with|a|an|one|the|for|on|in|at|to|yet)\b`;

// Behaviours named by a verdict on them, not by what was done: "stop spreading gossip", "stop hounding me",
// "don't try to pin this on us". Asked back, the verdict comes too.
const JUDGED = String.raw`(?:spread(?:ing)? (?:gossip|rumou?rs|lies)|gossip(?:ing)?|hound(?:ing)?|harass(?:ing)?|pester(?:ing)?|badger(?:ing)?|nag(?:ging)?|gaslight(?:ing)?|stalk(?:ing)?|bull(?:y|ying)|meddl(?:e|ing)|snoop(?:ing)?|micromanag(?:e|ing)|lie|lying|(?:try(?:ing)? to )?pin(?:ning)? (?:\w+ ){1,3}on (?:me|us|him|her|them)|play(?:ing)? the victim|go(?:ing)? on (?:and on )?about|(?:be(?:ing)? )?(?:so )?(?:petty|childish|lazy|selfish|rude|nosy|immature))`;
// Orders that judge how the other person works or lives: "focus on your work", "do your job", "pull your weight",
// "pull your socks up".
const JUDGED_ORDER = String.raw`focus on (?:your|ur) (?:own )?(?:work|job)|do (?:your|ur) (?:own )?job|pull (?:your|ur) (?:own )?weight|get (?:your|ur) act together|sort (?:yourself|urself) out|pull (?:your|ur) socks up|up (?:your|ur) game|shape up|smarten up`;
// Orders that put the other person down whatever the frame: "mind your own business", "grow up", "do things right".
const PUT_DOWN = new RegExp(
  String.raw`\b(?:mind (?:your|ur) own|look (?:in|at) (?:a|the) mirror|grow (?:up|a pair)|calm down|chill(?: out)?|relax|get a (?:grip|life|clue)|get over (?:it|yourself)|get (?:lost|real)|get it together|pull yourself together|don'?t bother|shut up|deal with it|man up|toughen up|suck it up|stop (?:whining|crying|complaining|moaning|being)|act (?:like|your age)|learn (?:to|how to) \w+|use your (?:brain|head|eyes)|wake up|take a hint|go away|cry about it|get out of my|do (?:\w+ ){0,3}(?:right|properly|correctly)|for once|for a change|like (?:a|an|some) (?:normal |functioning |decent |real |actual )?(?:person|adult|grown|human|child|kid|baby|toddler|teenager|professional)|have fun|enjoy (?:it|your)|good luck|(?:lighten|cheer|loosen|settle|simmer) (?:up|down)|cool it|move on|let it go|take a joke|get a sense of humou?r|get over yourself|go ahead|${DARES}|or (?:something|whatever)|(?:try|start by) (?:not )?\w+ing|\w+ (?:your|ur) (?:\w+ )?better|(?:don'?t|do not|not|stop) (?:be(?:ing)? (?:so )?(?!(?:late|long|afraid|scared|shy|a stranger|sorry|hard on|too hard on|so hard on|worried|mad|upset|offended|like that|there|home|back|out)\b)[a-z]+|play(?:ing)? games|mak(?:e|ing) (?:it|this|everything) (?:a thing|about (?:you|yourself))|spam(?:ming)? (?:me|us)|guilt[- ]?trip(?:ping)? (?:me|us)|accus(?:e|ing) (?:me|us)|${JUDGED})|${JUDGED_ORDER})\b`,
  'i',
);
// A dare or a dismissal, whatever order it wraps: "go ahead and cancel again", "just go home then", "leave, see if I care".
const DISMISSAL = new RegExp(
  String.raw`\b(?:go ahead|go on then|${DARES}|see what happens|i dare you|do what you want)\b|\bthen[.!]*$|^(?:fine|ok(?:ay)?|whatever|sure)\b[,.]?\s+(?:just\s+)?[a-z]+`,
  'i',
);
// Jabs a reply never carries, even around a fair point: "some of us still have to actually work", "for once".
const JAB = new RegExp(
  String.raw`\bsome of us\b|\bnice try\b|\b(?:could|can|would|might|should) at least\b|\bunlike some\b|\bfor (?:once|a change)\b|(?<!\bwhat )\bactually\b|\beven\b(?!\s+${EVEN_PLAIN})|\b(?:${DARES})\b|\bi (?:have|got) (?:a life|a job|better things to do)\b|\bgo ahead and\b`,
  'i',
);
// What "can you" cannot be followed by: "can you don't bother" is no sentence, "could you come on, ..." an interjection.
const NOT_AFTER_CAN_YOU = /^(?:(?:don'?t|do not|doesn'?t|didn'?t|won'?t|can'?t|never|no|i|i'm|im|i'd|i'll|you|you're|we're)\b|come on(?:,|$))/i;
// Work thrown back with an emphatic "yourself" ("figure it out yourself", "come do the work themselves"); caring for
// oneself ("take care of yourself", "go easy on yourself") is no dig.
// Their own life handed back to them ("book your own flights", "check your own filing"): a refusal said as a jab.
const YOUR_OWN = /\b(?:your|ur) own\b/i;
const THROWN_BACK = /(?<!\b(?:care of|after|on|to|of|be|love|treat|proud of|enjoy|kind to|easy on|protect|pace))\s+(?:yourself|yourselves|themselves|himself|herself)$/i;
// The writer's own exclusion or a shrug: "have fun with your life then, i'm not part of it".
const WRITER_LEFT_OUT = /\b(?:i'?m not|im not|i am not|without me|not part of|count me out|forget (?:about )?me|i don'?t care|whatever)\b|\bthen$/i;

/** Whether a sentence dares or dismisses ("go ahead and tell everyone", "just go home then"): no real request. */
export const isDismissal = (sentence: string): boolean => DISMISSAL.test(sentence.trim().replace(/[\u2019]/g, "'"));

/** Whether a reply carries a jab: "some of us", "for once", a pointed "actually" or "even". */
export const hasJab = (text: string): boolean => JAB.test(text.replace(/[\u2019]/g, "'"));

/**
 * The clause without its jabs, keeping the point: "some of us still have to actually work tomorrow" -> "I still have
 * to work tomorrow". "Some of us" is the writer, said as "I".
 */
export function withoutJabs(clause: string): string {
  return clause
    .replace(/\bsome of us\b/gi, 'I')
    .replace(/\bI (are|were)\b/g, (_, verb: string) => (verb === 'are' ? "I'm" : 'I was'))
    .replace(/,?\s*\bunlike some (?:people|of you|folks)\b/gi, '')
    .replace(/,?\s*(?:\bso\s+)?\bnice try\b/gi, '')
    .replace(/\s*\bfor (?:once|a change)\b/gi, '')
    .replace(/(?<!\bwhat )\bactually\s+/gi, '')
    .replace(new RegExp(String.raw`\beven\s+(?!${EVEN_PLAIN})`, 'gi'), '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** Whether a clause orders a put-down ("can you just mind your own business"): no account of what happened either. */
export const isPutDown = (clause: string): boolean => PUT_DOWN.test(clause.replace(/[\u2019]/g, "'"));

/** Whether `request`, as it reads after "Could you", is something a calm person would ask. */
export function isCalmRequest(request: string): boolean {
  const asked = request.trim().toLowerCase().replace(/[\u2019]/g, "'");
  if (!asked || PUT_DOWN.test(asked) || DISMISSAL.test(asked) || JAB.test(asked) || NOT_AFTER_CAN_YOU.test(asked) || WRITER_LEFT_OUT.test(asked) || THROWN_BACK.test(asked) || YOUR_OWN.test(asked)) return false;
  const analysis = analyze(`Could you ${asked}?`, { sensitivity: 'strict', rulesOnly: true });
  return !analysis.heated && !analysis.reasons.some((reason) => reason.kind === 'contempt' || reason.kind === 'criticism');
}

/** The requests a reply asks of the other person: "Could you send the numbers?" -> "send the numbers". */
export function requestsIn(reply: string): string[] {
  return [...reply.matchAll(/\b(?:can|could|would|will) (?:you|u) (?:please )?(?:be able to )?([^?.!]+)\?/gi)].map((m) => (m[1] as string).trim());
}

/** What a reply asks the other person not to do: "Please don't be so dramatic." -> "don't be so dramatic". */
export function prohibitionsIn(reply: string): string[] {
  return [...reply.matchAll(/\bplease (don'?t|do not|stop) ([^?.!]+)[.!]?/gi)].map((m) => `${(m[1] as string).toLowerCase()} ${(m[2] as string).trim()}`);
}
