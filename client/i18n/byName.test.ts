import { expect, it } from 'vitest'
import { byName } from './byName'

it('orders Chinese names by pinyin, then Latin ones alphabetically, the same for every reader', () => {
  const people = ['周杰', 'bob', '张伟', '安娜', 'Alice', '李雷'].map((name) => ({ name }))
  expect([...people].sort(byName).map((p) => p.name)).toEqual(['安娜', '李雷', '张伟', '周杰', 'Alice', 'bob'])
})
