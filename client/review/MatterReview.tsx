import { useState } from 'react'
import type { MatterDetail } from '../../shared/domain/api'
import { MatterTeam } from './MatterTeam'
import { MatterTimeline } from './MatterTimeline'
import { MatterWorkflow } from './MatterWorkflow'
import './review.css'

/** The review half of the matter page: workflow, team and the process archive. */
export function MatterReview({ matter, onChanged, followed }: { matter: MatterDetail; onChanged(): void; followed: number }) {
  // Every change here adds to the archive, as others' do (`followed` counts the page's re-reads): the timeline reads it again.
  const [version, setVersion] = useState(0)
  const changed = () => {
    setVersion((v) => v + 1)
    onChanged()
  }
  return (
    <>
      {/* Its fields start from the application data: recorded meanwhile (here or by someone else), they start again from it. */}
      <MatterWorkflow key={`${matter.applicationNumber}|${matter.filingDate}`} matter={matter} onChanged={changed} />
      <MatterTeam matterId={matter.id} canManage={matter.permissions.includes('matter.manageTeam')} onChanged={changed} />
      <MatterTimeline matterId={matter.id} matterTitle={matter.title} version={version + followed} documents={matter.documents} />
    </>
  )
}
