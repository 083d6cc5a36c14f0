// Preloaded into every server under test (with --expose-gc): SIGUSR2 collects garbage, so the
// benchmark can read memory that is held rather than memory not yet collected.
process.on('SIGUSR2', () => globalThis.gc?.())
