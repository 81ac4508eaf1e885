/** A repository's files in memory, as the FileReader's `bytes` and `list` read them. */
export function memoryTree(files: Record<string, string>): {
  bytes(path: string): Buffer | null
  read(path: string): string | null
  list(dir: string): Array<{ name: string; directory: boolean }>
} {
  return {
    bytes: path => (path in files ? Buffer.from(files[path], 'utf8') : null),
    read: path => (path in files ? files[path] : null),
    list(dir) {
      const prefix = dir === '.' || dir === '' ? '' : `${dir.replace(/\/+$/, '')}/`
      const entries = new Map<string, boolean>()
      for (const path of Object.keys(files)) {
        if (!path.startsWith(prefix)) continue
        const [name, ...rest] = path.slice(prefix.length).split('/')
        entries.set(name, rest.length > 0 || entries.get(name) === true)
      }
      return [...entries].map(([name, directory]) => ({ name, directory }))
    }
  }
}
