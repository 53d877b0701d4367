import { Kind, parse, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql'
import { API_LIMITS } from './limits'

type Tally = { fields: number; aliases: number; depth: number }

function walk(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  depth: number,
  seen: Set<string>,
  tally: Tally,
) {
  tally.depth = Math.max(tally.depth, depth)
  for (const selection of set.selections) {
    if (tally.fields > API_LIMITS.graphqlFields) return
    if (selection.kind === Kind.FIELD) {
      tally.fields++
      if (selection.alias) tally.aliases++
      if (selection.selectionSet) walk(selection.selectionSet, fragments, depth + 1, seen, tally)
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      walk(selection.selectionSet, fragments, depth, seen, tally)
    } else {
      // A fragment spread counts every time it is used; a fragment that spreads itself is counted once per path.
      const fragment = fragments.get(selection.name.value)
      if (fragment && !seen.has(fragment.name.value)) {
        walk(fragment.selectionSet, fragments, depth, new Set(seen).add(fragment.name.value), tally)
      }
    }
  }
}

const rootFields = (
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): number =>
  set.selections.reduce((sum, s) => {
    if (s.kind === Kind.FIELD) return sum + 1
    if (s.kind === Kind.INLINE_FRAGMENT) return sum + rootFields(s.selectionSet, fragments, seen)
    const fragment = fragments.get(s.name.value)
    return fragment && !seen.has(s.name.value)
      ? sum + rootFields(fragment.selectionSet, fragments, new Set(seen).add(s.name.value))
      : sum
  }, 0)

/**
 * What a GraphQL document would cost, measured on its syntax before anything runs: a few hundred aliases of a list
 * query are a few hundred queries, however cheap each one looks to a complexity estimate. Answers a message for a
 * document over the budget, or undefined.
 */
export function graphqlOverBudget(query: unknown): string | undefined {
  if (typeof query !== 'string' || !query.trim()) return undefined // Payload answers a missing query itself
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: API_LIMITS.graphqlTokens, noLocation: true })
  } catch (error) {
    return `The query could not be read: ${(error as Error).message}`
  }
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def)
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue
    const roots = rootFields(def.selectionSet, fragments)
    if (roots > API_LIMITS.graphqlRootFields)
      return `A query may ask for at most ${API_LIMITS.graphqlRootFields} top-level fields; this one asks for ${roots}.`
    const tally: Tally = { fields: 0, aliases: 0, depth: 0 }
    walk(def.selectionSet, fragments, 1, new Set(), tally)
    if (tally.fields > API_LIMITS.graphqlFields) return `A query may select at most ${API_LIMITS.graphqlFields} fields.`
    if (tally.aliases > API_LIMITS.graphqlAliases)
      return `A query may use at most ${API_LIMITS.graphqlAliases} aliases.`
    if (tally.depth > API_LIMITS.graphqlDepth) return `A query may nest at most ${API_LIMITS.graphqlDepth} levels deep.`
  }
  return undefined
}
