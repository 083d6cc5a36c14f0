import { z } from 'zod'
import { MIN_PASSWORD_LENGTH } from '../../shared/domain/api'

/** A password someone chooses: long enough, and not spaces alone (spaces may be part of a passphrase). */
export const NewPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(1024)
  .refine((password) => password.trim() !== '', 'not spaces alone')
