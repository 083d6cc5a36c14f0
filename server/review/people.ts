import type { UserId } from '../../shared/domain/ids'
import type { PersonView } from '../../shared/review/reviewApi'
import type { Store } from '../storage/Store'

/** Looks up people by id once per request, for views that name authors and deciders. */
export function personLookup(store: Store): (id: UserId) => Promise<PersonView> {
  const cache = new Map<UserId, Promise<PersonView>>()
  return (id) => {
    let person = cache.get(id)
    if (!person) {
      person = store.findUserById(id).then((user) => ({ id, name: user?.name ?? id }))
      cache.set(id, person)
    }
    return person
  }
}
