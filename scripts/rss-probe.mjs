// Preloaded (--import) into a benchmarked process: prints its peak RSS and its own CPU time (user +
// system, children not included) at exit.
import { writeSync } from 'node:fs'

process.on('exit', () => {
  const { user, system } = process.cpuUsage()
  writeSync(2, `\nBENCH_MAX_RSS_KB=${process.resourceUsage().maxRSS}\nBENCH_CPU_US=${user + system}\n`)
})
