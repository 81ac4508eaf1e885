/** The GitHub REST calls of this action, one file per port, all through one client factory (client.ts). */
export { apiUrlFrom, checkShape, createOctokit, DEFAULT_API_URL, type ClientOptions } from './client.js'
export { OctokitGates } from './gates.js'
export { OctokitGitData } from './git-data.js'
export { OctokitPublisher } from './publisher.js'
export { OctokitPulls } from './pulls.js'
export { OctokitReleasePulls } from './release-pulls.js'
export { OctokitReleases } from './releases.js'
export { OctokitWatch } from './watch.js'
