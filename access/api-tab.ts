import type { CollectionConfig, DocumentTabCondition, GlobalConfig } from 'payload'

/**
 * The edit screen's "API" tab (the record as JSON) is for administrators: those who may change
 * roles. Everyone else sees only the screens made for them; the REST API keeps its own rules.
 */
export const apiTabShown: DocumentTabCondition = ({ permissions }) => Boolean(permissions?.collections?.roles?.update)

export function apiTabForAdministrators<T extends CollectionConfig | GlobalConfig>(config: T): T {
  const views = config.admin?.components?.views
  const edit = (views as { edit?: Record<string, unknown> } | undefined)?.edit
  const api = (edit?.api ?? {}) as { tab?: Record<string, unknown> }
  return {
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        views: { ...views, edit: { ...edit, api: { ...api, tab: { ...api.tab, condition: apiTabShown } } } },
      },
    },
  }
}
