import type { Scenario } from '../scenario'
import { cold } from './cold'
import { crowd } from './crowd'
import { burst } from './burst'
import { idle } from './idle'
import { join } from './join'
import { open } from './open'
import { team } from './team'

/** In the order they run. */
export const SCENARIOS: Scenario[] = [team, crowd, join, burst, idle, cold, open]
