/** Unit status codes (SPEC F-02, section 5): 0–100 active, 101–200 inactive, anything else refused. */
export const maxActiveStatusCode = 100
export const maxStatusCode = 200

export function isValidStatusCode(code: unknown): code is number {
  return typeof code === 'number' && Number.isInteger(code) && code >= 0 && code <= maxStatusCode
}

export function isActiveStatusCode(code: number): boolean {
  return code <= maxActiveStatusCode
}
