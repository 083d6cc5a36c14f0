import { useEffect } from 'react'
import type { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import { useApi } from '../useApi'
import { onReviewChanged } from './reviewChannel'

/** How long typing pauses before parts that follow the text (checklist, approvals) are fetched again. */
const TEXT_SETTLE_MS = 600

/**
 * A review resource of a document, fetched again when the server announces its topic, when the
 * socket reconnects (notices may have been missed), and — with `followText` — when the text
 * settles after an edit, for parts computed from the text.
 */
export function useReviewResource<T>(
  path: string,
  provider: WebsocketProvider,
  topics: readonly string[],
  followText?: Y.Doc,
): { data: T | null; error: Error | null; reload: () => void } {
  const resource = useApi<T>(path)
  const { reload } = resource
  const topicKey = topics.join(',')
  useEffect(() => {
    const off = onReviewChanged(provider, (topic) => topicKey.split(',').includes(topic) && reload())
    const onStatus = ({ status }: { status: string }) => status === 'connected' && reload()
    provider.on('status', onStatus)
    let timer: ReturnType<typeof setTimeout> | undefined
    const onUpdate = () => {
      clearTimeout(timer)
      timer = setTimeout(reload, TEXT_SETTLE_MS)
    }
    followText?.on('update', onUpdate)
    return () => {
      off()
      provider.off('status', onStatus)
      followText?.off('update', onUpdate)
      clearTimeout(timer)
    }
  }, [provider, topicKey, reload, followText])
  return resource
}
