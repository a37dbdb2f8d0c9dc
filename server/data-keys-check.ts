import pg from 'pg'

import { DataKeyError, dataKeysFile, dataKeysFor, type KeySource, readDataKeys } from '@/db/data-keys'
import { keyRing } from '@/db/sealed'
import { hasSealedValues, keyProblems, type Query } from '@/db/sealed-columns'

/**
 * Before anything reads or writes personal data (ADR 0063): the key ring must open every value the
 * database holds. A first start without keys generates one into the data directory and says so;
 * a start whose database holds values the ring cannot open stops, with the reason, before the
 * migrations or the servers run, so nothing is written under a wrong or missing key.
 */
export async function checkDataKeys(
  url: string,
  dataDir: string,
  log: (line: string) => void,
  source: KeySource = process.env,
): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const query: Query = async (text, params) => (await client.query(text, params)).rows
  try {
    let keys = readDataKeys(dataDir, source)
    if (!keys) {
      if (await hasSealedValues(query))
        throw new DataKeyError(
          `The database holds encrypted personal and bank data, but no data key is set.\n` +
            `  Set HAUSWERK_DATA_KEYS to the keys it was encrypted with, or restore ${dataKeysFile(dataDir)}.\n` +
            `  Hauswerk does not start without them: it would show nothing and could not write new data safely.`,
        )
      keys = dataKeysFor(dataDir, source).keys
      log(
        `no HAUSWERK_DATA_KEYS: generated a data key into ${dataKeysFile(dataDir)}. Back it up with the database: without it the encrypted data cannot be read.`,
      )
    }
    const problems = await keyProblems(query, keyRing(keys))
    if (problems.length > 0)
      throw new DataKeyError(
        `The data keys do not fit the database:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\n` +
          `  Set HAUSWERK_DATA_KEYS (newest first) to include every key the database was encrypted with.`,
      )
  } finally {
    await client.end()
  }
}
