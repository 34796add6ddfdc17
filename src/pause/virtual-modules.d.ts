/** compromise's lexicon and inflection models as the pause build packs them (scripts/build-plugins.mjs). */
declare module 'attune:packed-language' {
  /** The data's JSON deflated (raw, `bytes` long), in Z85 padded to a multiple of four bytes. */
  export interface PackedLanguage {
    bytes: number;
    z85: string;
  }
  const packed: PackedLanguage;
  export default packed;
}
