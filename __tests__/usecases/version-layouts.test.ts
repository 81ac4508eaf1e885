/**
 * Every layout a version hides in (issue 22): the files a release of 1.3.0 over 1.2.0 updates.
 * The same table, run against the code before, gives the report's before/after figures.
 */
import { prepareFiles } from '../../src/usecases/release/files.js'
import type { ReleasePlan } from '../../src/core/versioning/plan.js'
import type { ReleaseSettings } from '../../src/usecases/release/types.js'
import { memoryTree } from '../helpers/memory-tree.js'

const settings = { versionFiles: [], changelogFile: null, dryRun: false } as unknown as ReleaseSettings
const plan = { version: '1.3.0', previousVersion: '1.2.0', changelogSection: '' } as unknown as ReleasePlan

const UV_LOCK = (own: string) =>
  `version = 1\nrequires-python = ">=3.9"\n\n[[package]]\nname = "acme-kit"\nversion = "${own}"\nsource = { editable = "." }\ndependencies = [{ name = "numpy" }]\n\n[[package]]\nname = "numpy"\nversion = "1.2.0"\nsource = { registry = "https://pypi.org/simple" }\n`

export const LAYOUTS: Array<{ layout: string; files: Record<string, string>; updated: string[] }> = [
  {
    layout: 'flat Python package (pkg/__init__.py)',
    files: {
      'pyproject.toml': '[project]\nname = "acme-kit"\nversion = "1.2.0"\n',
      'acme_kit/__init__.py': '__version__ = "1.2.0"\n',
      'tests/__init__.py': '__version__ = "1.2.0"\n'
    },
    updated: ['acme_kit/__init__.py', 'pyproject.toml']
  },
  {
    layout: 'src layout, __version__.py beside __init__.py',
    files: {
      'pyproject.toml': '[project]\nname = "acme-kit"\nversion = "1.2.0"\n',
      'src/acme_kit/__init__.py': 'from .__version__ import __version__\n',
      'src/acme_kit/__version__.py': '__version__ = "1.2.0"\n'
    },
    updated: ['pyproject.toml', 'src/acme_kit/__version__.py']
  },
  {
    layout: 'flat package, _version.py (dynamic version, setuptools attr)',
    files: {
      'pyproject.toml':
        '[project]\nname = "acme.kit"\ndynamic = ["version"]\n\n[tool.setuptools.dynamic]\nversion = {attr = "acme_kit._version.__version__"}\n',
      'acme_kit/__init__.py': 'from ._version import __version__\n',
      'acme_kit/_version.py': '__version__ = "1.2.0"\n'
    },
    updated: ['acme_kit/_version.py']
  },
  {
    layout: 'hatch version path',
    files: {
      'pyproject.toml':
        '[project]\nname = "kit"\ndynamic = ["version"]\n\n[tool.hatch.version]\npath = "lib/kit/about.py"\n',
      'lib/kit/__init__.py': '',
      'lib/kit/about.py': '__version__ = "1.2.0"\n'
    },
    updated: ['lib/kit/about.py']
  },
  {
    layout: 'setup.cfg metadata, package_dir = lib',
    files: {
      'setup.cfg': '[metadata]\nname = acme-kit\nversion = 1.2.0\n\n[options]\npackage_dir =\n    = lib\n',
      'lib/acme_kit/__init__.py': '__version__ = "1.2.0"\n'
    },
    updated: ['lib/acme_kit/__init__.py', 'setup.cfg']
  },
  {
    layout: 'setup.py, flat package',
    files: {
      'setup.py': 'from setuptools import setup\nsetup(name="acme_kit", version="1.2.0")\n',
      'acme_kit/__init__.py': '__version__ = "1.2.0"\n'
    },
    updated: ['acme_kit/__init__.py', 'setup.py']
  },
  {
    layout: 'uv.lock (its own entry only)',
    files: {
      'pyproject.toml': '[project]\nname = "acme-kit"\nversion = "1.2.0"\n',
      'uv.lock': UV_LOCK('1.2.0')
    },
    updated: ['pyproject.toml', 'uv.lock']
  },
  {
    layout: 'Cargo workspace, members glob, version.workspace = true',
    files: {
      'Cargo.toml': '[workspace]\nmembers = ["crates/*"]\n\n[workspace.package]\nversion = "1.2.0"\nedition = "2021"\n',
      'crates/core/Cargo.toml': '[package]\nname = "kit-core"\nversion.workspace = true\n',
      'crates/cli/Cargo.toml': '[package]\nname = "kit-cli"\nversion = { workspace = true }\n'
    },
    updated: ['Cargo.toml']
  },
  {
    layout: 'Cargo workspace, member crates with their own version',
    files: {
      'Cargo.toml': '[workspace]\nmembers = ["crates/*", "cli"]\nexclude = ["crates/old"]\n',
      'crates/core/Cargo.toml': '[package]\nname = "kit-core"\nversion = "1.2.0"\n',
      'crates/old/Cargo.toml': '[package]\nname = "kit-old"\nversion = "1.2.0"\n',
      'crates/macros/Cargo.toml': '[package]\nname = "kit-macros"\nversion = "0.4.1"\n',
      'cli/Cargo.toml': '[package]\nname = "kit-cli"\nversion = "1.2.0"\n'
    },
    updated: ['cli/Cargo.toml', 'crates/core/Cargo.toml']
  }
]

describe('a release updates the version wherever the layout keeps it', () => {
  it.each(LAYOUTS)('$layout', ({ files, updated }) => {
    const { changes, edits } = prepareFiles(settings, plan, memoryTree(files))
    expect(changes.map(change => change.path).sort()).toEqual(updated)
    for (const edit of edits) {
      const text = Buffer.from(edit.bytes).toString('utf8')
      expect(text).not.toContain('"1.2.0"\nsource = { editable')
      expect(text).toMatch(/1\.3\.0/)
    }
  })

  it("changes only the project's own entry of uv.lock", () => {
    const { edits } = prepareFiles(settings, plan, memoryTree(LAYOUTS[6].files))
    const lock = Buffer.from(edits.find(edit => edit.path === 'uv.lock')!.bytes).toString('utf8')
    expect(lock).toBe(UV_LOCK('1.3.0'))
  })
})
