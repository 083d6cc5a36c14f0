import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'

export interface ServerProcess {
  url: string
  child: ChildProcess
  /** Resolves with the exit code or signal once the process has ended. */
  exited: Promise<number | string>
}

const ROOT = resolve(__dirname, '../..')

/** Runs `server/main.ts` as its own process, exactly as `npm start` does, on a free port. */
export async function spawnServer(dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, CLIENT_DIR: '/nonexistent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<number | string>((done) => child.once('exit', (code, signal) => done(signal ?? code ?? -1)))
  let output = ''
  const url = await new Promise<string>((done, fail) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /listening on (http:\/\/\S+)/.exec(output)
      if (match) done(match[1]!)
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    void exited.then((code) => fail(new Error(`server exited (${code}) before listening:\n${output}`)))
  })
  return { url, child, exited }
}
