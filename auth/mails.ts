import type { PayloadRequest } from 'payload'

import { env, publicUrl } from '@/server/env'
import { defaultTimeZone } from '@/lib/dates'
import { settingsFor } from '@/globals/settings-reader'

export type MailLanguage = 'de' | 'en'

export type Mail = { subject: string; html: string; text: string }

/** The person's language when known (their portal sign-in's), German otherwise (SPEC F-59). */
export function mailLanguage(value: unknown): MailLanguage {
  return value === 'en' ? 'en' : 'de'
}

/** Links of the portal's own pages (portal/), never the staff admin. */
export const portalLinks = {
  invitation: (token: string) => `${publicUrl(env())}/invitation/${encodeURIComponent(token)}`,
  reset: (token: string) => `${publicUrl(env())}/reset/${encodeURIComponent(token)}`,
  requests: () => `${publicUrl(env())}/requests`,
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** Paragraphs of plain text as the text part and as simple HTML (the link clickable). */
function compose(subject: string, paragraphs: string[], link: string): Mail {
  const html = paragraphs
    .map((paragraph) =>
      paragraph === link
        ? `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`
        : `<p>${escapeHtml(paragraph)}</p>`,
    )
    .join('\n')
  return { subject, html, text: paragraphs.join('\n\n') }
}

async function companyName(req: PayloadRequest): Promise<string> {
  return (await settingsFor(req)).company?.name?.trim() || 'Hauswerk'
}

function formatDay(instant: Date, language: MailLanguage): string {
  return new Intl.DateTimeFormat(language === 'de' ? 'de-AT' : 'en-GB', {
    timeZone: defaultTimeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(instant)
}

export async function invitationMail(
  req: PayloadRequest,
  { language, name, link, expiresAt }: { language: MailLanguage; name: string; link: string; expiresAt: Date },
): Promise<Mail> {
  const company = await companyName(req)
  const until = formatDay(expiresAt, language)
  if (language === 'en')
    return compose(
      `Your access to the ${company} portal`,
      [
        `Hello ${name},`,
        `${company} invites you to its portal, where you see your contracts, documents and contacts.`,
        `Choose your password with this link (valid until ${until}, usable once):`,
        link,
        'If you did not expect this e-mail, you can ignore it.',
      ],
      link,
    )
  return compose(
    `Ihr Zugang zum Portal von ${company}`,
    [
      `Guten Tag ${name},`,
      `${company} lädt Sie in das Portal ein. Dort sehen Sie Ihre Verträge, Dokumente und Ansprechpersonen.`,
      `Über diesen Link legen Sie Ihr Passwort fest (gültig bis ${until}, nur einmal verwendbar):`,
      link,
      'Wenn Sie diese E-Mail nicht erwartet haben, können Sie sie ignorieren.',
    ],
    link,
  )
}

export async function resetMail(req: PayloadRequest, { language, link }: { language: MailLanguage; link: string }) {
  const company = await companyName(req)
  if (language === 'en')
    return compose(
      `Reset your password for the ${company} portal`,
      [
        'You asked for a new password for the portal. Choose it with this link (valid for one hour, usable once):',
        link,
        'If you did not ask for it, ignore this e-mail; your password stays as it is.',
      ],
      link,
    )
  return compose(
    `Neues Passwort für das Portal von ${company}`,
    [
      'Sie haben ein neues Passwort für das Portal angefordert. Über diesen Link legen Sie es fest (eine Stunde gültig, nur einmal verwendbar):',
      link,
      'Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail; Ihr Passwort bleibt unverändert.',
    ],
    link,
  )
}

type ForgotPasswordArgs = { req?: PayloadRequest; token?: string; user?: { language?: unknown } }

/**
 * Payload's forgot-password mail for portal users: German or English, linking to the portal's
 * reset page rather than the staff admin's (issue 12).
 */
export const portalForgotPassword = {
  generateEmailSubject: async ({ req, token, user }: ForgotPasswordArgs = {}) =>
    (await resetMail(req!, { language: mailLanguage(user?.language), link: portalLinks.reset(token ?? '') })).subject,
  generateEmailHTML: async ({ req, token, user }: ForgotPasswordArgs = {}) =>
    (await resetMail(req!, { language: mailLanguage(user?.language), link: portalLinks.reset(token ?? '') })).html,
}

/** Tells the person that staff changed the status of their request (SPEC F-54). */
export async function requestStatusMail(
  req: PayloadRequest,
  { language, subject, status, link }: { language: MailLanguage; subject: string; status: string; link: string },
): Promise<Mail> {
  const company = await companyName(req)
  if (language === 'en')
    return compose(
      `Your request “${subject}”: ${status}`,
      [
        `${company} has changed the status of your request “${subject}” to: ${status}.`,
        'You find the request and any answer in the portal:',
        link,
      ],
      link,
    )
  return compose(
    `Ihr Anliegen „${subject}“: ${status}`,
    [
      `${company} hat den Status Ihres Anliegens „${subject}“ geändert auf: ${status}.`,
      'Das Anliegen und eine allfällige Antwort finden Sie im Portal:',
      link,
    ],
    link,
  )
}
