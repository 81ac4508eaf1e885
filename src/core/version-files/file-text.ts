/**
 * Files are edited as bytes: a file's text is decoded so that encoding it again gives back the very
 * same bytes — UTF-8 when the bytes are valid UTF-8 (a byte-order mark kept aside), else one
 * character a byte (`binary`: Latin-1, Windows-1252, anything) — and its line ending is noted, so
 * that text we add uses it. Only the span we edit changes; everything else stays byte-identical.
 */
export interface FileText {
  /** The text without the byte-order mark. */
  text: string
  /** Not valid UTF-8: one character a byte. */
  binary: boolean
  /** The file starts with a UTF-8 byte-order mark. */
  bom: boolean
  /** The file's line ending: CRLF when most of its lines end so. */
  eol: '\n' | '\r\n'
}

const BOM = [0xef, 0xbb, 0xbf]

function bytesToBinary(bytes: Uint8Array): string {
  let text = ''
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return text
}

function binaryToBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff
  return bytes
}

function eolOf(text: string): '\n' | '\r\n' {
  const crlf = text.split('\r\n').length - 1
  const lf = text.split('\n').length - 1 - crlf
  return crlf > 0 && crlf >= lf ? '\r\n' : '\n'
}

export function decodeFile(bytes: Uint8Array): FileText {
  const bom = bytes.length >= 3 && BOM.every((byte, i) => bytes[i] === byte)
  const body = bom ? bytes.subarray(3) : bytes
  let text: string
  let binary = false
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body)
  } catch {
    text = bytesToBinary(body)
    binary = true
  }
  return { text, binary, bom, eol: eolOf(text) }
}

/** The file's bytes for a text decoded by decodeFile (and edited with `insertable` text). */
export function encodeFile(file: Pick<FileText, 'binary' | 'bom'>, text: string): Uint8Array {
  const body = file.binary ? binaryToBytes(text) : new TextEncoder().encode(text)
  if (!file.bom) return body
  const out = new Uint8Array(body.length + 3)
  out.set(BOM)
  out.set(body, 3)
  return out
}

/** New text (our own, `\n`-separated) as the file holds text: its line ending, and UTF-8 bytes in a binary file. */
export function insertable(file: Pick<FileText, 'binary' | 'eol'>, text: string): string {
  const lines = file.eol === '\r\n' ? text.replace(/\r?\n/g, '\r\n') : text
  return file.binary ? bytesToBinary(new TextEncoder().encode(lines)) : lines
}
