// Preloaded into every server under test (with --expose-gc and an IPC channel to the benchmark).
// SIGUSR2 collects garbage, so the benchmark can read memory that is held rather than memory not
// yet collected.
process.on('SIGUSR2', () => globalThis.gc?.())
// A benchmark that ends for any reason takes its servers along: they stop as on SIGTERM.
process.channel?.unref()
process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'))
