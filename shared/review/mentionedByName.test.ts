import { describe, expect, it } from 'vitest'
import { mentionedByName } from './mentionedByName'

const team = [{ name: '王伟' }, { name: '王' }, { name: '李娜' }, { name: 'Li Na' }, { name: 'Ann' }]
const names = (text: string) => mentionedByName(text, team).map((p) => p.name)

describe('mentionedByName', () => {
  it('finds names typed after @, in Chinese and English, once each', () => {
    expect(names('@李娜 请看第3项')).toEqual(['李娜'])
    expect(names('请@李娜确认，cc @Li Na and @李娜')).toEqual(['李娜', 'Li Na'])
    expect(names('Thanks @Ann.')).toEqual(['Ann'])
  })

  it('takes the longest name after each @', () => {
    expect(names('@王伟请看')).toEqual(['王伟'])
    expect(names('@王 请看')).toEqual(['王'])
  })

  it('names nobody for an e-mail address, an @ alone or a name not on the team', () => {
    expect(names('发给 ann@example.com')).toEqual([])
    expect(names('@ 李娜')).toEqual([])
    expect(names('@张三 请看')).toEqual([])
  })
})
