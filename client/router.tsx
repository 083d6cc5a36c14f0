import { useEffect, useState, type MouseEvent, type ReactNode } from 'react'
import { confirmLeave } from './leaveGuard'

/** The client's routes; paths are also what the server answers with index.html. */
export type Route =
  | { page: 'login' }
  /** The first run of a server without any account. */
  | { page: 'setup' }
  | { page: 'matters' }
  | { page: 'matter'; matterId: string }
  | { page: 'document'; documentId: string }
  /** A document laid out for print; `version` is empty for the default (the approved version); `forFiling` leaves our version line out. */
  | { page: 'print'; documentId: string; version: string; forFiling: boolean }
  | { page: 'dashboard' }
  | { page: 'templates'; workspaceId: string }
  | { page: 'members'; workspaceId: string }

export function parseRoute(pathname: string, search = ''): Route {
  const print = /^\/documents\/([^/]+)\/print\/?$/.exec(pathname)
  if (print) {
    const query = new URLSearchParams(search)
    return { page: 'print', documentId: decodeURIComponent(print[1]!), version: query.get('version') ?? '', forFiling: query.get('footer') === '0' }
  }
  const matter = /^\/matters\/([^/]+)\/?$/.exec(pathname)
  if (matter) return { page: 'matter', matterId: decodeURIComponent(matter[1]!) }
  const document = /^\/documents\/([^/]+)\/?$/.exec(pathname)
  if (document) return { page: 'document', documentId: decodeURIComponent(document[1]!) }
  if (pathname === '/login') return { page: 'login' }
  if (pathname === '/setup') return { page: 'setup' }
  if (pathname === '/dashboard') return { page: 'dashboard' }
  const templates = /^\/workspaces\/([^/]+)\/checklists\/?$/.exec(pathname)
  if (templates) return { page: 'templates', workspaceId: decodeURIComponent(templates[1]!) }
  const members = /^\/workspaces\/([^/]+)\/members\/?$/.exec(pathname)
  if (members) return { page: 'members', workspaceId: decodeURIComponent(members[1]!) }
  return { page: 'matters' }
}

/** Changes the route; a page holding work not yet on the server is asked first (leaveGuard). */
export function navigate(path: string): void {
  if (!confirmLeave()) return
  history.pushState(null, '', path)
  window.dispatchEvent(new PopStateEvent('popstate'))
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.pathname, location.search))
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.pathname, location.search))
    window.addEventListener('popstate', onChange)
    return () => window.removeEventListener('popstate', onChange)
  }, [])
  return route
}

/** A link that changes the route without reloading the page. */
export function Link({ to, children, className, translate }: { to: string; children: ReactNode; className?: string; translate?: 'no' }) {
  const onClick = (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return
    event.preventDefault()
    navigate(to)
  }
  return (
    <a href={to} onClick={onClick} className={className} translate={translate}>
      {children}
    </a>
  )
}
