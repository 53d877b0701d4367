type Props = { q: string; topic?: string; topics: { slug?: string | null; name: string }[] }

// A plain GET form, like release search: it works without JavaScript and the address can be shared.
export function ExpertFilters({ q, topic, topics }: Props) {
  return (
    <form className="filters search-form" method="get" action="/experts" role="search" aria-label="Find an expert">
      <div className="field search-field">
        <label htmlFor="experts-q">Subject or keyword</label>
        <input id="experts-q" type="search" name="q" defaultValue={q} maxLength={200} />
      </div>
      <div className="field">
        <label htmlFor="experts-topic">Topic</label>
        <select id="experts-topic" name="topic" defaultValue={topic ?? ''}>
          <option value="">All topics</option>
          {topics.map((t) => (
            <option key={t.slug} value={t.slug ?? ''}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        Find experts
      </button>
    </form>
  )
}
