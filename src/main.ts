import * as core from '@actions/core'
import { isConfigurationError } from './core/errors.js'
import type { GatesReport } from './core/gates/types.js'
import { renderMetrics, type DoraMetrics } from './core/metrics.js'
import type { ReleasePlan } from './core/plan.js'
import { parseSettings, type Settings } from './core/settings.js'
import { renderNotifySummary, renderPublishSummary, renderRollbackSummary, renderSummary } from './core/summary.js'
import { actionsArtifact } from './adapters/artifact.js'
import { shellRunner } from './adapters/commands.js'
import { LocalFiles } from './adapters/files.js'
import { ExecGit } from './adapters/git.js'
import { OctokitGates, OctokitPublisher, OctokitReleases } from './adapters/github.js'
import { fetchClient } from './adapters/http.js'
import type { GitHubReleases, Logger } from './usecases/ports.js'
import { releaseDate } from './usecases/context.js'
import { GatesFailedError, runGates } from './usecases/gates.js'
import { collectMetrics } from './usecases/metrics.js'
import { notifyGateFailure, notifyRelease, sendMetrics } from './usecases/notify.js'
import { gatesJson, outputsOf } from './usecases/outputs.js'
import { executePublish, preparePublish, publishingWanted, publishOutputs, type PublishDeps, type PublishResult } from './usecases/publish.js'
import { existingReleaseTarget, releasePublisher } from './usecases/publish-target.js'
import { runRelease, type ReleaseEnvironment, type ReleaseResult } from './usecases/release.js'
import { runRollback } from './usecases/rollback.js'
import { TOOL_VERSION } from './version.js'

type GateInput = Parameters<typeof runGates>[1]

/** Reads every input once into the typed settings (undefined when an input was not given at all). */
export function getSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  return parseSettings(name => {
    const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
    return env[key] === undefined ? undefined : core.getInput(name)
  })
}

const actionsLogger: Logger = {
  info: message => core.info(message),
  warning: message => core.warning(message),
  group: (name, fn) => core.group(name, fn)
}

/** The GitHub client, when a token and the repository are known. */
export function githubFrom(settings: Settings, env: NodeJS.ProcessEnv): GitHubReleases | null {
  if (!settings.githubToken || !env.GITHUB_REPOSITORY) return null
  return new OctokitReleases(settings.githubToken, env.GITHUB_REPOSITORY, env.GITHUB_API_URL || 'https://api.github.com')
}

function environment(env: NodeJS.ProcessEnv): ReleaseEnvironment {
  return {
    serverUrl: env.GITHUB_SERVER_URL,
    repository: env.GITHUB_REPOSITORY,
    refName: env.GITHUB_REF_TYPE === 'tag' ? undefined : env.GITHUB_REF_NAME,
    actor: env.GITHUB_ACTOR,
    now: releaseDate(env)
  }
}

async function summary(markdown: string): Promise<void> {
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write()
}

async function rollback(settings: Settings, cwd: string): Promise<void> {
  const result = await runRollback(settings, {
    git: new ExecGit(cwd),
    files: new LocalFiles(cwd),
    log: actionsLogger,
    env: environment(process.env),
    github: githubFrom(settings, process.env)
  })
  core.setOutput('rolled_back_version', result.version)
  core.setOutput('restored_version', result.restoredVersion)
  core.setOutput('rollback_steps', JSON.stringify(result.steps))
  core.setOutput('commit_sha', result.recordCommit)
  core.setOutput('pushed', String(result.pushed))
  core.setOutput('dry_run', String(result.dryRun))
  for (const text of result.manual) core.warning(text, { title: `Manual step to finish the rollback of ${result.tag}` })
  await summary(renderRollbackSummary({ ...result, reason: settings.reason }))
  core.info(`${result.dryRun ? 'Would roll back' : 'Rolled back'} ${result.tag}; users are back on ${result.restoredVersion || 'no release'}.`)
}

/** The gates' results as annotations, the `gates` output and SKIP_SLOW_TESTS. */
function reportGates(report: GatesReport | null): void {
  if (!report) return
  if (report.skipSlowTests) core.exportVariable('SKIP_SLOW_TESTS', 'true')
  for (const gate of report.results) {
    if (gate.status !== 'fail') continue
    core.error(`${gate.gate}: ${gate.reason}`, { title: `Release gate ${gate.gate} failed` })
    for (const note of gate.annotations) {
      const properties = { title: `Release gate ${gate.gate}`, file: note.file, startLine: note.line }
      if (note.level === 'error') core.error(note.message, properties)
      else if (note.level === 'warning') core.warning(note.message, properties)
      else core.notice(note.message, properties)
    }
  }
}

function gatesRunner(settings: Settings, cwd: string): (input: GateInput) => Promise<GatesReport> {
  return input => runGates(settings, input, {
    git: new ExecGit(cwd),
    files: new LocalFiles(cwd),
    commands: shellRunner,
    github: settings.githubToken && process.env.GITHUB_REPOSITORY
      ? new OctokitGates(settings.githubToken, process.env.GITHUB_REPOSITORY, process.env.GITHUB_API_URL || 'https://api.github.com')
      : null,
    log: actionsLogger,
    cwd,
    runId: process.env.GITHUB_RUN_ID
  })
}

function publishDeps(settings: Settings, cwd: string): PublishDeps {
  return {
    files: new LocalFiles(cwd),
    github: settings.githubToken && process.env.GITHUB_REPOSITORY
      ? new OctokitPublisher(settings.githubToken, process.env.GITHUB_REPOSITORY, process.env.GITHUB_API_URL || 'https://api.github.com', message => core.warning(message))
      : null,
    artifact: actionsArtifact,
    log: actionsLogger,
    toolVersion: TOOL_VERSION
  }
}

function reportPublish(published: PublishResult | null): void {
  for (const [name, value] of Object.entries(publishOutputs(published))) core.setOutput(name, value)
}

function writeMetrics(settings: Settings, cwd: string, metrics: DoraMetrics): void {
  core.setOutput('metrics', JSON.stringify(metrics))
  if (!settings.dryRun) new LocalFiles(cwd).write('release-metrics.json', `${JSON.stringify(metrics, null, 2)}\n`)
}

/** Metrics (every run), then Datadog, Slack and JIRA for a release; returns the summary sections. */
async function afterRelease(settings: Settings, cwd: string, result: ReleaseResult, published: PublishResult | null): Promise<string> {
  const git = new ExecGit(cwd)
  const env = environment(process.env)
  const { plan } = result
  const pending = plan.released ? { version: plan.version, type: plan.hotfix ? 'hotfix' as const : 'release' as const, hotfixOf: plan.tagMeta.hotfixOf, commitTimes: result.commitTimes } : null
  const metrics = await collectMetrics(settings, { git, files: new LocalFiles(cwd) }, env.now, pending)
  writeMetrics(settings, cwd, metrics)
  let sections = `\n${renderMetrics(metrics)}`
  if (!plan.released) return sections
  const repoUrl = env.serverUrl && env.repository ? `${env.serverUrl}/${env.repository}` : null
  const jiraWanted = settings.jiraBaseUrl !== '' && settings.jiraProjects.length > 0
  const previous = plan.previousTag ? (await git.tags(settings.tagPrefix)).find(tag => tag.name === plan.previousTag)?.sha : undefined
  const messages = jiraWanted ? await git.messages(previous ? `${previous}..HEAD` : 'HEAD') : []
  const report = await notifyRelease(settings, {
    plan,
    metrics,
    messages,
    repository: env.repository ?? null,
    releaseUrl: published?.releaseUrl || (repoUrl ? `${repoUrl}/releases/tag/${plan.tag}` : null),
    compareUrl: repoUrl && plan.previousTag ? `${repoUrl}/compare/${plan.previousTag}...${plan.tag}` : null,
    now: env.now
  }, { http: fetchClient(), log: actionsLogger })
  core.setOutput('jira_issues', JSON.stringify(report.jira.issues))
  sections += `\n${renderNotifySummary({
    dryRun: settings.dryRun,
    services: [{ name: 'Datadog', ...report.datadog }, { name: 'Slack', ...report.slack }, { name: 'JIRA', ...report.jira }],
    jiraIssues: report.jira.issues
  })}`
  return sections
}

/** mode: metrics — the DORA metrics without releasing (for a scheduled workflow). */
async function metricsMode(settings: Settings, cwd: string): Promise<void> {
  const env = environment(process.env)
  const metrics = await collectMetrics(settings, { git: new ExecGit(cwd), files: new LocalFiles(cwd) }, env.now)
  writeMetrics(settings, cwd, metrics)
  const plan = { version: '', tag: '', hotfix: false } as unknown as ReleasePlan
  const datadog = await sendMetrics(settings, { plan, metrics, messages: [], repository: env.repository ?? null, releaseUrl: null, compareUrl: null, now: env.now }, { http: fetchClient(), log: actionsLogger })
  await summary(`${renderMetrics(metrics)}\n${renderNotifySummary({ dryRun: settings.dryRun, services: [{ name: 'Datadog', ...datadog }], jiraIssues: [] })}`)
  core.info(`DORA metrics over ${metrics.windowDays} days: ${metrics.releases} release(s).`)
}

/** mode: publish — the GitHub release, assets, SBOM and checksums of a release already tagged. */
async function publish(settings: Settings, cwd: string): Promise<void> {
  const deps = publishDeps(settings, cwd)
  const target = await existingReleaseTarget(new ExecGit(cwd), settings, environment(process.env))
  const prepared = await preparePublish(settings, target, deps)
  const published = await executePublish(settings, target, prepared, deps)
  reportPublish(published)
  core.setOutput('new_version', target.version)
  core.setOutput('tag', target.tag)
  await summary(renderPublishSummary(published))
  core.info(`${settings.dryRun ? 'Would publish' : 'Published'} ${target.tag}${published.releaseUrl ? `: ${published.releaseUrl}` : ''}`)
}

async function release(settings: Settings, cwd: string): Promise<void> {
  let result
  let published: PublishResult | null = null
  try {
    result = await runRelease(settings, {
      git: new ExecGit(cwd),
      files: new LocalFiles(cwd),
      log: actionsLogger,
      env: environment(process.env),
      gates: gatesRunner(settings, cwd),
      publish: publishingWanted(settings) ? releasePublisher(settings, new ExecGit(cwd), environment(process.env), publishDeps(settings, cwd), value => { published = value }) : undefined
    })
  } catch (error) {
    if (error instanceof GatesFailedError) {
      const env = environment(process.env)
      const runUrl = env.serverUrl && env.repository && process.env.GITHUB_RUN_ID ? `${env.serverUrl}/${env.repository}/actions/runs/${process.env.GITHUB_RUN_ID}` : null
      await notifyGateFailure(settings, error.plan.tag, error.report.results.filter(r => r.status === 'fail'), env.repository ?? null, runUrl, { http: fetchClient(), log: actionsLogger })
      reportGates(error.report)
      core.setOutput('gates', gatesJson(error.report))
      core.setOutput('released', 'false')
      await summary(renderSummary({ plan: error.plan, dryRun: settings.dryRun, severity: settings.severity, notesFile: settings.releaseNotesFile, commitSha: '', pushed: false, resumed: false, gates: error.report, stoppedByGates: true }))
    }
    throw error
  }
  for (const [name, value] of Object.entries({ ...outputsOf(result, settings.severity), ...publishOutputs(published) })) core.setOutput(name, value)
  reportGates(result.gates)
  const extra = await afterRelease(settings, cwd, result, published)
  if (result.plan.released) {
    core.exportVariable('NEW_VERSION', result.plan.version)
    core.exportVariable('VERSION', result.plan.version)
  }
  await summary(renderSummary({
    plan: result.plan,
    dryRun: settings.dryRun,
    severity: settings.severity,
    notesFile: result.notesFile,
    commitSha: result.commitSha,
    pushed: result.pushed,
    resumed: result.resumed,
    gates: result.gates
  }) + (published ? `\n${renderPublishSummary(published)}` : '') + extra)
  core.info(result.plan.released ? `${settings.dryRun ? 'Would release' : 'Released'} ${result.plan.tag}: ${result.plan.reason}` : `No release: ${result.plan.reason}`)
}

export async function run(): Promise<void> {
  try {
    const settings = getSettings()
    for (const secret of [settings.githubToken, settings.datadogApiKey, settings.slackWebhookUrl, settings.jiraToken]) if (secret) core.setSecret(secret)
    core.info(`mode=${settings.mode} bump=${settings.bump} dry_run=${settings.dryRun} severity=${settings.severity || '(none)'} push=${settings.push}`)
    if (settings.mode === 'rollback') await rollback(settings, process.cwd())
    else if (settings.mode === 'publish') await publish(settings, process.cwd())
    else if (settings.mode === 'metrics') await metricsMode(settings, process.cwd())
    else await release(settings, process.cwd())
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (!isConfigurationError(error) && error instanceof Error && error.stack) core.debug(error.stack)
    core.setFailed(isConfigurationError(error) ? message : `Unexpected error (please report it): ${message}`)
  }
}
