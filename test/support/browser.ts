import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { build } from 'vite'

export const SCREENSHOT_DIR = resolve(__dirname, '../../test-results')
const CLIENT_DIR = resolve(__dirname, '../../dist/client')

/** Builds the client as `npm start` serves it. */
export async function buildClient(): Promise<string> {
  await build({ configFile: resolve(__dirname, '../../vite.config.ts'), logLevel: 'warn' })
  return CLIENT_DIR
}

/**
 * Debian's Chromium, headless. The flags keep it off the network this machine does not have
 * (background updates, sync, component downloads).
 */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}
