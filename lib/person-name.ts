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

/** "Anna Huber" (with a title: "Dr. Anna Huber") for natural persons, the company name for legal ones: for addressing the person. */
export function personNaturalName(person: NameParts): string {
  if (person.kind === 'legal') return (person.companyName ?? '').trim()
  return [person.title, person.firstName, person.lastName]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ')
}
