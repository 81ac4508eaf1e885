import type { ArtifactUploader } from '../usecases/ports.js'

/** @actions/artifact, loaded only when an upload happens (its start-up is not free). */
export const actionsArtifact: ArtifactUploader = {
  async upload(name, files, rootDirectory) {
    const { DefaultArtifactClient } = await import('@actions/artifact')
    const client = new DefaultArtifactClient()
    return client.uploadArtifact(name, files, rootDirectory, { retentionDays: 90 })
  }
}
