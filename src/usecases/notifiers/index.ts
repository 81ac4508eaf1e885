import { datadog } from './datadog.js'
import { jira } from './jira.js'
import { slack } from './slack.js'
import type { Notifier } from './types.js'
import { webhook } from './webhook.js'

/** Every notifier, in the order they run and appear in the summary. Adding one: its file and a line here. */
export const NOTIFIERS: readonly Notifier[] = [datadog, slack, jira, webhook]
