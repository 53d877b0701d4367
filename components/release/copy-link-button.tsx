/** Copies the release's address; hidden until public/assets/enhance.js, which does the copying, shows it. */
export function CopyLinkButton({ url }: { url: string }) {
  return (
    <>
      <button type="button" className="link-button" data-copy-link={url} hidden>
        Copy link
      </button>
      <span role="status" className="copy-status" />
    </>
  )
}
