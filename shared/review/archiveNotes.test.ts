import { describe, expect, it } from 'vitest'
import { gradeInNote, gradeNote, noteFor, OVERRIDDEN_LINE } from './archiveNotes'

describe('archive notes in the reader’s language', () => {
  it('shows a reader the overridden checks in their language, and the lead’s reason as written', () => {
    const note = ['第一稿可以接受', `${OVERRIDDEN_LINE['zh-CN']}2 条错误级检查结果尚未处理`, `${OVERRIDDEN_LINE.en}2 error findings not dismissed`].join('\n')
    expect(noteFor(note, 'zh-CN')).toBe('第一稿可以接受\n未通过而批准：2 条错误级检查结果尚未处理')
    expect(noteFor(note, 'en')).toBe('第一稿可以接受\nApproved despite: 2 error findings not dismissed')
  })

  it('reads the grade back from a granted matter’s note, and nothing from any other note', () => {
    expect(gradeInNote(gradeNote('B'))).toBe('B')
    expect(gradeInNote('grade Z')).toBeNull()
    expect(gradeInNote('第一稿可以接受')).toBeNull()
  })
})
