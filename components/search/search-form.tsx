import { TopicSelect } from '@/components/topic-select'

type Props = {
  q: string
  topic?: string
  year?: number
  topics: { slug?: string | null; name: string }[]
  years: number[]
}

// A plain GET form, like the news filters: it works without JavaScript and the address can be shared.
export function SearchForm({ q, topic, year, topics, years }: Props) {
  return (
    <form className="filters search-form" method="get" action="/search" role="search" aria-label="Search and filter">
      <div className="field search-field">
        <label htmlFor="search-q">Search for</label>
        <input id="search-q" type="search" name="q" defaultValue={q} maxLength={200} />
      </div>
      <TopicSelect id="search-topic" topic={topic} topics={topics} />
      <div className="field">
        <label htmlFor="search-year">Year</label>
        <select id="search-year" name="year" defaultValue={year ? String(year) : ''}>
          <option value="">All years</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        Search
      </button>
    </form>
  )
}
