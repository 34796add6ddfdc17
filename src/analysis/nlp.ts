// The English tagger and conjugator the reply writer reads drafts with: compromise's tokenizer ("one") with the
// part-of-speech tagger and contractions of its "two" build, less its post-tagger (52 KB that pause.js cannot afford),
// put together in tagger-parts.js. The lexicon takes ~100-200 ms to unpack (in pause.js, to inflate first: see
// language-data.ts), so it is loaded on first need, after the pause is on screen.
import type nlpOne from 'compromise/one';
import { unpackLanguageData } from './language-data';

export type Nlp = typeof nlpOne;

let loaded: Nlp | undefined;
let loading: Promise<Nlp> | undefined;

/** Starts loading the tagger once; resolves when `language()` returns it. Never rejects. */
export function loadLanguage(): Promise<boolean> {
  loading ??= unpackLanguageData()
    .then(() => import('./tagger-parts.js'))
    .then(({ tokenizer: nlp, ...parts }) => {
      nlp.plugin(parts.preTagger);
      nlp.plugin(parts.contractions);
      // One small sentence while the pause breathes, so the first real draft does not pay the warm-up.
      nlp("you didn't send me the numbers").json();
      return (loaded = nlp);
    });
  return loading.then(
    () => true,
    () => false,
  );
}

/** The tagger, or undefined while it loads: the writer then reads the draft without it. */
export function language(): Nlp | undefined {
  return loaded;
}

export interface TaggedTerm {
  text: string;
  lower: string;
  tags: ReadonlySet<string>;
}

/** Terms of `text` with their part-of-speech tags; contractions expand to their parts ("didn't" -> did, not). */
export function tag(nlp: Nlp, text: string): TaggedTerm[] {
  const terms: TaggedTerm[] = [];
  for (const sentence of nlp(text).json() as { terms: { text: string; normal?: string; implicit?: string; tags: string[] }[] }[]) {
    let possessive = false;
    for (const [k, term] of sentence.terms.entries()) {
      // After "to" or "at", "Omar's leaving party" is Omar's party, never "Omar is leaving".
      if (possessive) {
        possessive = false;
        continue;
      }
      const before = terms[terms.length - 1];
      if (/'s$/i.test(term.text) && term.implicit && sentence.terms[k + 1]?.implicit === 'is' && before && (before.tags.has('Preposition') || before.lower === 'to')) {
        possessive = true;
        terms.push({ text: term.text, lower: term.text.toLowerCase(), tags: new Set([...term.tags, 'Possessive']) });
        continue;
      }
      const word = term.implicit || term.text || term.normal || '';
      if (!word) continue;
      terms.push({ text: word, lower: word.toLowerCase(), tags: new Set(term.tags) });
    }
  }
  return terms;
}

export interface Forms {
  infinitive: string;
  past: string;
  participle: string;
  gerund: string;
}

/** Every form of the verb `word` in any tense ("sent" -> send, sent, sent, sending); `base` when it is known to be one. */
export function verbForms(nlp: Nlp, word: string, base = false): Forms {
  const methods = nlp.methods() as unknown as {
    two: { transform: { verb: { toInfinitive(w: string, m: unknown, tense?: string): string; conjugate(w: string, m: unknown): Record<string, string | undefined> } } };
  };
  const { verb } = methods.two.transform;
  const model = nlp.model();
  const lower = word.toLowerCase();
  const tense = /ed$/.test(lower) ? 'PastTense' : /s$/.test(lower) && !/ss$/.test(lower) ? 'PresentTense' : undefined;
  let infinitive = base ? lower : verb.toInfinitive(lower, model, tense) || lower;
  // A word the tagger knows as past ("sent", "told") has no tense marker to go by; "feed" is no past of "fee".
  const guess = base ? undefined : verb.toInfinitive(lower, model, 'PastTense');
  const known = (candidate: string): boolean => nlp(candidate).has('#Verb');
  if (guess && guess !== lower && verb.conjugate(guess, model).PastTense === lower && known(guess)) infinitive = guess;
  // A participle ("bitten", "eaten") is no base either: "you've bitten" is past already, never "bittened".
  const participle = base || infinitive !== lower ? undefined : verb.toInfinitive(lower, model, 'Participle');
  if (participle && participle !== lower && verb.conjugate(participle, model).Participle === lower && known(participle)) infinitive = participle;
  const forms = verb.conjugate(infinitive, model);
  const past = forms.PastTense ?? `${infinitive}ed`;
  // The conjugator gives "ran" and "came" as participles: "the tests got ran" reads as a slip.
  const pastParticiple = /(?:^|over|be)(?:run|come)$/.test(infinitive) ? infinitive : (forms.Participle ?? past);
  return { infinitive, past, participle: pastParticiple, gerund: forms.Gerund ?? `${infinitive}ing` };
}
