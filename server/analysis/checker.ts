import { AnalysisWorker } from './AnalysisWorker'

/**
 * The server's one checker thread, shared by every route that analyses text. Its thread starts on
 * first use and does not keep the process alive. Past 8 waiting analyses callers get 503; one
 * analysis over 10 s (a pathological text) ends the thread and answers 503.
 */
export const checker = new AnalysisWorker({
  maxQueued: 8,
  timeoutMs: 10_000,
  onError: (error) => console.error('checker thread failed:', error),
})
