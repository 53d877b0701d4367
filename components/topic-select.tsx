type Props = { id: string; topic?: string; topics: { slug?: string | null; name: string }[] }

/** "Topic" with "All topics" first, for the GET forms that filter by topic (news, release search, experts). */
export function TopicSelect({ id, topic, topics }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>Topic</label>
      <select id={id} name="topic" defaultValue={topic ?? ''}>
        <option value="">All topics</option>
        {topics.map((t) => (
          <option key={t.slug} value={t.slug ?? ''}>
            {t.name}
          </option>
        ))}
      </select>
    </div>
  )
}
