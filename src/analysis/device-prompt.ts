// What Attune asks Chrome's on-device model for, and how its answer is read: the rules the template replies follow,
// the draft's reading, a JSON schema for two or three replies with their style. Pure: no model, no browser.
import type { Register, Stance } from './reading';
import type { SuggestionStyle } from './types';

/** The reply styles the model may use: every style the templates have. */
export const DEVICE_STYLES: readonly SuggestionStyle[] = ['i-statement', 'curious', 'firm', 'boundary', 'pause', 'reflect', 'repair'];
const STANCES: readonly Stance[] = ['accusing', 'denying', 'refusing', 'demanding', 'withdrawing', 'asking'];

/** Longest draft or message passed on; the pause reads no more than this either. */
export const DEVICE_TEXT_MAX = 1_000;
const FIELD_MAX = 200;
const DETAILS_MAX = 12;
/** The schema's limit on a reply's length; the reply guard has its own. */
const REPLY_MAX = 320;

/** The draft's reading as the model is given it: what the pause knows when it asks. */
export interface DeviceRequest {
  /** The draft as typed. */
  draft: string;
  /** What the draft is about, e.g. "the rent and the $40 late fee". */
  topic: string;
  /** What happened, as both people could agree on it; null when the reading found nothing. */
  observation: string | null;
  stance: Stance;
  /** The writer's feeling, in plain words. */
  feeling: string;
  /** True when the writer named the feeling in the pause; false when it was read from the draft. */
  feelingNamed: boolean;
  /** Why it matters, as it reads after "I need"; null when nothing says. */
  need: string | null;
  /** What the writer wants done, as it reads after "Could you"; null when nothing says. */
  request: string | null;
  /** Every name, number, time and date of the draft. */
  details: string[];
  register: Register;
  /** The other person's last message, where the pause has it. */
  theirs: string | null;
  /** How the other person likely feels, where the writer or their message says. */
  theirFeeling: string | null;
}

export interface DeviceReply {
  style: SuggestionStyle;
  text: string;
}

const STANCE_TEXT: Record<Stance, string> = {
  accusing: 'The writer is upset about something the other person did.',
  denying: 'The writer denies a fault they are blamed for. The replies keep denying it: never admit it, apologise for it or agree with the blame.',
  refusing: 'The writer says no, or asks for space. The replies keep the no.',
  demanding: 'The writer wants something done. The replies still ask for it.',
  withdrawing: 'The writer wants to stop talking for now. The replies may ask for a break and a later talk.',
  asking: 'The writer is asking something. The replies still ask it.',
};

/** The rules every reply must keep, the same ones the template replies follow; given once per session. (Literals
 * only, here and in the schema, so the pause's bundle, which uses neither, leaves them out.) */
export const DEVICE_SYSTEM_PROMPT = `You help someone who is about to send a heated chat message. Write replies they could send instead:
in their own voice (first person), to the same person, in plain everyday words.
Rules for every reply:
- Keep the point of the draft and the writer's stance.
- Keep every name, number, time and date of the draft exactly as written.
- Add no number, time, date, name or event that is not in the draft or in the other person's message.
- Do not apologise for the draft: it was never sent. Never concede a fault the writer denies.
- No insults, no swearing, no sarcasm, no words in capitals, no "!!" or "??", no "you always" or "you never".
- Calm and warm; one to three short sentences, under 300 characters.
Each reply has one style, and each reply a different one:
i-statement: "I feel ... because I need ...", then a clear request.
curious: a calm, open question about the issue.
firm: the writer's own view of a fault they deny, stated kindly.
boundary: a kind and clear no, or a request for space.
pause: asks for a short break and says when they will come back to it.
reflect: answers the other person's message first, then says what the writer needs.
repair: reaches for the relationship without giving up the point.
Answer only with JSON that follows the schema: two or three replies.`;

/** The JSON schema the answer must follow (passed as `responseConstraint`). */
export const DEVICE_REPLY_SCHEMA = {
  type: 'object',
  required: ['replies'],
  additionalProperties: false,
  properties: {
    replies: {
      type: 'array',
      minItems: 2,
      maxItems: 3,
      items: {
        type: 'object',
        required: ['style', 'text'],
        additionalProperties: false,
        properties: {
          style: { type: 'string', enum: [...DEVICE_STYLES] },
          text: { type: 'string', minLength: 1, maxLength: REPLY_MAX },
        },
      },
    },
  },
} as const;

const quoted = (text: string): string => `"""${text.replace(/"""/g, '"')}"""`;

/** The prompt for one draft: its reading, line by line, then the request. */
export function devicePrompt(request: DeviceRequest): string {
  const lines = [`The draft they were about to send (its heat is what to leave out):\n${quoted(request.draft)}`];
  lines.push(`It is about: ${request.topic}.`);
  if (request.observation) lines.push(`What happened, as both could agree: ${request.observation}.`);
  lines.push(STANCE_TEXT[request.stance]);
  lines.push(`The writer feels ${request.feeling}${request.feelingNamed ? ' (they named it themselves)' : ''}.`);
  if (request.need) lines.push(`What they need: ${request.need}.`);
  if (request.request) lines.push(`What they ask for: ${request.request}.`);
  if (request.details.length > 0) lines.push(`Keep these exactly as written: ${request.details.map((detail) => `"${detail}"`).join(', ')}.`);
  if (request.theirs) lines.push(`The other person's last message:\n${quoted(request.theirs)}`);
  if (request.theirFeeling) lines.push(`The other person likely feels ${request.theirFeeling}.`);
  lines.push(request.register === 'work' ? 'This is a work conversation.' : 'This is a personal conversation.');
  lines.push('Write two or three replies, each in a different style.');
  return lines.join('\n');
}

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;
const textOrNull = (value: unknown, max: number): boolean => value === null || text(value, max);

/** Whether `value` is a well-formed request, bounded in size; the worker trusts nothing else. */
export function isDeviceRequest(value: unknown): value is DeviceRequest {
  if (!isRecord(value)) return false;
  return (
    text(value.draft, DEVICE_TEXT_MAX) &&
    value.draft.trim() !== '' &&
    text(value.topic, FIELD_MAX) &&
    textOrNull(value.observation, FIELD_MAX) &&
    STANCES.includes(value.stance as Stance) &&
    text(value.feeling, FIELD_MAX) &&
    typeof value.feelingNamed === 'boolean' &&
    textOrNull(value.need, FIELD_MAX) &&
    textOrNull(value.request, FIELD_MAX) &&
    Array.isArray(value.details) &&
    value.details.length <= DETAILS_MAX &&
    value.details.every((detail) => text(detail, FIELD_MAX)) &&
    (value.register === 'work' || value.register === 'personal') &&
    textOrNull(value.theirs, DEVICE_TEXT_MAX) &&
    textOrNull(value.theirFeeling, FIELD_MAX)
  );
}

/** The replies in the model's answer, in order, at most three; anything malformed is left out. Never throws. */
export function parseDeviceReplies(output: unknown): DeviceReply[] {
  if (typeof output !== 'string') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(output);
  } catch {
    return [];
  }
  if (!isRecord(parsed) || !Array.isArray(parsed.replies)) return [];
  const replies: DeviceReply[] = [];
  for (const entry of parsed.replies.slice(0, 3)) {
    if (!isRecord(entry) || !DEVICE_STYLES.includes(entry.style as SuggestionStyle) || !text(entry.text, REPLY_MAX * 2)) continue;
    const reply = entry.text.trim();
    if (reply) replies.push({ style: entry.style as SuggestionStyle, text: reply });
  }
  return replies;
}
