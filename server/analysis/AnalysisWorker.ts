import type { Worker } from 'node:worker_threads'
import { ApiError } from '../ApiError'
import type { AddedMatterFinding, AddedMatterInput } from '../../shared/amendment/addedMatter'
import type { AmendmentAnalysis, AnalyzeAmendmentInput } from '../../shared/amendment/analyzeAmendment'
import type { Jurisdiction } from '../../shared/claims/types'
import type { DocumentKind } from '../../shared/domain/documentKinds'
import type { PatentDocumentAnalysis } from '../../shared/editor/analyzePatentDocument'
import type { AnalyzeClaimSetInput, ClaimSetAnalysis } from '../../shared/rules/analyze'
import { startThread } from '../threads/startThread'
import type { AnalysisTask } from './analysisTasks'

interface Waiting {
  resolve: (result: unknown) => void
  reject: (error: Error) => void
  timer: NodeJS.Timeout
}

/**
 * Runs the drafting checker on a thread of its own, so that a long text (half a million
 * characters take seconds) never stalls the event loop that relays everyone's keystrokes.
 * Tasks queue; past `maxQueued` the caller gets 503 at once. A task over `timeoutMs` ends the
 * thread (the only way to stop it) and a new one starts for the next task.
 */
export class AnalysisWorker {
  private worker: Worker | null = null
  private readonly waiting = new Map<number, Waiting>()
  private nextId = 1

  constructor(
    private readonly options: { maxQueued: number; timeoutMs: number; onError: (error: unknown) => void },
  ) {}

  analyzeClaimSet(input: AnalyzeClaimSetInput): Promise<ClaimSetAnalysis> {
    return this.run({ task: 'claim-set', input }) as Promise<ClaimSetAnalysis>
  }

  /** The comparison of amended claims with the original ones, and the added-matter check. */
  analyzeAmendment(input: AnalyzeAmendmentInput): Promise<AmendmentAnalysis> {
    return this.run({ task: 'amendment', input }) as Promise<AmendmentAnalysis>
  }

  /** The added-matter check of claims as amended (a reply's, matched with the claims it started from by id). */
  checkAddedMatter(input: AddedMatterInput, jurisdiction: Jurisdiction): Promise<AddedMatterFinding[]> {
    return this.run({ task: 'added-matter', input, jurisdiction }) as Promise<AddedMatterFinding[]>
  }

  /** A stored document (its Yjs state), read through its schema and checked as the editor does. */
  analyzeDocument(kind: DocumentKind, jurisdiction: Jurisdiction, state: Uint8Array): Promise<Pick<PatentDocumentAnalysis, 'claims' | 'findings'>> {
    return this.run({ task: 'document', kind, jurisdiction, state }) as Promise<Pick<PatentDocumentAnalysis, 'claims' | 'findings'>>
  }

  private run(task: AnalysisTask): Promise<unknown> {
    if (this.waiting.size >= this.options.maxQueued) {
      return Promise.reject(new ApiError(503, 'busy', 'the checker is busy; try again in a moment'))
    }
    const worker = this.thread()
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.fail(new ApiError(503, 'analysis_timeout', `the analysis took longer than ${this.options.timeoutMs / 1000} s`))
      }, this.options.timeoutMs)
      this.waiting.set(id, { resolve, reject, timer })
      worker.postMessage({ id, task })
    })
  }

  async close(): Promise<void> {
    const worker = this.worker
    this.worker = null
    this.fail(new Error('the analysis thread was closed'))
    await worker?.terminate()
  }

  private thread(): Worker {
    if (this.worker) return this.worker
    const worker = startThread('analysis/checkerThread')
    worker.unref()
    worker.on('message', ({ id, result, error }: { id: number; result?: unknown; error?: string }) => {
      const waiting = this.waiting.get(id)
      if (!waiting) return
      this.waiting.delete(id)
      clearTimeout(waiting.timer)
      if (error !== undefined) waiting.reject(new Error(`analysis failed: ${error}`))
      else waiting.resolve(result)
    })
    worker.on('error', (error) => {
      this.options.onError(error)
      this.fail(new Error('the analysis thread failed'))
    })
    this.worker = worker
    return worker
  }

  /** Fails every waiting task and ends the thread; the next task starts a new one. */
  private fail(error: Error): void {
    for (const { reject, timer } of this.waiting.values()) {
      clearTimeout(timer)
      reject(error)
    }
    this.waiting.clear()
    void this.worker?.terminate()
    this.worker = null
  }
}
