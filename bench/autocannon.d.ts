// The few parts of autocannon's API the benches use (the package ships no types).
declare module 'autocannon' {
  type Options = { url: string; connections?: number; duration?: number; requests?: Array<{ method?: string; path: string }> }
  type Result = {
    requests: { average: number; total: number }
    latency: { p50: number; p99: number; average: number; max: number }
    non2xx: number
    errors: number
  }
  export default function autocannon(options: Options): Promise<Result>
}
