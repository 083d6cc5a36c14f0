import { closeSync, constants, fdatasyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * `npm run bench:fsync [-- <directory>]`: what one durable write costs on a disk — the floor under
 * every edit Claimroom relays. Writes 12 KB (three WAL frames of a 4 KB page, what one commit of
 * the update log writes) in place in a file, then fdatasyncs it, 1,000 times; prints the wall
 * time of the fdatasync (p50, p90, p99) and the process's CPU per write and sync. The data
 * directory's disk is the one that counts: pass DATA_DIR's directory.
 */
const directory = mkdtempSync(join(process.argv[2] ?? tmpdir(), 'claimroom-fsync-'))
const ROUNDS = 1000
const FRAME_BYTES = 4096 + 24
const frames = Buffer.alloc(3 * FRAME_BYTES, 1)

try {
  const path = join(directory, 'probe')
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT)
  // Written once first, so the rounds overwrite blocks the file owns, as a WAL does after its first laps.
  for (let slot = 0; slot < 64; slot++) writeSync(fd, frames, 0, frames.length, slot * frames.length)
  fdatasyncSync(fd)
  const syncs: number[] = []
  const cpuBefore = process.cpuUsage()
  for (let round = 0; round < ROUNDS; round++) {
    writeSync(fd, frames, 0, frames.length, (round % 64) * frames.length)
    const started = performance.now()
    fdatasyncSync(fd)
    syncs.push(performance.now() - started)
  }
  const cpu = process.cpuUsage(cpuBefore)
  closeSync(fd)
  syncs.sort((a, b) => a - b)
  const at = (percentile: number) => syncs[Math.min(syncs.length - 1, Math.floor((percentile / 100) * syncs.length))]!.toFixed(2)
  console.log(`disk of ${directory}`)
  console.log(`fdatasync after a 12 KB write, ${ROUNDS} times: p50 ${at(50)} ms, p90 ${at(90)} ms, p99 ${at(99)} ms`)
  console.log(`CPU per write and fdatasync: ${Math.round((cpu.user + cpu.system) / ROUNDS)} µs`)
} finally {
  rmSync(directory, { recursive: true, force: true })
}
