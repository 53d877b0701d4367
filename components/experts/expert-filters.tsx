import { TopicSelect } from '@/components/topic-select'

type Props = { q: string; topic?: string; topics: { slug?: string | null; name: string }[] }

// A plain GET form, like release search: it works without JavaScript and the address can be shared.
export function ExpertFilters({ q, topic, topics }: Props) {
  return (
    <form className="filters search-form" method="get" action="/experts" role="search" aria-label="Find an expert">
      <div className="field search-field">
        <label htmlFor="experts-q">Subject or keyword</label>
        <input id="experts-q" type="search" name="q" defaultValue={q} maxLength={200} />
      </div>
      <TopicSelect id="experts-topic" topic={topic} topics={topics} />
      <button type="submit" className="button">
        Find experts
      </button>
    </form>
  )
}
