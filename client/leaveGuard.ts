import { useEffect } from 'react'

/** Questions to ask before the page is left, one per component that holds work not yet on the server. */
const questions = new Set<string>()

/** Asks whether to leave when some component holds unsaved work; true when nothing holds any, or the user agrees. */
export function confirmLeave(): boolean {
  const [question] = questions
  return question === undefined || window.confirm(question)
}

/**
 * While `question` is set, leaving asks first: closing or reloading the tab through the
 * browser's own dialog (which shows no text of ours), a link inside the app with `question`.
 */
export function useLeaveGuard(question: string | null): void {
  useEffect(() => {
    if (question === null) return
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault()
    questions.add(question)
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => {
      questions.delete(question)
      window.removeEventListener('beforeunload', onBeforeUnload)
    }
  }, [question])
}
