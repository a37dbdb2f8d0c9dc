'use client'

export type RadioOption<T extends string> = { value: T; label: string; disabled?: boolean }

/**
 * A group of radio buttons in the markup and classes of Payload's own radio field (which needs a
 * form field path to live in): same look, focus ring, dark mode and arrow-key use.
 */
export function RadioOptions<T extends string>({
  name,
  legend,
  options,
  value,
  onChange,
}: {
  name: string
  legend: string
  options: Array<RadioOption<T>>
  value: T
  onChange: (value: T) => void
}) {
  return (
    <fieldset className="field-type radio-group radio-group--layout-vertical hauswerk-radio-group">
      <legend className="field-label">{legend}</legend>
      <div className="field-type__wrap">
        <ul className="radio-group--group">
          {options.map((option) => {
            const id = `${name}-${option.value}`
            const selected = option.value === value
            return (
              <li key={option.value}>
                <label htmlFor={id}>
                  <div className={`radio-input${selected ? ' radio-input--is-selected' : ''}`}>
                    <input
                      type="radio"
                      id={id}
                      name={name}
                      checked={selected}
                      disabled={option.disabled}
                      onChange={() => onChange(option.value)}
                    />
                    <span
                      className={`radio-input__styled-radio${option.disabled ? ' radio-input__styled-radio--disabled' : ''}`}
                    />
                    <span className="radio-input__label">{option.label}</span>
                  </div>
                </label>
              </li>
            )
          })}
        </ul>
      </div>
    </fieldset>
  )
}
