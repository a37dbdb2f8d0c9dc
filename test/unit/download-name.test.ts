import { describe, expect, it } from 'vitest'

import { asciiFileName, contentDisposition, counted, reportFileName } from '@/lib/download-name'

describe("a report's download name", () => {
  it('the German title and the day, safe for file systems', () => {
    expect(reportFileName('Leerstehungsliste', '2026-11-30', 'pdf')).toBe('Leerstehungsliste_2026-11-30.pdf')
    expect(reportFileName('Rückzahlung Finanzierungsbeiträge', '2026-11-30', 'csv')).toBe(
      'Rückzahlung_Finanzierungsbeiträge_2026-11-30.csv',
    )
    expect(reportFileName('Miete 1/2026: "Top" <3>', '2026-11-30', 'pdf')).toBe('Miete_1_2026_Top_3_2026-11-30.pdf')
  })

  it('an ASCII fallback with German letters spelled out', () => {
    expect(asciiFileName('Rückzahlung_Finanzierungsbeiträge_2026-11-30.csv')).toBe(
      'Rueckzahlung_Finanzierungsbeitraege_2026-11-30.csv',
    )
    expect(asciiFileName('Übergabeliste_Straße_–_café.pdf')).toBe('Uebergabeliste_Strasse_-_cafe.pdf')
  })

  it('Content-Disposition carries both names (RFC 5987)', () => {
    expect(contentDisposition('attachment', 'Übergabeliste_2026-11-30.pdf')).toBe(
      `attachment; filename="Uebergabeliste_2026-11-30.pdf"; filename*=UTF-8''%C3%9Cbergabeliste_2026-11-30.pdf`,
    )
    expect(contentDisposition('inline', 'Kautionen_2026-11-30.pdf')).toBe(
      `inline; filename="Kautionen_2026-11-30.pdf"; filename*=UTF-8''Kautionen_2026-11-30.pdf`,
    )
  })

  it("a taken name gets a counter of its own, so the store's count does not change the day", () => {
    expect(counted('Leerstehungsliste_2026-11-30.pdf')).toBe('Leerstehungsliste_2026-11-30-1.pdf')
    expect(counted('Liste')).toBe('Liste-1')
  })
})
