import { parseArgs } from 'node:util'
import { isConfigurationError } from './core/errors.js'
import { DEFAULTS, parseSettings } from './core/settings.js'
import { LocalFiles } from './adapters/files.js'
import { ExecGit } from './adapters/git.js'
import { silentLogger, stderrLogger } from './adapters/logger.js'
import { outputsOf } from './usecases/outputs.js'
import { runRelease } from './usecases/release.js'
import { runRollback } from './usecases/rollback.js'
import { OctokitGates, OctokitPublisher, OctokitReleases } from './adapters/github.js'
import { publishingWanted, publishOutputs, type PublishResult } from './usecases/publish.js'
import { releasePublisher } from './usecases/publish-target.js'
import { actionsArtifact } from './adapters/artifact.js'
import { TOOL_VERSION } from './version.js'
import { collectMetrics } from './usecases/metrics.js'
import { GatesFailedError, runGates } from './usecases/gates.js'
import { shellRunner } from './adapters/commands.js'
import { releaseDate } from './usecases/context.js'

const USAGE = `Usage: fastvlm-release [plan|apply|rollback VERSION] [options]

  plan      (default) compute the next release and write the notes file; change nothing else
  apply     make the release: version files, changelog, release commit and annotated tag
  rollback  roll VERSION back: record it, delete its tag here and on origin (--dry-run to preview)

Options (the action's inputs):
  --bump auto|patch|minor|major      --prerelease ID          --tag-prefix PREFIX
  --initial-version X.Y.Z            --version-files A,B      --changelog-file FILE ('' to skip)
  --release-notes-file FILE          --package-name NAME      --severity critical|high|medium
  --bump-minor-pre-major             --push                   --dry-run (with apply, rollback)
  --gates LIST  gates to run (or none)  --gates-config FILE  --base-branch NAME
  --hotfix     a hotfix (also on hotfix/* branches)  --allow-features
  --reason TEXT  --force  --rollback-record FILE  --docker-image NAME   (rollback)
  -C DIR       run in DIR instead of the current directory
  --json       print the outputs as JSON on stdout
  -q, --quiet  no progress on stderr
  -h, --help`

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

export async function cli(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<CliResult> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        bump: { type: 'string' },
        prerelease: { type: 'string' },
        'tag-prefix': { type: 'string' },
        'initial-version': { type: 'string' },
        'version-files': { type: 'string' },
        'changelog-file': { type: 'string' },
        'release-notes-file': { type: 'string' },
        'package-name': { type: 'string' },
        severity: { type: 'string' },
        'notes-sections': { type: 'string' },
        'bump-minor-pre-major': { type: 'boolean' },
        push: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        hotfix: { type: 'boolean' },
        gates: { type: 'string' },
        'gates-config': { type: 'string' },
        'base-branch': { type: 'string' },
        'allow-features': { type: 'boolean' },
        reason: { type: 'string' },
        force: { type: 'boolean' },
        'rollback-record': { type: 'string' },
        'docker-image': { type: 'string' },
        json: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        C: { type: 'string', short: 'C' }
      }
    })
  } catch (error) {
    return { code: 2, stdout: '', stderr: `${(error as Error).message}\n${USAGE}\n` }
  }
  const { values, positionals } = parsed
  if (values.help) return { code: 0, stdout: `${USAGE}\n`, stderr: '' }
  const command = positionals[0] ?? 'plan'
  const arity = command === 'rollback' ? 2 : 1
  if (!['plan', 'apply', 'rollback'].includes(command) || positionals.length > arity || (command === 'rollback' && positionals.length < 2)) {
    return { code: 2, stdout: '', stderr: `Unknown command "${positionals.join(' ')}".\n${USAGE}\n` }
  }
  const given: Record<string, string | undefined> = {
    bump: values.bump,
    prerelease: values.prerelease,
    tag_prefix: values['tag-prefix'],
    initial_version: values['initial-version'],
    version_files: values['version-files'],
    changelog_file: values['changelog-file'],
    release_notes_file: values['release-notes-file'],
    notes_sections: values['notes-sections'],
    package_name: values['package-name'],
    severity: values.severity,
    bump_minor_pre_major: values['bump-minor-pre-major'] ? 'true' : undefined,
    push: values.push ? 'true' : undefined,
    dry_run: command === 'plan' || values['dry-run'] ? 'true' : 'false',
    mode: command === 'rollback' ? 'rollback' : values.hotfix ? 'hotfix' : undefined,
    version: command === 'rollback' ? positionals[1] : undefined,
    allow_features: values['allow-features'] ? 'true' : undefined,
    reason: values.reason,
    force: values.force ? 'true' : undefined,
    rollback_record: values['rollback-record'],
    docker_image: values['docker-image'],
    gates: values.gates,
    gates_config: values['gates-config'],
    base_branch: values['base-branch']
  }
  const cwd = values.C ?? process.cwd()
  try {
    const settings = parseSettings(name => (name in DEFAULTS ? given[name] : undefined))
    const log = values.quiet || values.json ? silentLogger : stderrLogger
    const runEnv = { serverUrl: env.GITHUB_SERVER_URL, repository: env.GITHUB_REPOSITORY, actor: env.USER, now: releaseDate(env) }
    if (settings.mode === 'rollback') {
      const token = env.GITHUB_TOKEN ?? ''
      const github = token && env.GITHUB_REPOSITORY ? new OctokitReleases(token, env.GITHUB_REPOSITORY, env.GITHUB_API_URL || 'https://api.github.com') : null
      const rolled = await runRollback(settings, { git: new ExecGit(cwd), files: new LocalFiles(cwd), log, env: runEnv, github })
      if (values.json) return { code: 0, stdout: `${JSON.stringify({ rolled_back_version: rolled.version, restored_version: rolled.restoredVersion, rollback_steps: rolled.steps, manual: rolled.manual }, null, 2)}\n`, stderr: '' }
      const lines = [
        `${rolled.dryRun ? 'Would roll back' : 'Rolled back'} ${rolled.tag}; users are back on ${rolled.restoredVersion || 'no release'}.`,
        ...rolled.steps.map(step => `  ${step.step}: ${step.status}${step.detail ? ` (${step.detail})` : ''}`),
        'Manual steps:',
        ...rolled.manual.map(text => `  - ${text}`)
      ]
      return { code: 0, stdout: `${lines.join('\n')}\n`, stderr: '' }
    }
    let published: PublishResult | null = null
    const publishDeps = {
      files: new LocalFiles(cwd),
      github: env.GITHUB_TOKEN && env.GITHUB_REPOSITORY ? new OctokitPublisher(env.GITHUB_TOKEN, env.GITHUB_REPOSITORY, env.GITHUB_API_URL || 'https://api.github.com', message => log.warning(message)) : null,
      artifact: actionsArtifact,
      log,
      toolVersion: TOOL_VERSION
    }
    const result = await runRelease(settings, {
      publish: publishingWanted(settings) ? releasePublisher(settings, new ExecGit(cwd), runEnv, publishDeps, value => { published = value }) : undefined,
      git: new ExecGit(cwd),
      files: new LocalFiles(cwd),
      log,
      env: runEnv,
      gates: input => runGates(settings, input, {
        git: new ExecGit(cwd),
        files: new LocalFiles(cwd),
        commands: shellRunner,
        github: env.GITHUB_TOKEN && env.GITHUB_REPOSITORY ? new OctokitGates(env.GITHUB_TOKEN, env.GITHUB_REPOSITORY, env.GITHUB_API_URL || 'https://api.github.com') : null,
        log,
        cwd
      })
    })
    const pending = result.plan.released ? { version: result.plan.version, type: result.plan.hotfix ? 'hotfix' as const : 'release' as const, hotfixOf: result.plan.tagMeta.hotfixOf, commitTimes: result.commitTimes } : null
    const metrics = await collectMetrics(settings, { git: new ExecGit(cwd), files: new LocalFiles(cwd) }, runEnv.now, pending)
    const outputs = { ...outputsOf(result, settings.severity), ...publishOutputs(published), metrics: JSON.stringify(metrics) }
    if (values.json) return { code: 0, stdout: `${JSON.stringify(outputs, null, 2)}\n`, stderr: '' }
    const { plan } = result
    const lines = plan.released
      ? [
          `${settings.dryRun ? 'Would release' : 'Released'} ${plan.tag} (${plan.bump}${plan.previousTag ? ` from ${plan.previousTag}` : ', first release'})`,
          `Why: ${plan.reason}`,
          ...result.versionFiles.map(file => `Version file: ${file.path} ${file.from} → ${file.to}`),
          result.commitSha ? `Release commit: ${result.commitSha}${result.pushed ? ' (pushed with its tag)' : ''}` : `Notes written to ${result.notesFile}`,
          '',
          plan.notes
        ]
      : [`No release: ${plan.reason}`]
    return { code: 0, stdout: `${lines.join('\n')}\n`, stderr: '' }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const gates = error instanceof GatesFailedError
      ? `${error.report.results.map(gate => `  ${gate.gate}: ${gate.status} — ${gate.reason}`).join('\n')}\n`
      : ''
    return { code: 1, stdout: '', stderr: `${gates}${isConfigurationError(error) ? 'error' : 'unexpected error'}: ${message}\n` }
  }
}

/** Runs the CLI when this module is the program (the bundle's entry). */
export async function main(): Promise<void> {
  const result = await cli(process.argv.slice(2))
  process.stdout.write(result.stdout)
  process.stderr.write(result.stderr)
  process.exitCode = result.code
}
