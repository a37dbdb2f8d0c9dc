'use client'

import { RelationshipField, useConfig, useFormFields } from '@payloadcms/ui'
import type { RelationshipFieldClientComponent } from 'payload'
import { useEffect, useState } from 'react'

/** The sub-type is offered only when the chosen holding type has sub-types (SPEC F-02). */
export const HoldingSubTypeField: RelationshipFieldClientComponent = (props) => {
  const holdingType = useFormFields(([fields]) => fields.holdingType?.value)
  const { config } = useConfig()
  const [count, setCount] = useState(0)

  useEffect(() => {
    const id =
      typeof holdingType === 'object' && holdingType !== null ? (holdingType as { id?: unknown }).id : holdingType
    if (!id) {
      setCount(0)
      return
    }
    const controller = new AbortController()
    const url = `${config.serverURL}${config.routes.api}/holding-sub-types?where[holdingType][equals]=${encodeURIComponent(String(id))}&limit=0&depth=0`
    fetch(url, { credentials: 'include', signal: controller.signal })
      .then((response) => response.json())
      .then((result: { totalDocs?: number }) => setCount(result.totalDocs ?? 0))
      .catch(() => undefined)
    return () => controller.abort()
  }, [holdingType, config.serverURL, config.routes.api])

  return count > 0 ? <RelationshipField {...props} /> : null
}
