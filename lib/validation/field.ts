import { text, type TextFieldSingleValidation } from 'payload/shared'

/**
 * A field's own `validate` replaces Payload's, and Payload's is what enforces `required` and `maxLength`. Run it
 * first, so an empty required field or an overlong value is a clear form error, not a database refusal (a 500).
 */
export const textAnd =
  (check: (value: unknown) => true | string): TextFieldSingleValidation =>
  async (value, options) => {
    const base = await text(value, options)
    return base === true ? check(value) : base
  }
