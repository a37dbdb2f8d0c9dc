import { readdirSync, readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { SMTPServer } from 'smtp-server'

/** A mail as it arrived: recipients, subject and the decoded text/plain and text/html parts. */
export type ReceivedMail = { to: string[]; subject: string; text: string; html: string; raw: string }

function headersOf(block: string): Map<string, string> {
  const unfolded = block.replace(/\r?\n[ \t]+/g, ' ')
  const headers = new Map<string, string>()
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  return headers
}

function decodeBody(body: string, encoding: string | undefined): string {
  if (encoding?.toLowerCase() === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (encoding?.toLowerCase() === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    return Buffer.from(bytes, 'latin1').toString('utf8')
  }
  return body
}

/** The leaf parts of a MIME message, decoded (enough of MIME for the mails Hauswerk sends). */
function leafParts(message: string): Array<{ type: string; content: string }> {
  const split = message.search(/\r?\n\r?\n/)
  const headers = headersOf(message.slice(0, split))
  const body = message.slice(split).replace(/^\r?\n\r?\n/, '')
  const type = headers.get('content-type') ?? 'text/plain'
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1]
  if (type.toLowerCase().startsWith('multipart/') && boundary) {
    return body
      .split(`--${boundary}`)
      .slice(1)
      .filter((part) => !part.startsWith('--'))
      .flatMap((part) => leafParts(part.replace(/^\r?\n/, '')))
  }
  return [
    {
      type: type.split(';')[0].trim().toLowerCase(),
      content: decodeBody(body, headers.get('content-transfer-encoding')),
    },
  ]
}

function decodeSubject(value: string): string {
  return value.replace(/=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, kind: string, text: string) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : decodeBody(text.replace(/_/g, ' '), 'quoted-printable'),
  )
}

export function parseMail(raw: string, to: string[] = []): ReceivedMail {
  const headers = headersOf(raw.slice(0, raw.search(/\r?\n\r?\n/)))
  const parts = leafParts(raw)
  return {
    to: to.length
      ? to
      : (headers.get('to') ?? '').split(',').map((address) => address.replace(/.*</, '').replace(/>.*/, '').trim()),
    subject: decodeSubject(headers.get('subject') ?? ''),
    text: parts.find((part) => part.type === 'text/plain')?.content ?? '',
    html: parts.find((part) => part.type === 'text/html')?.content ?? '',
    raw,
  }
}

/** A real SMTP server on 127.0.0.1 that keeps what it receives (no TLS, no sign-in). */
export async function startSmtpReceiver() {
  const mails: ReceivedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((recipient) => recipient.address)
        mails.push(parseMail(Buffer.concat(chunks).toString('utf8'), to))
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    /** The mails to this address so far. */
    to: (address: string) => mails.filter((mail) => mail.to.includes(address)),
    /** Waits for the first mail to this address (mail sent after an answer arrives a moment later). */
    async waitFor(address: string, timeoutMs = 10_000): Promise<ReceivedMail> {
      const end = Date.now() + timeoutMs
      for (;;) {
        const mail = mails.find((candidate) => candidate.to.includes(address))
        if (mail) return mail
        if (Date.now() > end) throw new Error(`No mail to ${address} within ${timeoutMs} ms`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** The mails in an outbox folder (server/email.ts without SMTP_URL). */
export function outboxMails(directory: string): ReceivedMail[] {
  let files: string[]
  try {
    files = readdirSync(directory).filter((file) => file.endsWith('.eml'))
  } catch {
    return []
  }
  return files.sort().map((file) => parseMail(readFileSync(path.join(directory, file), 'utf8')))
}

/** The token of a portal link (`…/invitation/<token>`, `…/reset/<token>`) in a mail's text. */
export function linkToken(mail: ReceivedMail, kind: 'invitation' | 'reset'): { link: string; token: string } {
  const match = new RegExp(`(https?://[^\\s"<>]+/${kind}/([A-Za-z0-9_%-]+))`).exec(mail.text || mail.html)
  if (!match) throw new Error(`No ${kind} link in the mail to ${mail.to.join(', ')}`)
  return { link: match[1], token: decodeURIComponent(match[2]) }
}
