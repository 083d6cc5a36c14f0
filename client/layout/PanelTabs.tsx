import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { useI18n } from '../i18n/I18nProvider'

/** One panel beside a page's main content: presence, claim tree, findings — and whatever joins them. */
export interface SidePanel {
  id: string
  title: string
  /** Shown in the tab, so what a panel holds is visible while another is open. */
  count?: number
  content: ReactNode
}

/** Phones start with the panels folded above the text; wide screens with them open beside it. */
const NARROW_SCREEN = '(max-width: 900px)'

/**
 * The panels as tabs (WAI-ARIA tabs pattern: arrow keys move between tabs, Tab enters the open
 * panel), foldable, sticky while the text scrolls. Every panel stays mounted when hidden, so
 * its state survives switching. A page adds a panel by adding an entry to `panels`.
 */
export function PanelTabs({ panels, initial, label }: { panels: SidePanel[]; initial?: string; label: string }) {
  const { t } = useI18n()
  const baseId = useId()
  const [selected, setSelected] = useState(() => initial ?? panels[0]?.id)
  const [expanded, setExpanded] = useState(() => !window.matchMedia(NARROW_SCREEN).matches)
  const tabs = useRef(new Map<string, HTMLButtonElement>())
  const active = panels.find((panel) => panel.id === selected) ?? panels[0]

  const select = (id: string) => {
    setSelected(id)
    setExpanded(true)
  }
  // A link on the page may open a panel by its id (`#versions`), as a link from elsewhere does on load.
  const panelIds = panels.map((panel) => panel.id).join(' ')
  useEffect(() => {
    const onHashChange = () => {
      const id = window.location.hash.slice(1)
      if (panelIds.split(' ').includes(id)) select(id)
    }
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [panelIds])
  const onKeyDown = (event: KeyboardEvent) => {
    const index = panels.findIndex((panel) => panel.id === active?.id)
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? (index + 1) % panels.length
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? (index - 1 + panels.length) % panels.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? panels.length - 1
              : null
    if (next === null) return
    event.preventDefault()
    const panel = panels[next]!
    select(panel.id)
    tabs.current.get(panel.id)?.focus()
  }

  return (
    <aside className={`panel-tabs${expanded ? '' : ' folded'}`} aria-label={label} data-testid="side-panels">
      <div className="panel-tab-bar">
        <div role="tablist" aria-label={label} className="panel-tab-list" onKeyDown={onKeyDown}>
          {panels.map((panel) => {
            const isActive = panel.id === active?.id
            return (
              <button
                key={panel.id}
                ref={(element) => {
                  if (element) tabs.current.set(panel.id, element)
                  else tabs.current.delete(panel.id)
                }}
                type="button"
                role="tab"
                id={`${baseId}-tab-${panel.id}`}
                aria-selected={isActive && expanded}
                aria-controls={`${baseId}-panel-${panel.id}`}
                tabIndex={isActive ? 0 : -1}
                className="panel-tab"
                data-panel={panel.id}
                onClick={() => select(panel.id)}
              >
                {panel.title}
                {/* A real space: read aloud as "Claim tree 10", not "Claim tree10". */}
                {panel.count !== undefined && ' '}
                {panel.count !== undefined && <span className="count">{panel.count}</span>}
              </button>
            )
          })}
        </div>
        <button
          type="button"
          className="panel-fold"
          aria-expanded={expanded}
          onClick={() => setExpanded((open) => !open)}
          title={expanded ? t('panels.collapse') : t('panels.expand')}
        >
          <span aria-hidden="true">{expanded ? '▴' : '▾'}</span>
          <span className="sr-only">{expanded ? t('panels.collapse') : t('panels.expand')}</span>
        </button>
      </div>
      {panels.map((panel) => (
        <section
          key={panel.id}
          role="tabpanel"
          id={`${baseId}-panel-${panel.id}`}
          aria-labelledby={`${baseId}-tab-${panel.id}`}
          hidden={!expanded || panel.id !== active?.id}
          className="panel-body"
          data-testid={`panel-${panel.id}`}
        >
          {panel.content}
        </section>
      ))}
    </aside>
  )
}
