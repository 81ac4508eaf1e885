#!/usr/bin/env node
import { main } from '../lib/index.js'

void main()
