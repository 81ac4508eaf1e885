/**
 * The one component a mode acting on one package acts on (src/core/components/target.ts), and
 * the settings of that mode for it: its tag prefix, its package, its folder.
 */
import { chooseComponent, type Target } from '../../core/components/target.js'
import type { Settings } from '../../core/config/settings.js'
import type { FileReader } from '../ports.js'
import type { RollbackSettings } from '../rollback/rollback.js'
import { baseOf } from './files.js'

/** A reader of the component's folder, as if it were the root. */
export function folderReader(files: Pick<FileReader, 'read'>, base: string): Pick<FileReader, 'read'> {
  return { read: path => files.read(base ? `${base}/${path}` : path) }
}

/**
 * mode: rollback with components: the version input names the component (`name@1.2.3` or its
 * tag), or the CLI's --component does; null without components.
 */
export function rollbackTarget(
  settings: Settings,
  files: Pick<FileReader, 'read'>
): {
  settings: RollbackSettings & { component: string }
  packageFiles: Pick<FileReader, 'read'>
  target: Target
} | null {
  const config = settings.sections?.components
  if (!config) return null
  const target = chooseComponent(config, {
    name: settings.sections.component ?? '',
    version: settings.version,
    branch: '',
    what: 'mode: rollback'
  })
  const { component } = target
  const base = baseOf(component)
  return {
    settings: {
      ...settings,
      version: target.version,
      tagPrefix: component.tagPrefix,
      packageName: component.packageName || '',
      component: component.name
    },
    packageFiles: folderReader(files, base),
    target
  }
}
