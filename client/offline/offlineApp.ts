/** The cache in which the service worker keeps the API's answers (serviceWorker.ts). */
const API_CACHE = 'claimroom-api'

/**
 * Installs the service worker that lets the app start without a network (serviceWorker.ts), once
 * the page has loaded, so that it never competes with the page's own first requests. Only a build
 * has one (`npm run dev` serves no /sw.js, and the registration fails quietly).
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return
  window.addEventListener('load', () => {
    // A browser that refuses (a private window, a policy) leaves an app that works online only.
    navigator.serviceWorker.register('/sw.js').catch(() => undefined)
  })
}

/**
 * Calls `then` when a service worker takes this page over. On a first visit it registers after the
 * page has loaded, so the page's first answers went past it and were not kept: asked again, they
 * are, and the app starts without a network from the next load on.
 */
export function whenServiceWorkerTakesOver(then: () => void): () => void {
  if (!('serviceWorker' in navigator)) return () => undefined
  navigator.serviceWorker.addEventListener('controllerchange', then)
  return () => navigator.serviceWorker.removeEventListener('controllerchange', then)
}

/** The message that tells the service worker to forget them too (serviceWorker.ts). */
const FORGET_ANSWERS = 'claimroom:forget-answers'
/** How long to wait for the service worker to confirm: a worker that does not answer is not running. */
const WORKER_ANSWER_MS = 2_000

/**
 * Forgets the API's answers kept for offline use: they were one person's. The service worker is
 * told as well, so that an answer still on its way (asked for before the sign-out) is not kept.
 */
export async function forgetKeptAnswers(): Promise<void> {
  if (!('caches' in window)) return
  await caches.delete(API_CACHE)
  const worker = navigator.serviceWorker?.controller
  if (!worker) return
  await new Promise<void>((resolve) => {
    const channel = new MessageChannel()
    const timer = setTimeout(resolve, WORKER_ANSWER_MS)
    channel.port1.onmessage = () => {
      clearTimeout(timer)
      resolve()
    }
    worker.postMessage(FORGET_ANSWERS, [channel.port2])
  })
}
