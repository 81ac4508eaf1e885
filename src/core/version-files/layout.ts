/**
 * Where a project keeps its version beyond the root: the Python package its metadata names (flat
 * `NAME/` or `src/NAME/`, hatch's version path, setuptools' `attr:`), and the member crates of a
 * Cargo workspace (`members` globs). Pure: it reads through the callbacks it is given.
 */
import { parse as parseToml } from 'smol-toml'

export interface TreeView {
  list(dir: string): Array<{ name: string; directory: boolean }>
  /** The file's text, or null when there is no such file. */
  read(path: string): string | null
}

/** The modules beside a package's `__init__.py` that may hold `__version__`. */
export const PYTHON_VERSION_MODULES = ['__init__.py', '__version__.py', '_version.py', 'version.py', '__about__.py']

type Table = Record<string, unknown>

function tomlOf(text: string | null): Table | null {
  if (text === null) return null
  try {
    return parseToml(text) as Table
  } catch {
    return null // a file we can't parse is named by its own format's error when it is edited
  }
}

function table(value: unknown): Table {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Table) : {}
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
}

/** A distribution name as an import name: `fast-vlm.kit` → `fast_vlm_kit`. */
function importName(name: string): string {
  return name.trim().toLowerCase().replace(/[-.]+/g, '_')
}

/** A relative path inside the repository, or null (absolute, `..`, empty). */
function inside(path: string): string | null {
  const clean = path.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '')
  if (clean === '' || clean === '.' || clean.startsWith('/') || clean.split('/').includes('..')) return null
  return clean
}

/** `pkg.sub.__version__` (setuptools' `attr:`) → the module paths that may define it. */
function attrModules(attr: string): string[] {
  const parts = attr.trim().split('.')
  if (parts.length < 2 || parts.some(part => !/^\w+$/.test(part))) return []
  const module = parts.slice(0, -1).join('/')
  return [`${module}.py`, `${module}/__init__.py`]
}

interface PythonHints {
  /** Import names of the package (folders to look for). */
  names: string[]
  /** Package folders named outright (hatch's wheel packages, poetry's include). */
  folders: string[]
  /** Files named outright (hatch's version path, setuptools' attr module). */
  files: string[]
  /** Source roots: '' (flat) and 'src', plus package-dir's. */
  roots: string[]
}

function pyprojectHints(data: Table, hints: PythonHints): void {
  const project = table(data.project)
  const tool = table(data.tool)
  const poetry = table(tool.poetry)
  const setuptools = table(tool.setuptools)
  const hatch = table(tool.hatch)
  for (const name of [project.name, poetry.name]) if (typeof name === 'string') hints.names.push(importName(name))
  for (const entry of Array.isArray(poetry.packages) ? poetry.packages : []) {
    const include = table(entry).include
    const from = table(entry).from
    if (typeof include === 'string') hints.folders.push(typeof from === 'string' ? `${from}/${include}` : include)
  }
  for (const name of strings(setuptools.packages)) hints.names.push(name.replace(/\./g, '/'))
  const packageDir = table(setuptools['package-dir'])
  if (typeof packageDir[''] === 'string') hints.roots.push(packageDir[''])
  const dynamic = table(table(setuptools.dynamic).version)
  if (typeof dynamic.attr === 'string') hints.files.push(...attrModules(dynamic.attr))
  // `version = { file = "src/acme/VERSION" }`: the file holds the version (paths from the project root)
  hints.files.push(...(typeof dynamic.file === 'string' ? [dynamic.file] : strings(dynamic.file)))
  const versionPath = table(hatch.version).path
  if (typeof versionPath === 'string') hints.files.push(versionPath)
  const wheel = table(table(table(table(hatch.build).targets).wheel))
  hints.folders.push(...strings(wheel.packages))
}

/** setup.cfg's [metadata] name and `version = attr: pkg.__version__`, [options] package_dir. */
function setupCfgHints(text: string, hints: PythonHints): void {
  let section = ''
  for (const line of text.split(/\r?\n/)) {
    const header = /^\s*\[\s*([^\]]+?)\s*\]/.exec(line)
    if (header) {
      section = header[1].toLowerCase()
      continue
    }
    const entry = /^\s*([\w-]+)\s*[=:]\s*(.*?)\s*$/.exec(line)
    if (!entry) continue
    const [, key, value] = entry
    if (section === 'metadata' && key === 'name' && value) hints.names.push(importName(value))
    if (section === 'metadata' && key === 'version') {
      const attr = /^attr:\s*(\S+)$/.exec(value)
      if (attr) hints.files.push(...attrModules(attr[1]))
      const file = /^file:\s*(\S+)$/.exec(value)
      if (file) hints.files.push(file[1])
    }
    if (section === 'options' && key === 'package_dir') {
      const root = /^=\s*(\S+)$/.exec(value)
      if (root) hints.roots.push(root[1])
    }
  }
  // package_dir is often on its own line: `package_dir =\n    = src`
  const continued = /^\s*package_dir\s*=\s*\r?\n\s+=\s*(\S+)/m.exec(text)
  if (continued) hints.roots.push(continued[1])
}

/** setup.py's `name="..."` and `package_dir={"": "src"}`. */
function setupPyHints(text: string, hints: PythonHints): void {
  const name = /\bname\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(text)
  if (name) hints.names.push(importName(name[1]))
  const root = /package_dir\s*=\s*\{\s*["']{2}\s*:\s*["']([^"']+)["']/.exec(text)
  if (root) hints.roots.push(root[1])
}

function exists(tree: TreeView, path: string, directory: boolean): boolean {
  const slash = path.lastIndexOf('/')
  const dir = slash >= 0 ? path.slice(0, slash) : '.'
  const name = path.slice(slash + 1)
  return tree.list(dir).some(entry => entry.name === name && entry.directory === directory)
}

/**
 * The Python files that may hold the version, from the project's metadata: the package folder
 * (flat `NAME/` or `src/NAME/`) and its version modules, hatch's version path, setuptools' attr module.
 */
export function pythonVersionFiles(tree: TreeView): string[] {
  const hints: PythonHints = { names: [], folders: [], files: [], roots: ['', 'src'] }
  const pyproject = tomlOf(tree.read('pyproject.toml'))
  if (pyproject) pyprojectHints(pyproject, hints)
  const cfg = tree.read('setup.cfg')
  if (cfg !== null) setupCfgHints(cfg, hints)
  const py = tree.read('setup.py')
  if (py !== null) setupPyHints(py, hints)
  const found = new Set<string>()
  const folders = new Set<string>()
  for (const folder of hints.folders) {
    const clean = inside(folder)
    if (clean) folders.add(clean)
  }
  for (const name of hints.names) {
    for (const root of hints.roots) {
      const base = root === '' ? '' : inside(root)
      if (base === null) continue
      folders.add(base ? `${base}/${name}` : name)
    }
  }
  for (const folder of folders) {
    if (!exists(tree, folder, true) || !exists(tree, `${folder}/__init__.py`, false)) continue
    for (const entry of tree.list(folder))
      if (!entry.directory && PYTHON_VERSION_MODULES.includes(entry.name)) found.add(`${folder}/${entry.name}`)
  }
  for (const file of hints.files) {
    for (const root of [...new Set(['', ...hints.roots])]) {
      const base = root === '' ? '' : inside(root)
      if (base === null) continue
      const path = inside(base ? `${base}/${file}` : file)
      if (path && exists(tree, path, false)) found.add(path)
    }
  }
  return [...found]
}

/** Expands a workspace member pattern (`crates/*`, `cli`): `*` and `?` within one folder name. */
function expand(tree: TreeView, pattern: string): string[] {
  const clean = inside(pattern)
  if (!clean) return []
  let paths = ['']
  for (const segment of clean.split('/')) {
    if (segment === '**') return [] // not a pattern Cargo members use in practice
    const wild = /[*?[]/.test(segment)
    const regex = wild
      ? new RegExp(
          `^${segment
            .replace(/[.+^${}()|\\]/g, '\\$&')
            .replace(/\*/g, '[^/]*')
            .replace(/\?/g, '[^/]')}$`
        )
      : null
    const next: string[] = []
    for (const path of paths) {
      const dir = path || '.'
      for (const entry of tree.list(dir)) {
        if (!entry.directory || entry.name.startsWith('.')) continue
        if (regex ? regex.test(entry.name) : entry.name === segment)
          next.push(path ? `${path}/${entry.name}` : entry.name)
      }
    }
    paths = next
  }
  return paths
}

/** The member crates' Cargo.toml of the root Cargo.toml's [workspace] (members globs, minus exclude). */
export function cargoMemberFiles(tree: TreeView): string[] {
  const root = tomlOf(tree.read('Cargo.toml'))
  if (!root) return []
  const workspace = table(root.workspace)
  const excluded = new Set(strings(workspace.exclude).flatMap(pattern => expand(tree, pattern)))
  const found = new Set<string>()
  for (const pattern of strings(workspace.members)) {
    for (const folder of expand(tree, pattern)) {
      if (excluded.has(folder) || folder === '') continue
      if (exists(tree, `${folder}/Cargo.toml`, false)) found.add(`${folder}/Cargo.toml`)
    }
  }
  return [...found]
}
