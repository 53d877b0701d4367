import { parseEnv, productionProblems } from '../env'

/**
 * Stops a production server that lacks what production needs (SITE_URL), however it was started: `npm start`
 * checks before starting Next, the Docker image's standalone server only here.
 */
export function exitUnlessProductionReady(): void {
  const problems = productionProblems(parseEnv())
  if (!problems.length) return
  console.error(`Invalid environment configuration:\n${problems.join('\n')}`)
  process.exit(1)
}
