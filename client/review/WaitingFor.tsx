import type { MembersResponse } from '../../shared/review/reviewApi'
import { byName } from '../i18n/byName'
import { useI18n } from '../i18n/I18nProvider'

/**
 * Who a submitted document waits for, by name: its team's reviewers, then its leads, who approve.
 * Whoever submitted it (an inventor, the first time) otherwise saw only "In review" and nothing of
 * what comes next or from whom.
 */
export function WaitingFor({ team }: { team: MembersResponse }) {
  const { t } = useI18n()
  const names = (role: 'reviewer' | 'lead') =>
    [...team.members]
      .filter((member) => member.role === role)
      .sort(byName)
      .map((member) => member.name)
      .join(t('archive.teamSeparator')) || t('approval.nobodyInRole', { role: t(`role.${role}`) })
  return (
    <p className="muted small" data-testid="waiting-for">
      {t('approval.waitingFor', { reviewers: names('reviewer'), leads: names('lead') })}
    </p>
  )
}
