import { createHash } from 'node:crypto'
import * as path from 'node:path'
import semver from 'semver'
import { base64Subjects, contentType, expectedAssetNames, sha256sums } from '../../core/publish/checksums.js'
import { ConfigurationError, GitHubApiError, adviceFor } from '../../core/errors.js'
import {
  buildSbom,
  packageLock,
  packageResolved,
  pyprojectPackage,
  requirementsFile,
  type Dependency
} from '../../core/publish/sbom.js'
import type { Settings } from '../../core/config/settings.js'
import { RELEASE_BODY_LIMIT } from '../../core/notes/notes.js'
import { truncateMarkdown } from '../../core/notes/summary.js'
import type { ArtifactUploader, FileStore, GitHubPublisher, Logger, ReleaseParams, SideFiles } from '../ports.js'
import { artifactFiles, publishPath, writePublishFile } from './side-files.js'
import { checkImmutableAssets } from './immutable.js'

/** What publishing reads of the settings. */
export type PublishSettings = Pick<
  Settings,
  | 'assets'
  | 'createRelease'
  | 'draft'
  | 'dryRun'
  | 'expectedAssets'
  | 'makeLatest'
  | 'packageName'
  | 'releaseDir'
  | 'releaseTitle'
  | 'requireAssets'
  | 'sbom'
  | 'uploadArtifact'
>

export interface PublishTarget {
  tag: string
  version: string
  notes: string
  notesFile: string
  commitSha: string
  hotfix: boolean
  /** The highest stable release version of the repository (for make_latest: auto). */
  highestVersion: string | null
  /** A release of a maintenance line (src/core/versioning/release-lines.ts). */
  maintenance?: boolean
  repoUrl: string | null
  created: Date
}

export interface AssetFile {
  name: string
  /** Path relative to the repository root. */
  path: string
  size: number
  sha256: string
}

export interface PreparedPublish {
  assets: AssetFile[]
  expected: Array<{ name: string; found: boolean }>
  warnings: string[]
  sbomPath: string | null
  sbomText: string | null
  checksumsPath: string
  checksums: string
  hashes: string
  release: ReleaseParams
}

export interface PublishResult extends PreparedPublish {
  releaseUrl: string
  releaseId: number | null
  uploadUrl: string
  uploaded: Array<AssetFile & { url: string }>
  artifact: string
  dryRun: boolean
}

export interface PublishDeps {
  files: FileStore
  /** Where the SBOM and SHA256SUMS go unless release_dir is set (src/usecases/publish/side-files.ts). */
  sideFiles?: SideFiles
  /** The CLI's plan: publishing is reported, never made, so no token is asked for or checked. */
  offline?: boolean
  github: GitHubPublisher | null
  artifact: ArtifactUploader
  log: Logger
  toolVersion: string
}

function sha256(buffer: Buffer | string): string {
  return createHash('sha256').update(buffer).digest('hex')
}

function makeLatest(
  settings: PublishSettings,
  target: PublishTarget,
  prerelease: boolean
): ReleaseParams['makeLatest'] {
  // a maintenance line (1.x) never claims "latest" while a higher release exists, whatever make_latest says
  if (target.maintenance && target.highestVersion && semver.lt(target.version, target.highestVersion)) return 'false'
  if (settings.makeLatest !== 'auto') return settings.makeLatest
  if (prerelease) return 'false'
  if (target.highestVersion && semver.lt(target.version, target.highestVersion)) return 'false' // a hotfix of an older line
  return 'true'
}

/** The SBOM of the release: the package from pyproject.toml and every dependency file present. */
async function sbomFor(
  settings: PublishSettings,
  target: PublishTarget,
  files: FileStore,
  toolVersion: string
): Promise<string> {
  const dependencies: Dependency[] = []
  const pyprojectText = files.read('pyproject.toml')
  const pyproject = pyprojectText ? pyprojectPackage(pyprojectText) : { root: {}, dependencies: [] }
  dependencies.push(...pyproject.dependencies)
  for (const file of await files.glob('requirements*.txt'))
    dependencies.push(...requirementsFile(files.read(file) ?? '', file))
  for (const file of await files.glob(
    '{Package.resolved,*/Package.resolved,*/*.xcworkspace/xcshareddata/swiftpm/Package.resolved}'
  ))
    dependencies.push(...packageResolved(files.read(file) ?? '', file))
  const lock = files.read('package-lock.json')
  if (lock !== null) dependencies.push(...packageLock(lock, 'package-lock.json'))
  const name =
    settings.packageName || pyproject.root.name || (target.repoUrl ? target.repoUrl.split('/').pop()! : 'package')
  const sbom = buildSbom({
    root: {
      name,
      version: target.version,
      license: pyproject.root.license ?? null,
      homepage: pyproject.root.homepage ?? target.repoUrl,
      downloadLocation: target.repoUrl ? `git+${target.repoUrl}.git@${target.tag}` : null
    },
    dependencies,
    created: target.created.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    namespaceBase: target.repoUrl ? `${target.repoUrl}/releases/${target.tag}` : 'https://spdx.org/spdxdocs',
    toolVersion
  })
  return `${JSON.stringify(sbom, null, 2)}\n`
}

/**
 * Everything that can fail on input, checked before the release is made: the asset globs and
 * names, the expected assets, the SBOM's sources. Writes nothing.
 */
export async function preparePublish(
  settings: PublishSettings,
  target: PublishTarget,
  deps: PublishDeps
): Promise<PreparedPublish> {
  const { files } = deps
  const warnings: string[] = []
  const byName = new Map<string, string>()
  const sbomName = `SBOM-${target.version}.json`
  const sbomPath = settings.sbom ? publishPath(settings.releaseDir, deps, sbomName) : null
  const checksumsPath = publishPath(settings.releaseDir, deps, 'SHA256SUMS')
  const own = new Set([sbomPath, checksumsPath].filter(Boolean))
  for (const pattern of settings.assets) {
    if (pattern.startsWith('/') || pattern.split('/').includes('..'))
      throw new ConfigurationError(
        `Input assets has the invalid glob "${pattern}". Use globs relative to the repository root, such as dist/*.`
      )
    const matched = (await files.glob(pattern)).filter(file => !own.has(file))
    if (matched.length === 0) {
      const message = `assets: ${pattern} matches no file`
      if (settings.requireAssets)
        throw new ConfigurationError(
          `${message} (require_assets: true). Build the assets before this step, or fix the glob.`
        )
      warnings.push(message)
    }
    for (const file of matched) {
      const name = path.posix.basename(file)
      const earlier = byName.get(name)
      if (earlier && earlier !== file)
        throw new ConfigurationError(
          `Two assets would have the same name ${name}: ${earlier} and ${file}. A release cannot hold both; narrow the globs in assets.`
        )
      byName.set(name, file)
    }
  }
  const assets: AssetFile[] = [...byName].map(([name, file]) => {
    const bytes = files.bytes(file)
    if (!bytes) throw new ConfigurationError(`assets: ${file} cannot be read.`)
    return { name, path: file, size: bytes.length, sha256: sha256(bytes) }
  })
  let sbomText: string | null = null
  if (sbomPath) {
    sbomText = await sbomFor(settings, target, files, deps.toolVersion)
    assets.push({ name: sbomName, path: sbomPath, size: Buffer.byteLength(sbomText), sha256: sha256(sbomText) })
  }
  const checksums = sha256sums(assets)
  const names = new Set([...assets.map(asset => asset.name), 'SHA256SUMS'])
  // the expected set matters where assets are published
  const publishing = settings.createRelease || settings.assets.length > 0
  const expected = publishing
    ? expectedAssetNames(settings.expectedAssets, target.version).map(name => ({ name, found: names.has(name) }))
    : []
  const missing = expected.filter(asset => !asset.found).map(asset => asset.name)
  if (missing.length > 0 && settings.requireAssets) {
    throw new ConfigurationError(
      `Expected release assets are missing: ${missing.join(', ')} (require_assets: true). Build them before this step, or change expected_assets.`
    )
  }
  if (missing.length > 0) warnings.push(`expected assets missing: ${missing.join(', ')}`)
  const prerelease = semver.prerelease(target.version) !== null
  if (settings.createRelease && !deps.offline) await checkReleaseAccess(settings, deps)
  return {
    assets,
    expected,
    warnings,
    sbomPath,
    sbomText,
    checksumsPath,
    checksums,
    hashes: base64Subjects(checksums),
    release: {
      tag: target.tag,
      title: settings.releaseTitle.replace(/\{tag\}/g, target.tag).replace(/\{version\}/g, target.version),
      body: truncateMarkdown(
        target.notes,
        RELEASE_BODY_LIMIT - 200,
        `_Cut to fit GitHub's ${RELEASE_BODY_LIMIT.toLocaleString('en-US')}-character limit: the whole notes are in ${target.notesFile}._`
      ),
      draft: settings.draft,
      prerelease,
      makeLatest: makeLatest(settings, target, prerelease),
      targetCommitish: target.commitSha
    }
  }
}

/**
 * Before the point of no return: a release that can't be published fails here, not after the push
 * (no token or repository; a token that can't reach the repository or can't write to it).
 */
async function checkReleaseAccess(settings: PublishSettings, deps: PublishDeps): Promise<void> {
  if (!deps.github)
    throw new ConfigurationError(
      'create_release: true needs github_token and GITHUB_REPOSITORY. Nothing was released: pass the token (permissions: contents: write), or set create_release: false.'
    )
  if (settings.dryRun) return
  let access: { push: boolean | null }
  try {
    access = await deps.github.repositoryAccess()
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error
    throw new ConfigurationError(
      `${error.message}. Nothing was released: the GitHub release could not be made with this token. ${adviceFor(error.status)}`
    )
  }
  if (access.push === false)
    throw new ConfigurationError(
      'The token can read this repository but not write to it, so the GitHub release could not be made. Nothing was released: give the workflow permissions: contents: write, or set create_release: false.'
    )
}

/** Writes the SBOM and SHA256SUMS, creates or updates the GitHub release, uploads the assets, the artifact. */
export async function executePublish(
  settings: PublishSettings,
  target: PublishTarget,
  prepared: PreparedPublish,
  deps: PublishDeps
): Promise<PublishResult> {
  const { files, log } = deps
  const result: PublishResult = {
    ...prepared,
    releaseUrl: '',
    releaseId: null,
    uploadUrl: '',
    uploaded: [],
    artifact: '',
    dryRun: settings.dryRun
  }
  for (const warning of prepared.warnings) log.warning(warning)
  if (settings.dryRun) {
    log.info(
      `Dry run: would write ${[prepared.sbomPath, prepared.checksumsPath].filter(Boolean).join(' and ')}${settings.createRelease ? `, ${settings.createRelease ? 'create or update' : ''} the GitHub release ${prepared.release.tag} and upload ${prepared.assets.length + 1} asset(s)` : ''}`
    )
    return result
  }
  if (prepared.sbomPath && prepared.sbomText)
    writePublishFile(settings.releaseDir, deps, prepared.sbomPath, prepared.sbomText)
  writePublishFile(settings.releaseDir, deps, prepared.checksumsPath, prepared.checksums)
  const uploads = [
    ...prepared.assets,
    {
      name: 'SHA256SUMS',
      path: prepared.checksumsPath,
      size: Buffer.byteLength(prepared.checksums),
      sha256: sha256(prepared.checksums)
    }
  ]

  if (settings.createRelease) {
    if (!deps.github) throw new ConfigurationError('create_release: true needs github_token and GITHUB_REPOSITORY.')
    const github = deps.github
    const done: string[] = ['wrote SBOM and SHA256SUMS']
    try {
      await log.group(`GitHub release ${prepared.release.tag}`, async () => {
        // created as a draft, assets attached, then published in one step: repositories whose
        // releases are immutable take no asset once a release is published
        const staged = { ...prepared.release, draft: true }
        let release = await github.releaseByTag(prepared.release.tag)
        if (release) {
          release = await github.updateRelease(release.id, release.draft ? staged : prepared.release)
          log.info(`Updated ${release.url}`)
        } else {
          try {
            release = await github.createRelease(staged)
          } catch (error) {
            // 422: created meanwhile (a parallel run): update that one instead of failing
            if (!(error instanceof GitHubApiError && error.status === 422)) throw error
            const existing = await github.releaseByTag(prepared.release.tag)
            if (!existing) throw error
            release = await github.updateRelease(existing.id, existing.draft ? staged : prepared.release)
          }
          log.info(`Created ${release.url}${release.draft ? ' (a draft until its assets are attached)' : ''}`)
        }
        done.push(`release ${release.url}`)
        result.releaseUrl = release.url
        result.releaseId = release.id
        result.uploadUrl = release.uploadUrl
        if (release.immutable && !release.draft) {
          // published and immutable: its assets can't change (GitHub answers 422): checked, reported
          result.uploaded.push(...checkImmutableAssets(release, uploads, log))
          return
        }
        for (const asset of uploads) {
          const existing = release.assets.find(candidate => candidate.name === asset.name)
          if (existing) await github.deleteAsset(existing.id)
          const data =
            asset.path === prepared.checksumsPath
              ? Buffer.from(prepared.checksums)
              : asset.path === prepared.sbomPath && prepared.sbomText !== null
                ? Buffer.from(prepared.sbomText)
                : (files.bytes(asset.path) ?? Buffer.alloc(0))
          const uploaded = await github.uploadAsset(release.uploadUrl, asset.name, contentType(asset.name), data)
          result.uploaded.push({ ...asset, url: uploaded.url })
          log.info(`${existing ? 'Replaced' : 'Uploaded'} ${asset.name} (${asset.size} bytes)`)
        }
        if (release.draft && !prepared.release.draft) {
          release = await github.updateRelease(release.id, prepared.release)
          done.push('published it')
          result.releaseUrl = release.url
          log.info(`Published ${release.url}`)
        }
      })
    } catch (error) {
      if (!(error instanceof GitHubApiError)) throw error
      const uploaded = result.uploaded.map(asset => asset.name)
      throw new ConfigurationError(
        `${error.message}. Done so far: ${[...done, uploaded.length > 0 ? `uploaded ${uploaded.join(', ')}` : ''].filter(Boolean).join('; ')}. ${adviceFor(error.status)} Running again updates the release and replaces its assets.`
      )
    }
  }

  if (settings.uploadArtifact) {
    const name = `release-${target.version}`
    const written = [prepared.checksumsPath, ...(prepared.sbomPath ? [prepared.sbomPath] : [])]
    const { files: list, root } = artifactFiles(settings.releaseDir, deps, target.notesFile, written)
    await deps.artifact.upload(name, list, root)
    result.artifact = name
    log.info(`Uploaded the workflow artifact ${name}`)
  }
  return result
}

/** Whether a release run publishes: a GitHub release, assets or an artifact were asked for. */
export function publishingWanted(settings: PublishSettings): boolean {
  return settings.createRelease || settings.assets.length > 0 || settings.uploadArtifact
}

/** The publishing outputs, the same for the action and the CLI's --json. */
export function publishOutputs(published: PublishResult | null): Record<string, string> {
  if (!published) return {}
  const assets =
    published.uploaded.length > 0
      ? published.uploaded.map(({ name, size, sha256, url }) => ({ name, size, sha256, url }))
      : published.assets.map(({ name, size, sha256 }) => ({ name, size, sha256, url: '' }))
  return {
    release_url: published.releaseUrl,
    release_id: published.releaseId === null ? '' : String(published.releaseId),
    upload_url: published.uploadUrl,
    assets: JSON.stringify(assets),
    hashes: published.hashes,
    sbom: published.sbomPath ?? '',
    checksums: published.checksumsPath
  }
}
