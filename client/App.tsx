import { lazy, Suspense, useEffect } from 'react'
import { useI18n } from './i18n/I18nProvider'
import { LOCALES } from './i18n/messages'
import { countPendingChanges } from './localCopies'
import { navigate, useRoute, Link } from './router'
import { useSession } from './session'
import { LoginPage } from './pages/LoginPage'
import { MattersPage } from './pages/MattersPage'
import { SetupPage } from './workspace/SetupPage'
import { ChoosePasswordPage } from './pages/ChoosePasswordPage'
import { canInWorkspace } from '../shared/domain/policy'
import { DocumentSkeleton, PageSkeleton } from './pages/Skeleton'
import { useKeptChangesSender } from './useKeptChangesSender'

// The editor (Tiptap, Yjs, the checker) loads only when a document is opened.
const DocumentPage = lazy(() => import('./pages/DocumentPage').then((module) => ({ default: module.DocumentPage })))
const PrintPage = lazy(() => import('./files/PrintPage').then((module) => ({ default: module.PrintPage })))
// The pages behind the sign-in and the matters list load when first opened: the sign-in page's
// script (budgeted in browser.transfer.test.ts) carries neither their code nor the review's.
const MatterPage = lazy(() => import('./pages/MatterPage').then((module) => ({ default: module.MatterPage })))
const DashboardPage = lazy(() => import('./review/DashboardPage').then((module) => ({ default: module.DashboardPage })))
const TemplatesPage = lazy(() => import('./review/TemplatesPage').then((module) => ({ default: module.TemplatesPage })))
const MembersPage = lazy(() => import('./workspace/MembersPage').then((module) => ({ default: module.MembersPage })))

const MAIN_ID = 'main'

export function App() {
  const route = useRoute()
  const { me, loading, signOut } = useSession()
  const { t, plural, locale, setLocale } = useI18n()

  useKeptChangesSender(me?.user.id ?? null, route.page === 'document' ? route.documentId : null)
  useEffect(() => {
    if (!loading && !me && route.page !== 'login' && route.page !== 'setup') navigate(`/login?next=${encodeURIComponent(location.pathname)}`)
  }, [loading, me, route.page])

  const onSignOut = () => {
    const pending = me ? countPendingChanges(me.user.id) : 0
    if (pending > 0 && !window.confirm(plural('signOut.unsaved', pending))) return
    void signOut().then(() => navigate('/login'))
  }
  // One person may hold different roles in different workspaces; the header names the first.
  const role = me?.workspaces[0]?.role
  // Until a handed-over password is replaced, every page is the one that replaces it.
  const navigable = me?.user.passwordHandedOver ? null : me

  return (
    <div className="app">
      <a className="skip-link" href={`#${MAIN_ID}`}>
        {t('nav.skipToContent')}
      </a>
      <header className="topbar">
        <Link to="/" className="brand" translate="no">
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.matters')} className="topnav">
          {navigable && <Link to="/">{t('nav.matters')}</Link>}
          {navigable?.workspaces.some((w) => canInWorkspace(w.role, 'dashboard.read')) && <Link to="/dashboard">{t('nav.dashboard')}</Link>}
          {navigable?.workspaces
            .filter((w) => canInWorkspace(w.role, 'checklist.editTemplates'))
            .map((w) => (
              <Link key={w.id} to={`/workspaces/${w.id}/checklists`}>
                {t('nav.templates')}
              </Link>
            ))}
          {navigable?.workspaces.map((w) => (
            <Link key={w.id} to={`/workspaces/${w.id}/members`}>
              {t('nav.members')}
            </Link>
          ))}
        </nav>
        <span className="spacer" />
        <select className="language" value={locale} onChange={(e) => setLocale(e.target.value as typeof locale)} aria-label={t('nav.language')}>
          {LOCALES.map((l) => (
            <option key={l.locale} value={l.locale} lang={l.locale} translate="no">
              {l.label}
            </option>
          ))}
        </select>
        {me && (
          <>
            <span className="who">
              <span translate="no">{me.user.name}</span>
              {role && <span className="role"> · {t(`role.${role}`)}</span>}
            </span>
            <button type="button" className="link" onClick={onSignOut}>
              {t('nav.signOut')}
            </button>
          </>
        )}
      </header>
      <main id={MAIN_ID} tabIndex={-1}>
        {loading ? (
          <PageSkeleton />
        ) : route.page === 'setup' && !me ? (
          <SetupPage />
        ) : route.page === 'login' || !me ? (
          <LoginPage />
        ) : me.user.passwordHandedOver ? (
          <ChoosePasswordPage />
        ) : route.page === 'dashboard' ? (
          <Suspense fallback={<PageSkeleton />}>
            <DashboardPage />
          </Suspense>
        ) : route.page === 'templates' ? (
          <Suspense fallback={<PageSkeleton />}>
            <TemplatesPage workspaceId={route.workspaceId} />
          </Suspense>
        ) : route.page === 'members' ? (
          <Suspense fallback={<PageSkeleton />}>
            <MembersPage workspaceId={route.workspaceId} />
          </Suspense>
        ) : route.page === 'matter' ? (
          <Suspense fallback={<PageSkeleton />}>
            <MatterPage matterId={route.matterId} />
          </Suspense>
        ) : route.page === 'print' ? (
          <Suspense fallback={<PageSkeleton />}>
            <PrintPage documentId={route.documentId} version={route.version} forFiling={route.forFiling} />
          </Suspense>
        ) : route.page === 'document' ? (
          <Suspense fallback={<DocumentSkeleton />}>
            <DocumentPage documentId={route.documentId} />
          </Suspense>
        ) : (
          <MattersPage />
        )}
      </main>
    </div>
  )
}
