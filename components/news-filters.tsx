import { TopicSelect } from '@/components/topic-select'

type Props = {
  topics: { slug?: string | null; name: string }[]
  years: number[]
  topic?: string
  year?: number
}

// A plain GET form: filters combine, the URL stays shareable, and it works without JavaScript.
export function NewsFilters({ topics, years, topic, year }: Props) {
  return (
    <form className="filters" method="get" action="/news" role="search" aria-label="Filter news">
      <TopicSelect id="filter-topic" topic={topic} topics={topics} />
      <div className="field">
        <label htmlFor="filter-year">Year</label>
        <select id="filter-year" name="year" defaultValue={year ? String(year) : ''}>
          <option value="">All years</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        Apply filters
      </button>
    </form>
  )
}
