// The part of autocannon 9's API the portal bench uses (the package ships no types).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events'

  export type Request = {
    method?: string
    path: string
    headers?: Record<string, string>
    onResponse?: (status: number, body: string, context: unknown, headers: Record<string, string>) => void
  }
  export interface Client extends EventEmitter {
    setRequests(requests: Request[]): void
    on(event: 'response', listener: (status: number, bytes: number, durationMs: number) => void): this
  }
  export type Options = {
    url: string
    connections?: number
    duration?: number
    timeout?: number
    pipelining?: number
    requests?: Request[]
    setupClient?: (client: Client) => void
  }
  export type Result = {
    duration: number
    errors: number
    timeouts: number
    non2xx: number
    resets: number
    statusCodeStats: Record<string, { count: number }>
    latency: Record<string, number>
    requests: Record<string, number> & { total: number; sent: number; average: number }
    throughput: Record<string, number>
  }
  export interface Instance extends EventEmitter, PromiseLike<Result> {
    stop(): void
  }
  function autocannon(options: Options): Instance
  export default autocannon
}
