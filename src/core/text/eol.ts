/**
 * The bytes git stores for a file, from its working-tree bytes and its `.gitattributes` (text and
 * eol, as `git check-attr` reports them): a text file's CRLF line endings become LF in the
 * repository (`eol=crlf` is only what a checkout writes). A commit made through the API must
 * store what `git add` would, or the repository holds CRLF that every clone shows as changed.
 */

/** `git check-attr text eol` for one path: set, unset, unspecified, or a value (auto, lf, crlf). */
export interface TextAttributes {
  text: string
  eol: string
}

/** git's test for binary content: a NUL byte in the first 8000 bytes. */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8000)
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true
  return false
}

/** Whether git converts the line endings of this file on commit. */
export function normalizesLineEndings(attributes: TextAttributes, bytes: Uint8Array): boolean {
  if (attributes.text === 'unset') return false // -text: binary, stored as is
  if (attributes.text === 'set') return true
  // eol=lf|crlf with text unspecified: text; text=auto: text unless the content looks binary
  if (attributes.text === 'auto' || (attributes.text === 'unspecified' && /^(lf|crlf)$/.test(attributes.eol)))
    return !looksBinary(bytes)
  return false
}

/** The bytes `git add` would store: CRLF → LF for a text file, else the bytes unchanged. */
export function committedBytes(bytes: Uint8Array, attributes: TextAttributes | undefined): Uint8Array {
  if (!attributes || !normalizesLineEndings(attributes, bytes)) return bytes
  let crlf = false
  for (let i = 0; i + 1 < bytes.length; i++)
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      crlf = true
      break
    }
  if (!crlf) return bytes
  const out = new Uint8Array(bytes.length)
  let n = 0
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) continue
    out[n++] = bytes[i]
  }
  return out.slice(0, n)
}
