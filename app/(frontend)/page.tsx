/** Until the portal lands, `/` tells visitors where to go. */
export default function StartPage() {
  return (
    <main style={{ maxWidth: 640, margin: '15vh auto', padding: '0 1.5rem', lineHeight: 1.5 }}>
      <h1 style={{ fontSize: '2rem', marginBottom: '0.25rem' }}>Hauswerk</h1>
      <p style={{ marginTop: 0 }}>Verwaltung und Portal für Hausverwaltungen.</p>
      <p>
        <a href="/admin" style={{ color: '#2f6f5e', fontWeight: 600 }}>
          Zur Verwaltung (Anmeldung für Mitarbeiter:innen) →
        </a>
      </p>
      <p style={{ color: '#5b6b66' }}>Das Portal für Mieter:innen und Eigentümer:innen folgt an dieser Adresse.</p>
    </main>
  )
}
