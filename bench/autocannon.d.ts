// The few parts of autocannon's API the bench uses (the package ships no types).
declare module 'autocannon' {
  type Options = { url: string; connections?: number; duration?: number }
  type Result = {
    requests: { average: number }
    latency: { p50: number; p99: number; average: number }
    non2xx: number
  }
  export default function autocannon(options: Options): Promise<Result>
}
