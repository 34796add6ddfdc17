// Finds the taunts of a mocking draft ("aww who's a clever boy", "yes dear, I'm sure ...", "somebody call the news"),
// so the reading takes neither its topic nor its complaint from them: a taunt's words are the mockery, never the point.

// A laugh typed out: "haha", "lol", "lmfao".
const LAUGH = String.raw`(?:a?(?:ha|he){2,}h?|lo+l|lmf?a+o+|rofl)`;
// Laughter and the emoji of an eye-roll or a laugh: what makes praise or a "you think" a taunt.
const LAUGHING = new RegExp(String.raw`(?:^|[^\p{L}])${LAUGH}(?![\p{L}])|[\u{1f602}\u{1f923}\u{1f644}\u{1f480}\u{1f921}]`, 'iu');
// Where a draft breaks into pieces: sentences, comma clauses, dashes, and laughter and emoji taken for a break.
const PIECE_BREAK = new RegExp(String.raw`[.!?;,\n]+|\s+[-\u2013\u2014]\s+|(?:^|\s)${LAUGH}(?=\s|$)|\p{Extended_Pictographic}+`, 'iu');

// Names a taunt gives the reader: a mock title or a mock endearment ("Mr Perfect" is one, "Mr Patel" a name).
const MOCK_MISTER = String.raw`(?:mr|mrs|miss)\.? (?:"[^"]+"|(?:perfect|manager|fitness|big ?shot|know[- ]it[- ]all|always right|never wrong|expert|important|popular|busy|organi[sz]ed|responsible|sunshine|tough guy|nice guy|smarty ?pants|genius|fix[- ]?it|boss|chef|generous|helpful|reliable|high and mighty|moneybags|sensitive|drama|dramatic|hotshot|bossy|professor)\b)`;
const TITLE = String.raw`(?:princess|champ|einstein|sherlock|shakespeare|genius|professor|${MOCK_MISTER}|your (?:majesty|highness|lordship|royal highness)|comedian|big (?:man|guy|shot|boy)|smart guy|hotshot|tough guy|captain [\p{L}]+)`;
// Words of address that mock only after a weary yes: "yes dear", "ok sweetie", "sure sir"; "Sir," opens a letter.
const ENDEARMENT = String.raw`(?:sir|ma'?am|dear|sweetie|sweetheart|sweetpea|hun|honey|darling)`;

// Mock pity: "aww, she's upset", "aww did the big man get told no", "poor baby", "bless your heart"; not the "aw" of a
// sigh or of warmth ("aw man", "aw i can't make it", "aw mum you don't need to").
const PITY = new RegExp(
  String.raw`^(?:a+w+(?=\s*$|\s+(?:did|does|is|are|was|were|look|who'?s|u|you|ur|your|the|she|he|she'?s|he'?s|someone|somebody|bless|sweetie|honey|baby|poor|little|wittle)\b)|aw+ bless|oh bless|bless (?:your|his|her) (?:heart|little|cotton)|bless (?:you|him|her)$|poor (?:baby|little|diddums)|boo ?hoo|diddums|wah)\b`,
  'iu',
);
// Baby talk: "did the wittle baby", "who's a clever boy".
const BABY_TALK = /\b(?:wittle|widdle|ickle|lickle|diddums)\b|\bwho'?s a (?:clever|good|big|brave|smart|brave little) (?:boy|girl|lad|lass)\b|\b(?:the|a|my|his|her) (?:wittle|little|poor|big) (?:baby|babby|princess)\b/iu;
// An apology, love or a joke owned up to: "aww did that comment hurt? i'm sorry" comforts, "... jk well done" teases.
const WARM = /\bsorry\b|\blove (?:you|u|ya)\b|\bxx+\b|\bjk\b|\bdeserved\b|[\u2764\u{1f618}\u{1f979}]/iu;
// A hurt of theirs that mock pity makes fun of.
const HURT = /\b(?:upset|hurt|feelings|cry|crying|cried|sad|tears|tissues?|wah|boo ?hoo|sulk\w*|tantrum|mummy|mommy)\b/iu;
// Thanks are as often sarcastic as warm: they make no piece warm.
const THANKS = /^(?:thanks?|thank|ty)$/;

// What a mock prize is: "a medal", "a gold star", "a party".
const PRIZE = String.raw`(?:medal|trophy|prize|cookie|biscuit|gold star|sticker|parade|party|round of applause|pat on the back|standing ovation)(?![\p{L}])`;

/** Shapes that mock whatever surrounds them: a draft holding one is mocking, however warm its other words. */
const MOCKS: readonly RegExp[] = [
  BABY_TALK,
  new RegExp(String.raw`^(?:yes|yeah|yep|ok|okay|sure|right|alright|whatever)[\s,]+${ENDEARMENT}(?![\p{L}])`, 'iu'),
  // A mock title used as a name: "ok Einstein", "yes dear", "check out Mr Manager", "look at you, Mr Fitness".
  new RegExp(String.raw`^(?:(?:ok|okay|yes|yeah|sure|right|alright|well done|congrats|congratulations|thanks|thank you|good job|nice one|bravo|look at you|check out|ooh|oh|why thank you)[\s,]+(?:the )?)+${TITLE}(?![\p{L}])`, 'iu'),
  new RegExp(String.raw`^${TITLE}$`, 'iu'),
  // "oh the professor has returned", "the queen has spoken", "the expert has arrived".
  new RegExp(String.raw`(?:\bthe (?:professor|expert|genius|queen|king|princess|prince|oracle|guru|legend|master\s?chef|great [\p{L}]+|boss man|prophet|authority|critic)|^(?:captain [\p{L}]+|${MOCK_MISTER}))(?: himself| herself)? (?:has|have|is|was) (?:returned|spoken|arrived|decided|graced|ruled|awoken|risen|back|here|requested)\b`, 'iu'),
  /\b(?:your|her|his) (?:majesty|highness|lordship)\b/iu,
  // Mock announcements: "somebody call the news", "alert the press", "should I frame it", "do you want a medal".
  /\b(?:(?:some|every|any)(?:body|one) call (?:the|his|her|your) [\p{L}]+|call the (?:news|press|papers)|alert the (?:press|media|news|authorities)|stop the press(?:es)?|hold the front page|history (?:has been|was|is being) made|(?:should|shall) i frame (?:it|this)|(?:throw|give|get) (?:you|him|her|them) a (?:parade|party|medal|trophy|prize|cookie|gold star|sticker)|do (?:you|u) want a (?:medal|cookie|trophy|prize|sticker|parade|round of applause)|we are (?:blessed|not worthy|honou?red)|all hail|round of applause)\b/iu,
  // A mock prize offered for what should be ordinary: "want a medal?", "you want a trophy?", "should I throw a party?".
  new RegExp(String.raw`^(?:(?:do |d'?)?(?:you|u|ya) )?want a ${PRIZE}|^(?:should|shall) (?:i|we) (?:throw|get|give|buy|bake|make) (?:you |u |him |her |them )?a ${PRIZE}|^(?:some(?:one|body)) (?:get|give) (?:you|him|her|them|this (?:man|woman|guy|girl)) a ${PRIZE}`, 'iu'),
];

// Mock praise and sarcastic certainty: a taunt in a draft that laughs or mocks, kind words anywhere else.
const PRAISES = /^(?:congratulations|congrats|well done|good job|great job|nice job|bravo|so brave)\b/iu;
// Praise said alone beside a taunt: "cute", "how sweet", "that's precious".
const PRAISE_ALONE = /^(?:how |so |that'?s |thats |very )?(?:cute|sweet|adorable|precious|iconic|impressive|charming|brave|lovely)$/iu;
// Certainty that means the reverse beside a laugh: "I'm sure the abs are right around the corner".
const SURE = /^(?:(?:i'?m|i am) sure|i bet|surely)\b/iu;
// "he thinks one bunch of flowers makes up for it", "someone learned a new word today": the reader told of as someone
// else, in a draft that mocks; never a fact of its own.
const TOLD_OF = /^(?:(?:he|she|they|someone|somebody|sweetie|the \p{L}+) (?:really |actually |still |honestly )*(?:thinks?|believes?|reckons?)\b|(?:someone|somebody)\b)/iu;
// "you think people come for you", "u still think he's gonna change": a belief of the reader's laughed at.
const BELIEF = /^(?:and |so )?(?:you|u|ur|you're)\s+(?:really |actually |still |honestly |seriously |genuinely )*(?:think|thought|believe|believed|reckon|reckoned|expect|expected)\b/iu;

/** "I'm sure the forum knows more than my actual doctor" -> "I trust my doctor more than the forum on this". */
const KNOWS_MORE = /^(?:(?:i'?m|i am) sure|sure|clearly|obviously|of course) ((?:the|a|an|some|that|this|your|ur|his|her) [\p{L} -]{2,40}?) (?:knows?|knew|understands?) (?:so |way |a lot |far |much )?(?:more|better)(?: about [^,]{2,40}?)? than ((?:my|your|ur|the|a|an|our) [\p{L} -]{2,40})$/iu;

function plainView(piece: string): string | null {
  const m = KNOWS_MORE.exec(piece.trim());
  if (!m) return null;
  const plain = (phrase: string): string => phrase.replace(/\b(?:actual|real|literal|very own|own)\s+/gi, '').replace(/^(?:your|ur) /i, 'the ').replace(/^(?:a|an|some|that|this) /i, 'the ');
  return `I trust ${plain(m[2] as string)} more than ${plain(m[1] as string)} on this`;
}

/** How a draft mocks: with mock pity for a feeling of theirs ("aww, she's upset"), or with scorn for what they said or did. */
export type Mockery = 'pity' | 'scorn';

export interface Taunted {
  /** The draft with its taunts taken out; only the pieces `plain` keeps, and the writer's view under a sarcastic claim. */
  text: string;
  /** How the draft mocks, or null when it does not: a reply takes no word of its taunts. */
  mockery: Mockery | null;
  /** What the writer thinks, under a sarcastic claim: "I trust my doctor more than the internet forum on this". */
  view: string | null;
}

/** What the reading knows of a piece of the draft. */
export interface PieceReader {
  /** What plain point it states: what the reader did or the writer's own account ('deed'), what happened to a thing ('fact'). */
  plain: (piece: string) => 'deed' | 'fact' | null;
  /** It holds a name, number, time or date: never a taunt's alone, and never dropped but for a mocking shape. */
  detailed: (piece: string) => boolean;
  /** A word of warmth ("amazing", "proud", "lovely"): beside a mock title it teases ("congrats champ ... proud of u"). */
  warm: (word: string) => boolean;
}

/**
 * Reads a draft's taunts. A mocking draft keeps only its pieces that state a plain point or hold a detail; a draft
 * that does not mock is returned as it is. Praise, a "you think" or an "I'm sure" mocks only beside laughter or a
 * mocking shape, and never when it holds a detail ("lol you think I'm paying $200 for that").
 */
export function readTaunts(draft: string, { plain, detailed, warm: warmWord }: PieceReader): Taunted {
  const laughing = LAUGHING.test(draft);
  const pieces = draft
    .replace(/[\u2018\u2019]/g, "'")
    .split(PIECE_BREAK)
    .map((piece) => piece.replace(/[\u200d\ufe0f]/g, '').trim())
    .filter((piece) => /\p{L}/u.test(piece));
  const mocks = (piece: string): boolean => MOCKS.some((shape) => shape.test(piece));
  // Praise mocks where it opens the draft ("congrats on your first week at the gym 😂"), not as a closing "congrats".
  const sneers = (piece: string, at: number): boolean => ((PRAISES.test(piece) && at === 0) || PRAISE_ALONE.test(piece) || SURE.test(piece) || BELIEF.test(piece)) && !detailed(piece);
  const pities = (piece: string): boolean => PITY.test(piece);
  const taunts = (piece: string, at: number): boolean => mocks(piece) || pities(piece) || sneers(piece, at);
  // Warmth outside the taunts makes them teasing: "ooh the great chef has returned 😂 the curry was amazing though".
  const warm = WARM.test(draft) || pieces.some((piece, at) => !taunts(piece, at) && (piece.toLowerCase().match(/[\p{L}']+/gu) ?? []).some((word) => !THANKS.test(word) && warmWord(word)));
  const mocking = !warm && (pieces.some(mocks) || pieces.some(pities) || (laughing && pieces.some(sneers)));
  if (!mocking) return { text: draft, mockery: null, view: null };
  let view: string | null = null;
  const kept: string[] = [];
  const pitying = pieces.some((piece) => PITY.test(piece) || BABY_TALK.test(piece));
  // Pity put on for a hurt ("wah wah, your sister got a bigger present"): what happened to them is the hurt's cause.
  const hurtMocked = pitying && HURT.test(draft);
  for (const [at, piece] of pieces.entries()) {
    if (sneers(piece, at)) view ??= plainView(piece);
    // A taunt goes whole, with the reasons it mocks ("you think you're a chef because you watched one video").
    if (taunts(piece, at)) continue;
    // "... drive 40 minutes because you forgot your keys": a clause joined on with its own subject is read on its own.
    for (const clause of piece.split(/\s+(?:because|cause|cuz|but|and|so)\s+(?=(?:you|u|i|we|they|he|she)\b)/i)) {
      if (mocks(clause) || TOLD_OF.test(clause)) continue;
      const point = plain(clause);
      if (point === 'deed' || (point === 'fact' && !hurtMocked) || detailed(clause)) kept.push(clause);
    }
  }
  if (view) kept.push(view);
  return { text: kept.map((piece) => `${piece}.`).join(' '), mockery: pitying ? 'pity' : 'scorn', view };
}
