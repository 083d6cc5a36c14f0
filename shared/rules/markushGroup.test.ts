import { describe, expect, it } from 'vitest'
import { markushMembers } from './markushGroup'

/** The members of the group after `head` in `text`. */
function membersAfter(text: string, head: string): string[] {
  return markushMembers(text, text.indexOf(head) + head.length)
}

describe('markushMembers', () => {
  it('reads the members of "selected from the group consisting of A, B, and C" up to the end of the clause', () => {
    const text = 'wherein the housing is formed of a material selected from the group consisting of aluminum, magnesium, and carbon fiber composite; and a blade.'
    expect(membersAfter(text, 'a material')).toEqual(['aluminum', 'magnesium', 'carbon fiber composite'])
  })

  it('reads a list without a serial comma, a pair, and leaves out "combinations thereof"', () => {
    expect(membersAfter('using a tool selected from a hex key, a screwdriver or a thumb wheel.', 'a tool')).toEqual(['a hex key', 'a screwdriver', 'a thumb wheel'])
    expect(membersAfter('a metal chosen from among iron and nickel.', 'a metal')).toEqual(['iron', 'nickel'])
    expect(membersAfter('a salt selected from the group consisting of NaCl, KCl, and combinations thereof.', 'a salt')).toEqual(['NaCl', 'KCl'])
  })

  it('finds no group after a term that heads none, or a list that does not close with "and" / "or"', () => {
    expect(membersAfter('a material having a density of 1.5 g/cm3, aluminum, magnesium and tin.', 'a material')).toEqual([])
    expect(membersAfter('a material selected from the group consisting of aluminum, magnesium.', 'a material')).toEqual([])
  })
})
