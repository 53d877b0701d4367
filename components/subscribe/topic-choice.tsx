import { FieldError } from '@/components/enquiry/field'

type Props = { topics: { slug?: string | null; name: string }[]; allNews: boolean; chosen: string[]; error?: string }

/** All news, or the topics ticked. Plain controls: nothing here needs JavaScript. */
export function TopicChoice({ topics, allNews, chosen, error }: Props) {
  return (
    <fieldset
      id="topics"
      className={error ? 'form-group has-error' : 'form-group'}
      aria-describedby={error ? 'topics-error' : undefined}
    >
      <legend>What would you like alerts about?</legend>
      <FieldError id="topics-error" message={error} />
      <div className="choice">
        <input type="radio" id="scope-all" name="scope" value="all" defaultChecked={allNews} />
        <label htmlFor="scope-all">All news releases</label>
      </div>
      <div className="choice">
        <input type="radio" id="scope-topics" name="scope" value="topics" defaultChecked={!allNews} />
        <label htmlFor="scope-topics">Only the topics I tick below</label>
      </div>
      <ul className="topic-choices">
        {topics.map((t) => (
          <li key={t.slug} className="choice">
            <input
              type="checkbox"
              id={`topic-${t.slug}`}
              name="topics"
              value={t.slug ?? ''}
              defaultChecked={chosen.includes(t.slug ?? '')}
            />
            <label htmlFor={`topic-${t.slug}`}>{t.name}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
