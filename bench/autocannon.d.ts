// The few parts of autocannon's API the benches use (the package ships no types).
declare module 'autocannon' {
  namespace autocannon {
    type Request = {
      method?: string
      path?: string
      body?: string
      headers?: Record<string, string>
      setupRequest?: (request: Request) => Request
    }
    type Options = {
      url: string
      connections?: number
      duration?: number
      requests?: Request[]
      headers?: Record<string, string>
    }
    type Result = {
      requests: { average: number; total: number }
      latency: { p50: number; p99: number; average: number; max: number }
      non2xx: number
      errors: number
      '2xx': number
    }
  }
  function autocannon(options: autocannon.Options): Promise<autocannon.Result>
  export default autocannon
}
