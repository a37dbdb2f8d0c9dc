/**
 * A report's file as the clerk keeps it: its German title and the day it was made
 * (`Leerstehungsliste_2026-11-30.pdf`), without the characters file systems refuse.
 */
export function reportFileName(title: string, day: string, extension: string): string {
  const safe = title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .trim()
    .replace(/\s+/g, '_')
  return `${safe}_${day}.${extension}`
}

const transliterations: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' }

/** The name for clients that read only `filename=`: German letters spelled out, the rest ASCII. */
export function asciiFileName(name: string): string {
  return name
    .replace(/[äöüÄÖÜß]/g, (letter) => transliterations[letter])
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[–—]/g, '-')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
}

/** `Content-Disposition` with an ASCII `filename` and the exact name as `filename*` (RFC 6266, RFC 5987). */
export function contentDisposition(disposition: 'inline' | 'attachment', name: string): string {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return `${disposition}; filename="${asciiFileName(name)}"; filename*=UTF-8''${encoded}`
}

/**
 * The name to store a file under when `name` is taken. Payload counts up a trailing `-<number>` on
 * a clash, which would turn the day of `…_2026-11-30.pdf` into `…_2026-11-31.pdf`: a clash gets its
 * own counter first (`…_2026-11-30-1.pdf`), which Payload then counts up where that is taken too.
 */
export function counted(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? `${name.slice(0, dot)}-1${name.slice(dot)}` : `${name}-1`
}
