import { readFile } from 'node:fs/promises'

import {
  PDFContext,
  PDFDocument,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFObjectCopier,
  type PDFRef,
  rgb,
  StandardFonts,
} from 'pdf-lib'

/** Where Chromium's footer stands (render.ts): 7 pt, grey, 12 mm from the right edge. */
const footerSize = 7
const footerRight = (12 / 25.4) * 72
const footerBaseline = (7 / 25.4) * 72
const footerGrey = rgb(0x55 / 255, 0x55 / 255, 0x55 / 255)

const ascii = (text: string) => Buffer.from(text, 'latin1')

/** "Seite x von y" on every page of one part, numbered within the whole document. */
async function stampPageNumbers(part: PDFDocument, firstNumber: number, total: number) {
  const font = await part.embedFont(StandardFonts.Helvetica)
  part.getPages().forEach((page, index) => {
    const text = `Seite ${firstNumber + index} von ${total}`
    page.drawText(text, {
      x: page.getWidth() - footerRight - font.widthOfTextAtSize(text, footerSize),
      y: footerBaseline,
      size: footerSize,
      font,
      color: footerGrey,
    })
  })
  await part.flush()
}

/**
 * Joins PDFs printed in parts (files, in order) into one, written as it goes: a part is loaded,
 * its pages numbered over the whole document, copied into a context that holds only that part's
 * objects, written out and dropped before the next part is read. Memory is one part's, whatever the
 * number of parts. The page tree (one flat list of the pages), the catalogue and the cross-reference
 * table come last.
 */
export async function* joinPdfParts(parts: Array<{ file: string; pages: number }>): AsyncGenerator<Buffer> {
  const total = parts.reduce((sum, part) => sum + part.pages, 0)
  const context = PDFContext.create()
  const pagesRef = context.nextRef()
  const catalogRef = context.nextRef()
  const offsets = new Map<number, number>()
  const pageRefs: PDFRef[] = []
  let written = 0

  const emit = (chunk: Buffer) => {
    written += chunk.length
    return chunk
  }
  const object = (ref: PDFRef, value: PDFObject) => {
    offsets.set(ref.objectNumber, written)
    const body = Buffer.alloc(value.sizeInBytes())
    value.copyBytesInto(body, 0)
    return emit(Buffer.concat([ascii(`${ref.objectNumber} ${ref.generationNumber} obj\n`), body, ascii('\nendobj\n')]))
  }

  // The binary comment tells tools the file holds 8-bit data (PDF 32000-1, 7.5.2).
  yield emit(Buffer.concat([ascii('%PDF-1.7\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]), ascii('\n')]))
  let firstNumber = 1
  for (const part of parts) {
    const document = await PDFDocument.load(await readFile(part.file), { updateMetadata: false })
    await stampPageNumbers(document, firstNumber, total)
    firstNumber += document.getPageCount()
    const copier = PDFObjectCopier.for(document.context, context)
    for (const page of document.getPages()) {
      const copied = copier.copy(page.node)
      copied.set(PDFName.of('Parent'), pagesRef)
      pageRefs.push(context.register(copied))
    }
    for (const [ref, value] of context.enumerateIndirectObjects()) {
      yield object(ref, value)
      context.delete(ref)
    }
  }
  yield object(pagesRef, context.obj({ Type: 'Pages', Kids: pageRefs, Count: PDFNumber.of(pageRefs.length) }))
  yield object(catalogRef, context.obj({ Type: 'Catalog', Pages: pagesRef }))

  const size = context.largestObjectNumber + 1
  const xrefAt = written
  const entries = ['0000000000 65535 f \n']
  for (let number = 1; number < size; number += 1) {
    const offset = offsets.get(number)
    entries.push(offset === undefined ? '0000000000 65535 f \n' : `${String(offset).padStart(10, '0')} 00000 n \n`)
  }
  yield emit(ascii(`xref\n0 ${size}\n${entries.join('')}`))
  yield emit(ascii(`trailer\n<< /Size ${size} /Root ${catalogRef.objectNumber} 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`))
}
