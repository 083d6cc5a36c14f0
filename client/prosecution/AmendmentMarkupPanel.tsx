import { useState } from 'react'
import type { AmendmentMarkupResponse } from '../../shared/amendment/amendmentApi'
import { CLAIM_IDENTIFIER_LABELS, type MarkedClaim, type MarkupRun } from '../../shared/amendment/amendmentMarkup'
import { api, ApiRequestError } from '../api'
import { fetchFile, saveFile } from '../files/transfer'
import { useI18n } from '../i18n/I18nProvider'
import { ErrorNote } from '../pages/ErrorNote'
import { shortHash } from './versionLabel'

/** A marked run as the page shows it: <ins> underlined, <del> struck through, a US "[[…]]" deletion as written. */
function Run({ run }: { run: MarkupRun }) {
  if (run.type === 'insert') return <ins>{run.text}</ins>
  if (run.type === 'delete') return run.brackets ? <span className="markup-brackets">{run.text}</span> : <del>{run.text}</del>
  return <>{run.text}</>
}

function MarkedClaimItem({ claim }: { claim: MarkedClaim }) {
  const { locale } = useI18n()
  return (
    <li data-testid="marked-claim" data-status={claim.status} data-identifier={claim.identifier ?? undefined} translate="no">
      {claim.numberRuns.map((run, i) => (
        <Run key={`n${i}`} run={run} />
      ))}
      .
      {claim.identifier && (
        // The identifier is part of the filed text, so it stays in English; the reader's language is in the tooltip.
        <span className="markup-identifier" title={CLAIM_IDENTIFIER_LABELS[claim.identifier][locale]}>
          {' '}({CLAIM_IDENTIFIER_LABELS[claim.identifier].en})
        </span>
      )}{' '}
      {claim.runs.map((run, i) => (
        <Run key={i} run={run} />
      ))}
    </li>
  )
}

/**
 * The reply's marked-up amendment for its office — CN 修改对照页, US claim listing, EP marked-up
 * copy — against the claims it started from, the versions compared, the added matter found, and
 * the DOCX to file. Made on request: the reply changes with every keystroke.
 */
export function AmendmentMarkupPanel({ documentId }: { documentId: string }) {
  const { t, rich, locale } = useI18n()
  const base = `/api/documents/${encodeURIComponent(documentId)}/amendment-markup`
  const [markup, setMarkup] = useState<AmendmentMarkupResponse | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const [forFiling, setForFiling] = useState(false)

  const attempt = async (action: () => Promise<void>) => {
    setFailure(null)
    setBusy(true)
    try {
      await action()
    } catch (error) {
      setFailure(error)
    } finally {
      setBusy(false)
    }
  }
  const show = () => attempt(async () => setMarkup(await api<AmendmentMarkupResponse>(base)))
  // Fetched rather than linked, so that a reply with nothing to compare says why instead of saving an error as a file.
  const download = () =>
    attempt(async () => {
      // The server names the file by matter, reply and pages (Content-Disposition).
      const { blob, fileName } = await fetchFile(`${base}.docx${forFiling ? '?footer=0' : ''}`, 'amendment-markup.docx', () => undefined)
      saveFile(blob, fileName)
    })

  return (
    <div className="amendment-markup" data-testid="amendment-markup">
      <p className="muted small">{t('markup.about')}</p>
      <div className="markup-actions">
        <button type="button" onClick={() => void show()} disabled={busy} data-testid="markup-show">
          {markup ? t('markup.refresh') : t('markup.show')}
        </button>
        <button type="button" onClick={() => void download()} disabled={busy} data-testid="markup-docx">
          {/* A file format keeps its name in every language. */}
          {t('markup.download')} <span translate="no">DOCX</span>
        </button>
        <label className="small">
          <input type="checkbox" name="markup-for-filing" checked={forFiling} onChange={(e) => setForFiling(e.target.checked)} /> {t('files.forFiling')}
        </label>
      </div>
      {failure instanceof ApiRequestError && failure.code === 'nothing_to_compare' ? (
        <p className="error" role="alert">
          {t('markup.nothingToCompare')}
        </p>
      ) : (
        failure !== null && <ErrorNote error={failure} />
      )}
      {markup && (
        <>
          <h3>{t(`markup.layout.${markup.markup.layout}`)}</h3>
          <dl className="markup-versions small">
            <dt>{t('markup.filed')}</dt>
            <dd translate="no">{markup.filed ? `${markup.filed.documentTitle} · ${markup.filed.name} · ${shortHash(markup.filed.versionHash)}` : t('markup.noFiled')}</dd>
            <dt>{t('markup.examined')}</dt>
            <dd translate="no">{markup.examined.source}</dd>
            <dt>{t('markup.reply')}</dt>
            <dd translate="no">{`${markup.reply.version?.name ?? t('versions.current')} · ${shortHash(markup.reply.versionHash)}`}</dd>
          </dl>
          <ol className="marked-claims">
            {markup.markup.claims.map((claim, index) => (
              <MarkedClaimItem key={index} claim={claim} />
            ))}
          </ol>
          <h3>{t('markup.addedMatter')}</h3>
          {markup.checkedAgainst === null ? (
            <p className="muted small">{t('markup.notChecked')}</p>
          ) : markup.findings.length === 0 ? (
            <p className="muted small" data-testid="added-matter-none">
              {t('markup.noAddedMatter')}
            </p>
          ) : (
            <ul className="markup-findings">
              {markup.findings.map((finding, index) => (
                <li key={index} data-testid="added-matter" data-severity={finding.severity}>
                  {finding.claim !== null && <strong>{t('findings.claim', { number: finding.claim })} </strong>}
                  {/* In the language the page is in, which need not be the browser's. */}
                  {finding.messages[locale]}
                  {finding.hint && (
                    <span className="muted small">
                      {' '}
                      {rich('label.value', { label: t('markup.nearest'), value: <q translate="no">{finding.hint}</q> })}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  )
}
