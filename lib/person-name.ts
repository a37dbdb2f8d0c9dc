type NameParts = {
  kind?: string | null
  companyName?: string | null
  firstName?: string | null
  lastName?: string | null
  title?: string | null
}

/** "Huber, Anna" for natural persons, the company name for legal ones. */
export function personDisplayName(person: NameParts): string {
  if (person.kind === 'legal') return (person.companyName ?? '').trim()
  const first = [person.title, person.firstName].filter(Boolean).join(' ')
  return [person.lastName, first].filter((part) => part && part.trim()).join(', ')
}
