/**
 * Copies the release as a journalist reads it (headline to contacts, without the download list) to paste into a
 * story. Hidden until public/assets/enhance.js, which does the copying, shows it: a reader without scripts never
 * meets a button that does nothing, and the plain-text link beside it does the same job.
 */
export function CopyTextButton({ source }: { source: string }) {
  return (
    <>
      <button type="button" className="link-button" data-copy-text={source} hidden>
        Copy text
      </button>
      <span role="status" className="copy-status" />
    </>
  )
}
