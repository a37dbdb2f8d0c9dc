/** Hauswerk's mark in the admin: a house with a wrench-shaped roof line. */
function Mark({ size }: { size: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="7" fill="#2f6f5e" />
      <path d="M8 16 16 9l8 7v8h-5v-5h-6v5H8z" fill="#fff" />
    </svg>
  )
}

export function Logo() {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 12, fontSize: 28, fontWeight: 700 }}>
      <Mark size={40} />
      Hauswerk
    </span>
  )
}

export function Icon() {
  return <Mark size={24} />
}
