// "所述步骤S1中", "所述步骤S1至S4", "所述S2包括": a step named by its label, which the method claim
// itself wrote before the step ("S1、…"), so neither an earlier introduction nor the description defines it.
const STEP_LABEL = /^(?:步骤\s*[A-Za-z]?\d+|S\d+)$/

/** Whether a Chinese term key names a step by its label ("步骤S1", "步骤2", "S2"). */
export function isStepLabel(key: string): boolean {
  return STEP_LABEL.test(key)
}
