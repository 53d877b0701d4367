import { AuthenticationError, type AfterErrorHook } from 'payload'

const isLocked = (error: unknown) => {
  const e = error as { name?: string; originalError?: { name?: string } }
  return e?.name === 'LockedAuth' || e?.originalError?.name === 'LockedAuth'
}

/**
 * Payload tells a locked account apart ("This user is locked…") from a wrong email or password, which confirms to a
 * guesser that the address exists. Both get the wrong-password answer, over REST and GraphQL.
 */
export const sameAnswerForLockedAccounts: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (!isLocked(error)) return
  const message = new AuthenticationError(req.t).message
  if (graphqlResult)
    return {
      graphqlResult: {
        ...graphqlResult,
        message,
        extensions: { ...graphqlResult.extensions, name: 'AuthenticationError' },
      },
    }
  return { response: { errors: [{ message }] }, status: 401 }
}
