import { cargo } from './cargo.js'
import { generic } from './generic.js'
import { packageJson } from './package-json.js'
import { packageLock } from './package-lock.js'
import { plain } from './plain.js'
import { pyproject } from './pyproject.js'
import { python } from './python.js'
import { setupCfg } from './setup-cfg.js'
import { setupPy } from './setup-py.js'
import { swift } from './swift.js'
import { uvLock } from './uv-lock.js'

/**
 * Every version-file format; a file is of the first whose `matches` takes its name, so the
 * catch-all `generic` stays last. Adding a format: its file here and a line in this list.
 */
export const VERSION_FORMATS = [
  pyproject,
  setupCfg,
  setupPy,
  packageJson,
  packageLock,
  uvLock,
  cargo,
  plain,
  python,
  swift,
  generic
] as const

export type VersionFileKind = (typeof VERSION_FORMATS)[number]['kind']
