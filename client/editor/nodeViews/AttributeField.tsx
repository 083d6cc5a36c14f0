import { useEffect, useRef, useState } from 'react'

interface Props {
  label: string
  value: string
  readOnly: boolean
  onChange: (value: string) => void
  multiline?: boolean
  size?: number
  testId?: string
  /** The label is read out but not shown (inside a table whose headings say it). */
  labelHidden?: boolean
  placeholder?: string
}

/**
 * A node attribute as a form field. It keeps its own text while it has focus: the node view
 * re-renders after each change, and a field re-set from the node on every keystroke would throw
 * the caret to the end. Someone else's change shows as soon as the field is left.
 */
export function AttributeField({ label, value, readOnly, onChange, multiline, size, testId, labelHidden, placeholder }: Props) {
  const [text, setText] = useState(value)
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null)
  useEffect(() => {
    if (document.activeElement !== field.current) setText(value)
  }, [value])
  const props = {
    ref: field,
    value: text,
    disabled: readOnly,
    'data-testid': testId,
    placeholder,
    onChange: (e: { target: { value: string } }) => {
      setText(e.target.value)
      onChange(e.target.value)
    },
    onBlur: () => setText(value),
  }
  return (
    <label>
      {labelHidden ? <span className="sr-only">{label}</span> : label}
      {multiline ? <textarea rows={2} {...props} /> : <input size={size} {...props} />}
    </label>
  )
}
