import type { LayoutBlock, LayoutPart, PrintLayoutResponse } from '../../shared/files/officeLayout'
import { paragraphNumber } from '../../shared/files/officeLayout'
import { useI18n } from '../i18n/I18nProvider'
import { ErrorNote } from '../pages/ErrorNote'
import { Link } from '../router'
import { useApi } from '../useApi'
import { versionQuery } from './DocumentFiles'
import './print.css'

function Block({ block, chinese }: { block: LayoutBlock; chinese: boolean }) {
  switch (block.type) {
    case 'title':
      return <h2 className="print-title">{block.text}</h2>
    case 'heading':
      return <h3 className="print-heading">{block.text}</h3>
    case 'lead':
      return <p className="print-lead">{block.text}</p>
    case 'claim':
      return (
        <p className="print-claim">
          <span className="print-number">{block.number}.</span> {block.text}
        </p>
      )
    case 'listed-claim':
      return (
        <p className="print-claim">
          <span className="print-number">{block.label}</span>{' '}
          {block.runs.map((run, index) =>
            run.type === 'insert' ? <ins key={index}>{run.text}</ins> : run.type === 'delete' && !run.brackets ? <del key={index}>{run.text}</del> : <span key={index}>{run.text}</span>,
          )}
        </p>
      )
    case 'paragraph':
      return block.number === null ? (
        <p className={chinese ? 'print-paragraph indented' : 'print-paragraph'}>{block.text}</p>
      ) : (
        <p className="print-paragraph">
          <span className="print-number">{paragraphNumber(block.number)}</span> {block.text}
        </p>
      )
    case 'field':
      return (
        <p className="print-field">
          <strong>
            {block.label}
            {chinese ? '：' : ': '}
          </strong>
          {block.text}
        </p>
      )
    case 'signature-line':
      return (
        <p className="print-signature">
          {block.label}
          {chinese ? '：' : ': '}
          <span className="print-signature-rule" />
        </p>
      )
  }
}

function Part({ part, chinese, stampLine }: { part: LayoutPart; chinese: boolean; stampLine: string | null }) {
  return (
    <section className="print-part" data-part={part.role} aria-label={part.name}>
      <p className="print-running-head">{part.name}</p>
      {part.heading && <h2 className="print-part-heading">{part.heading}</h2>}
      {part.blocks.map((block, index) => (
        <Block key={index} block={block} chinese={chinese} />
      ))}
      {stampLine !== null && <p className="print-stamp">{stampLine}</p>}
    </section>
  )
}

/**
 * The print view: the document (the chosen version) in its office's layout, for the browser's
 * print → PDF. Each part starts on a new page; the version and its hash stand under each part,
 * except in the copy to file.
 */
export function PrintPage({ documentId, version, forFiling }: { documentId: string; version: string; forFiling: boolean }) {
  const { t } = useI18n()
  const { data, error } = useApi<PrintLayoutResponse>(`/api/documents/${encodeURIComponent(documentId)}/layout${versionQuery(version)}`)
  if (error) return <ErrorNote error={error} />
  const { layout } = data ?? {}
  return (
    <section className="print-view" aria-labelledby="print-view-title">
      <div className="print-toolbar">
        <Link to={`/documents/${encodeURIComponent(documentId)}`}>← {t('print.back')}</Link>
        <button type="button" onClick={() => window.print()} disabled={!data}>
          {t('print.print')}
        </button>
        <span className="muted small">{t('print.hint')}</span>
      </div>
      <h1 id="print-view-title" className="sr-only" translate="no">
        {layout?.title ?? ''}
      </h1>
      {!data || !layout ? (
        <p role="status">{t('print.loading')}</p>
      ) : (
        <article className={`print-document office-${layout.jurisdiction}`} lang={layout.locale} translate="no" data-testid="print-document">
          {layout.parts.map((part, index) => (
            <Part key={index} part={part} chinese={layout.locale === 'zh-CN'} stampLine={forFiling ? null : data.stampLine} />
          ))}
        </article>
      )}
    </section>
  )
}
