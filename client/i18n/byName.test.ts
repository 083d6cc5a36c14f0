import { expect, it } from 'vitest'
import { byName } from './byName'

it('orders Chinese names by pinyin and English ones alphabetically', () => {
  const people = ['周杰', '张伟', '安娜', '李雷'].map((name) => ({ name }))
  expect([...people].sort(byName('zh-CN')).map((p) => p.name)).toEqual(['安娜', '李雷', '张伟', '周杰'])
  expect([{ name: 'bob' }, { name: 'Alice' }].sort(byName('en')).map((p) => p.name)).toEqual(['Alice', 'bob'])
})
