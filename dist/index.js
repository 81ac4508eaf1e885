import { run } from './lib/index.js'

void run()
