import { describe, expect, it } from 'vitest'
import { withMention } from './withMention'

describe('withMention', () => {
  it('completes a name begun with @, or the whole name typed, instead of repeating it', () => {
    expect(withMention('请看@王', '王伟')).toBe('请看@王伟 ')
    expect(withMention('请看 @王伟', '王伟')).toBe('请看 @王伟 ')
    expect(withMention('@', 'Li Na')).toBe('@Li Na ')
  })

  it('adds the name after other text, with a space between', () => {
    expect(withMention('', '王伟')).toBe('@王伟 ')
    expect(withMention('请看', '王伟')).toBe('请看 @王伟 ')
    expect(withMention('请看 ', '王伟')).toBe('请看 @王伟 ')
    expect(withMention('cc @李娜 ', '王伟')).toBe('cc @李娜 @王伟 ')
    expect(withMention('邮件 a@b', '王伟')).toBe('邮件 a@b @王伟 ')
  })
})
