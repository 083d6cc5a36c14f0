// The service worker, built to /sw.js on its own (vite.config.ts, `serviceWorker`): it keeps the
// app on the device — its page and every file of its build — and the last answer of each of the
// API's GET requests, so that after a reload without a network the app starts, and a document
// whose copy the device keeps (localCopies.ts) opens and takes edits, which are sent once the
// network is back. With a network, the page and the API are always asked first. It imports
// nothing: a service worker script is one file.

/** Filled in at build: the build's id and every file of it, as paths. */
declare const __CLAIMROOM_BUILD__: { id: string; files: string[] }

// The service worker's own types (the "WebWorker" library cannot be loaded beside "DOM").
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request
  respondWith(response: Promise<Response>): void
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown
  readonly ports: readonly MessagePort[]
}
interface ServiceWorkerScope {
  readonly location: Location
  skipWaiting(): Promise<void>
  readonly clients: { claim(): Promise<void> }
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void
}

const scope = self as unknown as ServiceWorkerScope
const BUILD = __CLAIMROOM_BUILD__
const APP_CACHE_PREFIX = 'claimroom-app-'
const APP_CACHE = `${APP_CACHE_PREFIX}${BUILD.id}`
/** The page names it too, to forget the answers when someone signs in or out (offlineApp.ts). */
const API_CACHE = 'claimroom-api'
/** The page's message (offlineApp.ts) when someone signs in or out: the answers kept were another person's. */
const FORGET_ANSWERS = 'claimroom:forget-answers'
/** Answers the sign-in page reads before anyone signs in: nobody's data, never kept (signing out leaves nothing). */
const PUBLIC_ANSWERS: ReadonlySet<string> = new Set(['/api/setup'])
const BUILD_FILES = new Set(BUILD.files)

scope.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(APP_CACHE)
      .then((cache) => cache.addAll(BUILD.files))
      .then(() => scope.skipWaiting()),
  )
})

scope.addEventListener('activate', (event) => {
  // The files of earlier builds are no longer asked for: their names carry other hashes.
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(APP_CACHE_PREFIX) && name !== APP_CACHE).map((name) => caches.delete(name))))
      .then(() => scope.clients.claim()),
  )
})

/**
 * Counts the times the page forgot the kept answers. An answer to a request made before the
 * latest sign-out arrives after it (a document's findings asked for just before): it is not kept,
 * or the next person at this browser would find the last one's text on the device.
 */
let answersForgotten = 0

scope.addEventListener('message', (event) => {
  if (event.data !== FORGET_ANSWERS) return
  answersForgotten++
  // Also what was kept between the page's own deletion and this message.
  event.waitUntil(caches.delete(API_CACHE).then(() => event.ports[0]?.postMessage(FORGET_ANSWERS)))
})

scope.addEventListener('fetch', (event) => {
  const { request } = event
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== scope.location.origin) return
  if (request.mode === 'navigate') {
    // Every path of the app is its one page, which names the build's current files.
    event.respondWith(fetch(request).catch(() => cached(APP_CACHE, '/index.html', request)))
  } else if (BUILD_FILES.has(url.pathname)) {
    event.respondWith(caches.match(request, { cacheName: APP_CACHE }).then((hit) => hit ?? fetch(request)))
  } else if (url.pathname.startsWith('/api/') && !PUBLIC_ANSWERS.has(url.pathname)) {
    event.respondWith(networkFirst(event, request))
  }
})

async function cached(cacheName: string, key: string, request: Request): Promise<Response> {
  const hit = await caches.match(key, { cacheName })
  // Without a copy, the request fails as it would have without this worker.
  return hit ?? fetch(request)
}

/** The network's answer, kept when it is JSON; without a network, the answer kept last. */
async function networkFirst(event: FetchEvent, request: Request): Promise<Response> {
  const asked = answersForgotten
  try {
    const response = await fetch(request)
    if (response.ok && response.headers.get('Content-Type')?.startsWith('application/json')) {
      const copy = response.clone()
      event.waitUntil(
        caches.open(API_CACHE).then(async (cache) => {
          // Forgotten while the answer was on its way: opening the cache made it again.
          if (asked === answersForgotten) await cache.put(request, copy)
          else await caches.delete(API_CACHE)
        }),
      )
    } else if (response.status === 403 || response.status === 404) {
      event.waitUntil(forgetAnswersUnder(new URL(request.url).pathname))
    }
    return response
  } catch (error) {
    const hit = await caches.match(request, { cacheName: API_CACHE })
    if (hit) return hit
    throw error
  }
}

/**
 * A document or matter the user may no longer open (taken off its team, or deleted): every
 * answer kept about it goes, so that none of its text stays on the device.
 */
async function forgetAnswersUnder(pathname: string): Promise<void> {
  // Only the document or matter itself answers for it: a missing version of it says nothing of it.
  const owner = /^\/api\/(documents|matters)\/[^/]+$/.exec(pathname)?.[0]
  if (!owner) return
  const cache = await caches.open(API_CACHE)
  const requests = await cache.keys()
  await Promise.all(
    requests.filter((kept) => {
      const path = new URL(kept.url).pathname
      return path === owner || path.startsWith(`${owner}/`)
    }).map((kept) => cache.delete(kept)),
  )
}
