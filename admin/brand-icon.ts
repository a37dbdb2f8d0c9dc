/** Hauswerk's mark (admin/brand.tsx) as the admin's favicon; inline, so no route has to serve it. */
const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#2f6f5e"/><path d="M8 16 16 9l8 7v8h-5v-5h-6v5H8z" fill="#fff"/></svg>'

export const hauswerkIconUrl = `data:image/svg+xml,${encodeURIComponent(svg)}`
