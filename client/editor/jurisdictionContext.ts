import { createContext, useContext } from 'react'
import type { Jurisdiction } from '../../shared/claims/types'

/** The office of the matter the open document belongs to, for node views that compute with it. */
export const JurisdictionContext = createContext<Jurisdiction>('CN')

export const useJurisdiction = (): Jurisdiction => useContext(JurisdictionContext)
