/**
 * Mail merge of BENCH_LETTERS letters (1,000 by default; issue 11): one object with that many
 * units, each with a tenancy of one holder who has an address. The run renders one PDF per
 * holder in one Chromium, stores each in the document store and releases it to its holder
 * (generateAndRelease, one transaction per letter), as the first administrator through the Local
 * API with access control. Reports letters per second for the whole run and the peak RSS.
 *
 *   npm run bench -- mail-merge      (BENCH_LETTERS=100 for a quick run)
 */
import { expectPostgresToStop } from '@/db/client'

import { round, runBench, since } from './lib/harness'
import { temporaryDatabase } from './lib/temporary-postgres'

const letterCount = Number(process.env.BENCH_LETTERS ?? 1_000)

await runBench('mail-merge', `Mail merge of ${letterCount} letters: rendered, stored and released`, async (report) => {
  const database = await temporaryDatabase()
  let payload: import('payload').Payload | undefined
  try {
    process.env.DATABASE_URL = database.url
    process.env.HAUSWERK_DATA_DIR = database.directory
    process.env.HAUSWERK_DEMO = '0'
    const { parseEnv } = await import('@/server/env')
    const { prepareDatabase } = await import('@/server/prepare')
    const { seedContext } = await import('@/seed/context')
    const { factories } = await import('@/seed/factories')
    const { storedDate } = await import('@/lib/dates')
    const { createLocalReq } = await import('payload')
    const { runMailMerge } = await import('@/reports/mail-merge')

    const env = parseEnv()
    let started = performance.now()
    payload = (await prepareDatabase(env, { demo: false })).payload
    report.log(`database migrated and configured in ${round(since(started) / 1000, 1)} s`)

    started = performance.now()
    const ctx = await seedContext(payload)
    const object = await factories.object(ctx, {
      number: 'MM-1',
      name: 'Briefgasse 1',
      address: { street: 'Briefgasse', houseNumber: '1', postcode: '1110', city: 'Wien', country: 'AT' },
    })
    const codeOf = async (collection: 'holding-types' | 'unit-statuses', code: number) =>
      (await payload!.find({ collection, where: { code: { equals: code } }, depth: 0 })).docs[0].id
    const [holdingType, status] = await Promise.all([codeOf('holding-types', 1), codeOf('unit-statuses', 20)])
    for (let n = 1; n <= letterCount; n++) {
      const unit = await factories.unit(ctx, {
        object: object.id,
        unitNumber: `MM/${n}`,
        topNumber: String(n),
        holdingType,
        status,
      })
      const person = await factories.person(ctx, {
        lastName: `Brief${n}`,
        address: { street: 'Briefgasse', houseNumber: '1', door: String(n), postcode: '1110', city: 'Wien' },
      })
      await factories.tenancy(ctx, { unit: unit.id, holders: [person.id], moveIn: storedDate('2025-01-01') })
    }
    report.log(`${letterCount} units, holders and tenancies created in ${round(since(started) / 1000, 1)} s`)

    const admin = (
      await payload.find({ collection: 'users', where: { email: { equals: env.HAUSWERK_ADMIN_EMAIL } }, depth: 0 })
    ).docs[0]
    const req = await createLocalReq({ user: { ...admin, collection: 'users' } as never }, payload)
    let peakRss = process.memoryUsage().rss
    started = performance.now()
    const result = await runMailMerge(
      req,
      {
        dataSet: 'holders',
        objects: [object.id],
        functionTypes: [],
        on: '2026-04-15',
        subject: 'Erneuerung der Schließanlage',
        text: 'am 20.04.2026 werden die Schlösser getauscht.\n\nBitte holen Sie Ihre neuen Schlüssel ab.',
        release: true,
      },
      {
        stored: async (_letter, _stored, done) => {
          peakRss = Math.max(peakRss, process.memoryUsage().rss)
          if (done % 100 === 0) report.log(`${done} letters`)
        },
      },
    )
    const seconds = since(started) / 1000
    if (result.letters !== letterCount || result.releases !== letterCount)
      throw new Error(`expected ${letterCount} letters and releases, got ${result.letters} and ${result.releases}`)
    report.figure(
      'letters-per-second',
      'Letters per second (rendered, stored, released)',
      round(letterCount / seconds, 2),
      '1/s',
    )
    report.figure('total-seconds', `Mail merge of ${letterCount} letters`, round(seconds, 1), 's')
    report.figure('peak-rss', 'Peak RSS of the process during the run', round(peakRss / 1024 / 1024, 0), 'MB')
    report.detail('run', { letters: result.letters, releases: result.releases, documents: result.documents.length })
  } finally {
    if (payload) expectPostgresToStop(payload)
    await database.stop()
  }
})
