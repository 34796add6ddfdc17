// The English language module inside `sentiment`: AFINN-165 word scores, the base the scorer builds on.
declare module 'sentiment/languages/en/index.js' {
  const english: { labels: Record<string, number> };
  export default english;
}
