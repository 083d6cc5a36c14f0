// wink-lexicon ships no types; its lexicon module maps a lower-cased word to its Penn Treebank tags.
declare module 'wink-lexicon/src/lexicon.js' {
  const lexicon: Readonly<Record<string, readonly string[]>>
  export default lexicon
}
