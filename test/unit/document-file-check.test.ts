import { describe, expect, it } from 'vitest'

import { checkDocumentFile } from '@/lib/documents/file-check'
import { notOpenedBy, notOpenedCsv, type ReceiptRow } from '@/collections/documents/receipts'
import { simplePdf } from '@/lib/documents/simple-pdf'

const limit = 1024 * 1024

describe('checkDocumentFile: by content, never by name', () => {
  it('accepts a PDF and plain text', async () => {
    expect(await checkDocumentFile({ name: 'a.pdf', data: simplePdf(['x']) }, limit)).toEqual({
      ok: true,
      mime: 'application/pdf',
    })
    expect(await checkDocumentFile({ name: 'liste.csv', data: Buffer.from('a;b\n1;2\n') }, limit)).toEqual({
      ok: true,
      mime: 'text/csv',
    })
  })

  it('refuses executables whatever their name, empty files and files over the limit', async () => {
    const exe = Buffer.concat([
      Buffer.from('MZ'),
      Buffer.alloc(58),
      Buffer.from([0x80, 0, 0, 0]),
      Buffer.alloc(64),
      Buffer.from('PE\0\0'),
      Buffer.alloc(64),
    ])
    expect(await checkDocumentFile({ name: 'rechnung.pdf', data: exe }, limit)).toMatchObject({
      ok: false,
      reason: 'fileTypeRefused',
    })
    expect(await checkDocumentFile({ name: 'a.txt', data: Buffer.from([0x41, 0, 0x42]) }, limit)).toMatchObject({
      ok: false,
      reason: 'fileTypeRefused',
    })
    expect(await checkDocumentFile({ name: 'leer.pdf', data: new Uint8Array(0) }, limit)).toEqual({
      ok: false,
      reason: 'fileEmpty',
    })
    expect(await checkDocumentFile({ name: 'a.pdf', data: simplePdf(['x']), size: limit + 1 }, limit)).toMatchObject({
      ok: false,
      reason: 'fileTooLarge',
      limit: 1,
    })
  })

  it('refuses a permitted type under the wrong extension', async () => {
    expect(await checkDocumentFile({ name: 'bild.png', data: simplePdf(['x']) }, limit)).toMatchObject({
      ok: false,
      reason: 'fileTypeMismatch',
      type: 'application/pdf',
    })
  })
})

describe('proof of receipt: who gets paper mail', () => {
  const row = (personName: string, openedAt: string | null): ReceiptRow => ({
    releaseId: 1,
    documentId: 1,
    documentTitle: 'BKA 2025',
    personId: 1,
    personName,
    address: 'Hauptstraße 1, 1110 Wien',
    hasPortalUser: true,
    releasedAt: '2026-03-01T08:00:00.000Z',
    openedAt,
    fileVersion: openedAt ? 1 : null,
  })
  const rows = [
    row('Gruber, Anna', '2026-03-10T09:00:00.000Z'),
    row('Wagner, Lukas', null),
    row('Moser, Lena', '2026-04-20T09:00:00.000Z'),
  ]

  it('lists who had not opened by the end of the deadline day', () => {
    expect(notOpenedBy(rows, '2026-03-31').map((r) => r.personName)).toEqual(['Wagner, Lukas', 'Moser, Lena'])
    expect(notOpenedBy(rows, null).map((r) => r.personName)).toEqual(['Wagner, Lukas'])
  })

  it('writes Excel-friendly CSV: BOM, semicolons, German dates', () => {
    const csv = notOpenedCsv(rows, '2026-03-31')
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const lines = csv.slice(1).trim().split('\r\n')
    expect(lines[0]).toBe('Empfänger:in;Anschrift;Dokument;Freigegeben am;Frist;Portal-Zugang;Geöffnet am')
    expect(lines[1]).toBe('Wagner, Lukas;Hauptstraße 1, 1110 Wien;BKA 2025;01.03.2026;31.03.2026;ja;')
    expect(lines[2]).toBe('Moser, Lena;Hauptstraße 1, 1110 Wien;BKA 2025;01.03.2026;31.03.2026;ja;20.04.2026')
  })
})
