// Whether a request could be asked calmly after "Could you": the reading drops one that cannot, the reply guard
// rejects any reply that asks it anyway.
import { analyze } from './analyze';

// Orders that put the other person down whatever the frame: "mind your own business", "grow up", "do things right".
const PUT_DOWN =
  /\b(?:mind (?:your|ur) own|look (?:in|at) (?:a|the) mirror|grow (?:up|a pair)|calm down|chill(?: out)?|relax|get a (?:grip|life|clue)|get over (?:it|yourself)|get (?:lost|real)|get it together|pull yourself together|don'?t bother|shut up|deal with it|man up|toughen up|suck it up|stop (?:whining|crying|complaining|moaning|being)|act (?:like|your age)|learn (?:to|how to) \w+|use your (?:brain|head|eyes)|wake up|take a hint|go away|cry about it|get out of my|do (?:\w+ ){0,3}(?:right|properly|correctly)|for once|for a change|like (?:a|an|some) (?:normal |functioning |decent |real |actual )?(?:person|adult|grown|human|child|kid|baby|toddler|teenager|professional)|have fun|enjoy (?:it|your)|good luck)\b/i;
// What "can you" cannot be followed by: "can you don't bother" is no sentence, "could you come on, ..." an interjection.
const NOT_AFTER_CAN_YOU = /^(?:(?:don'?t|do not|doesn'?t|didn'?t|won'?t|can'?t|never|no|i|i'm|im|i'd|i'll|you|you're|we're)\b|come on(?:,|$))/i;
// Work thrown back with an emphatic "yourself" ("figure it out yourself", "come do the work themselves"); caring for
// oneself ("take care of yourself", "go easy on yourself") is no dig.
const THROWN_BACK = /(?<!\b(?:care of|after|on|to|of|be|love|treat|proud of|enjoy|kind to|easy on|protect|pace))\s+(?:yourself|yourselves|themselves|himself|herself)$/i;
// The writer's own exclusion or a shrug: "have fun with your life then, i'm not part of it".
const WRITER_LEFT_OUT = /\b(?:i'?m not|im not|i am not|without me|not part of|count me out|forget (?:about )?me|i don'?t care|whatever)\b|\bthen$/i;

/** Whether a clause orders a put-down ("can you just mind your own business"): no account of what happened either. */
export const isPutDown = (clause: string): boolean => PUT_DOWN.test(clause.replace(/[\u2019]/g, "'"));

/** Whether `request`, as it reads after "Could you", is something a calm person would ask. */
export function isCalmRequest(request: string): boolean {
  const asked = request.trim().toLowerCase().replace(/[\u2019]/g, "'");
  if (!asked || PUT_DOWN.test(asked) || NOT_AFTER_CAN_YOU.test(asked) || WRITER_LEFT_OUT.test(asked) || THROWN_BACK.test(asked)) return false;
  const analysis = analyze(`Could you ${asked}?`, { sensitivity: 'strict' });
  return !analysis.heated && !analysis.reasons.some((reason) => reason.kind === 'contempt' || reason.kind === 'criticism');
}

/** The requests a reply asks of the other person: "Could you send the numbers?" -> "send the numbers". */
export function requestsIn(reply: string): string[] {
  return [...reply.matchAll(/\b(?:can|could|would|will) (?:you|u) (?:please )?(?:be able to )?([^?.!]+)\?/gi)].map((m) => (m[1] as string).trim());
}
