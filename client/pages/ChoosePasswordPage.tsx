import { useI18n } from '../i18n/I18nProvider'
import { PasswordForm } from '../workspace/PasswordForm'
import { usePageTitle } from '../usePageTitle'

/**
 * What someone signed in with a password an admin chose (a first password, a reset) sees, whatever
 * page they asked for: the admin knows that password, so its owner replaces it before going on.
 */
export function ChoosePasswordPage() {
  const { t } = useI18n()
  usePageTitle(t('password.chooseTitle'))
  return (
    <section className="choose-password" data-testid="choose-password">
      <h1>{t('password.chooseTitle')}</h1>
      <p>{t('password.handedOver')}</p>
      <PasswordForm />
    </section>
  )
}
