import { describe, expect, it } from 'vitest'
import { EnglishDictionary } from './EnglishDictionary'

// The hash the claim reader computes while it scans a word: lower-cased characters.
function hashOf(word: string): number {
  let hash = 0
  for (const character of word.toLowerCase()) hash = (Math.imul(hash, 31) + character.charCodeAt(0)) | 0
  return hash
}

function idIn(dictionary: EnglishDictionary, text: string, start: number, end: number): number {
  return dictionary.idOf(text, start, end, hashOf(text.slice(start, end)))
}

describe('EnglishDictionary', () => {
  it('gives a word the same id in any case and wherever it is written', () => {
    const dictionary = new EnglishDictionary()
    const text = 'a Support member; the SUPPORT'
    const id = idIn(dictionary, text, 2, 9)
    expect(idIn(dictionary, text, 22, 29)).toBe(id)
    expect(dictionary.word(id)).toBe('support')
    expect(idIn(dictionary, text, 10, 16)).not.toBe(id)
  })

  it('keeps every word and its id while it grows past thousands of words', () => {
    const dictionary = new EnglishDictionary()
    const words = Array.from({ length: 6000 }, (_, index) => `Part${index}-member`)
    const ids = words.map((word) => idIn(dictionary, ` ${word} `, 1, word.length + 1))
    expect(new Set(ids).size).toBe(words.length)
    words.forEach((word, index) => {
      expect(idIn(dictionary, word, 0, word.length)).toBe(ids[index])
      expect(dictionary.word(ids[index]!)).toBe(word.toLowerCase())
    })
  })
})
