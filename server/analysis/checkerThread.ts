import { parentPort } from 'node:worker_threads'
import { runAnalysis, type AnalysisTask } from './analysisTasks'

/** The analysis thread: one task at a time, answered by id. */
parentPort!.on('message', ({ id, task }: { id: number; task: AnalysisTask }) => {
  try {
    parentPort!.postMessage({ id, result: runAnalysis(task) })
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
})
