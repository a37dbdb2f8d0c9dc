/**
 * Every string of the portal, German and English (F-59). German follows STYLE.md (Sie). Numbers
 * and dates are formatted here too, per language (SPEC section 5: `1.234,56 €`, `31.12.2026`).
 */
export const languages = ['de', 'en'] as const
export type Language = (typeof languages)[number]

const de = {
  appName: 'Hauswerk',
  portal: 'Portal',
  skipToContent: 'Zum Inhalt springen',
  navigation: 'Hauptnavigation',
  navDashboard: 'Übersicht',
  navDocuments: 'Dokumente',
  navContacts: 'Kontakte',
  signOut: 'Abmelden',
  language: 'Sprache',
  languageName: 'Deutsch',
  switchTo: 'English',
  switchLanguage: 'Sprache wechseln',
  loginTitle: 'Anmelden',
  loginIntro: 'Melden Sie sich mit der E-Mail-Adresse und dem Passwort Ihres Portal-Zugangs an.',
  email: 'E-Mail-Adresse',
  password: 'Passwort',
  signIn: 'Anmelden',
  loginFailed:
    'E-Mail-Adresse oder Passwort ist falsch – oder es gab zu viele Versuche. Bitte versuchen Sie es erneut, nach mehreren Fehlversuchen in 15 Minuten.',
  loginInvalid: 'Bitte geben Sie eine gültige E-Mail-Adresse und Ihr Passwort ein.',
  sessionEnded: 'Ihre Sitzung ist abgelaufen oder wurde beendet. Bitte melden Sie sich erneut an.',
  signedOut: 'Sie haben sich abgemeldet.',
  dashboardTitle: 'Übersicht',
  welcome: (name: string) => `Willkommen, ${name}`,
  yourRoles: 'Ihre Rollen',
  noRoles: 'Derzeit ist Ihrem Zugang kein Mietverhältnis und kein Eigentum zugeordnet.',
  roleTenant: 'Mieter:in',
  roleOwner: 'Eigentümer:in',
  roleFormerTenant: 'ehemalige:r Mieter:in',
  roleFormerOwner: 'ehemalige:r Eigentümer:in',
  roleProvider: 'Dienstleister',
  unitOf: (unit: string, object: string) => `Einheit ${unit}, ${object}`,
  since: (date: string) => `seit ${date}`,
  until: (date: string) => `bis ${date}`,
  scope: 'Ansicht',
  scopeAll: 'Alle Rollen',
  scopeTenant: 'Als Mieter:in',
  scopeOwner: 'Als Eigentümer:in',
  applyScope: 'Ansicht wählen',
  scopeActive: (label: string) => `Angezeigt: ${label}`,
  sections: 'Bereiche',
  documentsLead: 'Abrechnungen, Schreiben und Pläne, die für Sie freigegeben sind.',
  contactsLead: 'Ansprechpersonen und Bilder Ihrer Objekte.',
  documentsTitle: 'Dokumente',
  category: 'Kategorie',
  allCategories: 'Alle Kategorien',
  year: 'Jahr',
  allYears: 'Alle Jahre',
  filter: 'Filtern',
  resetFilter: 'Filter zurücksetzen',
  noDocuments: 'Keine Dokumente gefunden.',
  documentTitle: 'Titel',
  documentDate: 'Bereitgestellt am',
  documentSize: 'Größe',
  download: 'Herunterladen',
  downloadNamed: (title: string) => `${title} herunterladen`,
  documentCount: (total: number) => (total === 1 ? '1 Dokument' : `${total} Dokumente`),
  pagination: 'Seiten',
  previous: 'Vorherige Seite',
  next: 'Nächste Seite',
  pageOf: (page: number, pages: number) => `Seite ${page} von ${pages}`,
  contactsTitle: 'Kontakte',
  noContacts: 'Für Ihre Objekte sind keine Kontakte veröffentlicht.',
  images: 'Bilder',
  contactKinds: { phone: 'Telefon', mobile: 'Mobil', email: 'E-Mail', fax: 'Fax', web: 'Web' } as Record<
    string,
    string
  >,
  notFoundTitle: 'Nicht gefunden',
  notFound: 'Diese Seite oder dieses Dokument gibt es nicht, oder es ist nicht für Sie freigegeben.',
  forbiddenTitle: 'Kein Zugriff',
  forbidden: 'Diese Aktion ist für Ihren Zugang nicht möglich.',
  csrfTitle: 'Formular abgelaufen',
  csrf: 'Das Formular war veraltet oder unvollständig. Es wurde nichts gespeichert. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.',
  errorTitle: 'Fehler',
  error: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es später noch einmal.',
  backToStart: 'Zur Übersicht',
  categories: {
    operatingCosts: 'Betriebskostenabrechnung',
    condominium: 'Hausgeldabrechnung',
    heatingCosts: 'Heizkostenabrechnung',
    plan: 'Plan',
    resolution: 'Beschluss',
    contract: 'Vertrag',
    letter: 'Schreiben',
    other: 'Sonstiges',
  } as Record<string, string>,
}

export type Dictionary = typeof de

const en: Dictionary = {
  appName: 'Hauswerk',
  portal: 'Portal',
  skipToContent: 'Skip to content',
  navigation: 'Main navigation',
  navDashboard: 'Overview',
  navDocuments: 'Documents',
  navContacts: 'Contacts',
  signOut: 'Sign out',
  language: 'Language',
  languageName: 'English',
  switchTo: 'Deutsch',
  switchLanguage: 'Switch language',
  loginTitle: 'Sign in',
  loginIntro: 'Sign in with the e-mail address and password of your portal account.',
  email: 'E-mail address',
  password: 'Password',
  signIn: 'Sign in',
  loginFailed:
    'The e-mail address or password is wrong – or there were too many attempts. Please try again; after several failed attempts, in 15 minutes.',
  loginInvalid: 'Please enter a valid e-mail address and your password.',
  sessionEnded: 'Your session has expired or was ended. Please sign in again.',
  signedOut: 'You have signed out.',
  dashboardTitle: 'Overview',
  welcome: (name: string) => `Welcome, ${name}`,
  yourRoles: 'Your roles',
  noRoles: 'No tenancy or ownership is linked to your account at present.',
  roleTenant: 'Tenant',
  roleOwner: 'Owner',
  roleFormerTenant: 'Former tenant',
  roleFormerOwner: 'Former owner',
  roleProvider: 'Service provider',
  unitOf: (unit: string, object: string) => `Unit ${unit}, ${object}`,
  since: (date: string) => `since ${date}`,
  until: (date: string) => `until ${date}`,
  scope: 'View',
  scopeAll: 'All roles',
  scopeTenant: 'As tenant',
  scopeOwner: 'As owner',
  applyScope: 'Choose view',
  scopeActive: (label: string) => `Showing: ${label}`,
  sections: 'Sections',
  documentsLead: 'Statements, letters and plans released to you.',
  contactsLead: 'Contacts and pictures of your properties.',
  documentsTitle: 'Documents',
  category: 'Category',
  allCategories: 'All categories',
  year: 'Year',
  allYears: 'All years',
  filter: 'Filter',
  resetFilter: 'Reset filter',
  noDocuments: 'No documents found.',
  documentTitle: 'Title',
  documentDate: 'Provided on',
  documentSize: 'Size',
  download: 'Download',
  downloadNamed: (title: string) => `Download ${title}`,
  documentCount: (total: number) => (total === 1 ? '1 document' : `${total} documents`),
  pagination: 'Pages',
  previous: 'Previous page',
  next: 'Next page',
  pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
  contactsTitle: 'Contacts',
  noContacts: 'No contacts are published for your properties.',
  images: 'Pictures',
  contactKinds: { phone: 'Phone', mobile: 'Mobile', email: 'E-mail', fax: 'Fax', web: 'Web' },
  notFoundTitle: 'Not found',
  notFound: 'This page or document does not exist, or it has not been released to you.',
  forbiddenTitle: 'No access',
  forbidden: 'Your account cannot do this.',
  csrfTitle: 'Form expired',
  csrf: 'The form was out of date or incomplete. Nothing was saved. Please reload the page and try again.',
  errorTitle: 'Error',
  error: 'Something went wrong. Please try again later.',
  backToStart: 'Back to the overview',
  categories: {
    operatingCosts: 'Operating-cost statement',
    condominium: 'Condominium statement',
    heatingCosts: 'Heating-cost statement',
    plan: 'Plan',
    resolution: 'Resolution',
    contract: 'Contract',
    letter: 'Letter',
    other: 'Other',
  },
}

export const dictionaries: Record<Language, Dictionary> = { de, en }

export function isLanguage(value: unknown): value is Language {
  return value === 'de' || value === 'en'
}

const locales: Record<Language, string> = { de: 'de-AT', en: 'en-GB' }

/** `31.12.2026` in German, `31/12/2026` in English; calendar dates (YYYY-MM-DD) stay on their day. */
export function formatDate(language: Language, value: string | null | undefined): string {
  if (!value) return ''
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00.000Z` : value
  return new Intl.DateTimeFormat(locales[language], {
    timeZone: 'Europe/Vienna',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(day))
}

/** `1.234,56 €` in German, `€1,234.56` in English. */
export function formatAmount(language: Language, amount: number): string {
  return new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'en-GB', { style: 'currency', currency: 'EUR' }).format(
    amount,
  )
}

export function formatFileSize(language: Language, bytes: number | null | undefined): string {
  if (!bytes) return ''
  const format = new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 })
  return bytes < 1024 * 1024 ? `${format.format(bytes / 1024)} KB` : `${format.format(bytes / 1024 / 1024)} MB`
}
