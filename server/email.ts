import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { Transport } from 'nodemailer'

import { type Env, outboxDirectory } from './env'

/**
 * Without SMTP_URL, mail goes to a local outbox folder as .eml files (one per message), so a
 * fresh start can invite and reset passwords without a mail server.
 */
function outboxTransport(directory: string): Transport {
  return {
    name: 'hauswerk-outbox',
    version: '1',
    send(mail, callback) {
      mail.message.build((error, raw) => {
        if (error) return callback(error, undefined)
        mkdirSync(directory, { recursive: true })
        const messageId = mail.message.messageId()
        const file = path.join(
          directory,
          `${new Date().toISOString().replace(/[:.]/g, '-')}-${messageId.replace(/[<>@]/g, '')}.eml`,
        )
        writeFileSync(file, raw)
        callback(null, { envelope: mail.message.getEnvelope(), messageId } as never)
      })
    },
  }
}

export function emailAdapter(config: Env) {
  const fromMatch = /^(.*)<(.+)>$/.exec(config.MAIL_FROM.trim())
  const defaultFromName = fromMatch ? fromMatch[1].trim() : 'Hauswerk'
  const defaultFromAddress = fromMatch ? fromMatch[2].trim() : config.MAIL_FROM.trim()
  const transport = config.SMTP_URL
    ? nodemailer.createTransport(config.SMTP_URL)
    : nodemailer.createTransport(outboxTransport(outboxDirectory(config)))
  return nodemailerAdapter({ defaultFromAddress, defaultFromName, transport, skipVerify: !config.SMTP_URL })
}
