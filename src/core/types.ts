/** A commit as read from `git log`. */
export interface RawCommit {
  sha: string
  parents: string[]
  /** Committer time, seconds since the epoch. */
  time: number
  author: string
  message: string
  /** A boundary commit of `git log --boundary` (excluded from the range, a parent of it). */
  boundary?: boolean
}

export type BumpLevel = 'major' | 'minor' | 'patch'
export type Bump = BumpLevel | 'none'

export const BUMP_ORDER: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 }
