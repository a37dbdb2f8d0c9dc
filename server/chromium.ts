import { existsSync } from 'node:fs'

/** Flags for a headless Chromium on a closed network; never the web-security switches. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * The one place that finds a browser (PDF output, browser tests): CHROMIUM_PATH, then Debian's
 * /usr/bin/chromium, then the Chromium shipped inside the @sparticuz/chromium npm package.
 */
export async function chromiumExecutable(): Promise<string> {
  const configured = process.env.CHROMIUM_PATH
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH points to ${configured}, which does not exist.`)
    return configured
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate
  }
  try {
    const { default: sparticuz } = await import('@sparticuz/chromium')
    return await sparticuz.executablePath()
  } catch (error) {
    throw new Error(
      `No Chromium found: set CHROMIUM_PATH, install Debian's chromium, or reinstall @sparticuz/chromium (${(error as Error).message}).`,
    )
  }
}
