/**
 * The few Prometheus metric kinds the server exposes, and their text exposition format
 * (https://prometheus.io/docs/instrumenting/exposition_formats/). Small enough to keep in the
 * project rather than pull in a client library for four shapes.
 */

type Labels = Record<string, string>

export interface Metric {
  readonly name: string
  /** The lines of this metric's family: HELP, TYPE and its samples. */
  render(): string
}

const escapeLabel = (value: string) => value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"')

function sample(name: string, labels: Labels, value: number): string {
  const pairs = Object.entries(labels).map(([key, v]) => `${key}="${escapeLabel(v)}"`)
  const number = Number.isFinite(value) ? String(value) : value > 0 ? '+Inf' : value < 0 ? '-Inf' : 'NaN'
  return `${name}${pairs.length ? `{${pairs.join(',')}}` : ''} ${number}`
}

const header = (name: string, help: string, type: string) => `# HELP ${name} ${help}\n# TYPE ${name} ${type}\n`

/** A count that only goes up, optionally split by one label. */
export class Counter implements Metric {
  private readonly values = new Map<string, number>()

  constructor(
    readonly name: string,
    private readonly help: string,
    private readonly labelName?: string,
  ) {}

  inc(by = 1, label = ''): void {
    this.values.set(label, (this.values.get(label) ?? 0) + by)
  }

  get(label = ''): number {
    return this.values.get(label) ?? 0
  }

  render(): string {
    const lines = this.labelName
      ? [...this.values].map(([label, value]) => sample(this.name, { [this.labelName!]: label }, value))
      : [sample(this.name, {}, this.get())]
    return header(this.name, this.help, 'counter') + lines.join('\n')
  }
}

/**
 * A value read when scraped: the number of open sockets, bytes waiting in buffers. A total kept
 * elsewhere (the process's CPU seconds) is read the same way and typed as a counter.
 */
export class Sampled implements Metric {
  constructor(
    readonly name: string,
    private readonly help: string,
    private readonly read: () => number | Array<[Labels, number]>,
    private readonly type: 'gauge' | 'counter' = 'gauge',
  ) {}

  render(): string {
    const value = this.read()
    const lines = typeof value === 'number' ? [sample(this.name, {}, value)] : value.map(([labels, v]) => sample(this.name, labels, v))
    return header(this.name, this.help, this.type) + lines.join('\n')
  }
}

/** Observations counted into cumulative buckets, with their sum and count. */
export class Histogram implements Metric {
  private readonly counts: number[]
  private sum = 0
  private count = 0

  constructor(
    readonly name: string,
    private readonly help: string,
    private readonly bounds: readonly number[],
  ) {
    this.counts = bounds.map(() => 0)
  }

  observe(value: number): void {
    this.sum += value
    this.count++
    for (let i = 0; i < this.bounds.length; i++) if (value <= this.bounds[i]!) this.counts[i]!++
  }

  render(): string {
    const lines = this.bounds.map((bound, i) => sample(`${this.name}_bucket`, { le: String(bound) }, this.counts[i]!))
    lines.push(sample(`${this.name}_bucket`, { le: '+Inf' }, this.count))
    lines.push(sample(`${this.name}_sum`, {}, this.sum))
    lines.push(sample(`${this.name}_count`, {}, this.count))
    return header(this.name, this.help, 'histogram') + lines.join('\n')
  }
}

/** The exposition of a set of metrics: one family after another, ending with a newline. */
export const renderMetrics = (metrics: readonly Metric[]): string => metrics.map((m) => m.render()).join('\n') + '\n'
