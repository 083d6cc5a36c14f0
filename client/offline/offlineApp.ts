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

/** Forgets the API's answers kept for offline use: they were one person's. */
export async function forgetKeptAnswers(): Promise<void> {
  if ('caches' in window) await caches.delete(API_CACHE)
}
