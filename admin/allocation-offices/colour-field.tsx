'use client'

import { FieldLabel, TextInput, useField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

/** A colour picker beside the #RRGGBB text, for the vacancy report's colour of an office. */
export const ColourField: TextFieldClientComponent = ({ field, path, readOnly }) => {
  const { value, setValue, showError, errorMessage } = useField<string>({ path: path ?? field.name })
  return (
    <div className="field-type text" style={{ flex: '1 1 auto' }}>
      <FieldLabel label={field.label} path={path} />
      <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <input
          type="color"
          aria-label={typeof field.label === 'string' ? field.label : 'Farbe'}
          value={/^#[0-9a-fA-F]{6}$/.test(value ?? '') ? value : '#4a7bd0'}
          disabled={readOnly}
          onChange={(event) => setValue(event.target.value)}
          style={{ width: 44, height: 36, border: 'none', background: 'none' }}
        />
        <TextInput
          path={path ?? field.name}
          value={value ?? ''}
          readOnly={readOnly}
          showError={showError}
          Error={errorMessage}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => setValue(event.target.value)}
        />
      </div>
    </div>
  )
}
