// The little the public pages do with scripts, without the framework's (server/reading-pages.mjs): the copy
// buttons on a release page (components/release/copy-*.tsx), hidden until this shows them.
;(() => {
  const say = (button, text) => {
    const status = button.nextElementSibling
    if (status) status.textContent = text
  }
  // The release as a journalist reads it: the marked parts (the download list) left out, paragraphs kept.
  const textOf = (id) => {
    const element = document.getElementById(id)
    if (!element) return undefined
    const clone = element.cloneNode(true)
    clone.querySelectorAll('[data-copy="skip"]').forEach((n) => n.remove())
    // innerText needs the clone in the page to know its line breaks; it is never seen.
    clone.style.cssText = 'position:absolute;left:-9999px;white-space:pre-wrap'
    document.body.append(clone)
    const text = clone.innerText.replace(/\n{3,}/g, '\n\n').trim()
    clone.remove()
    return text
  }
  const copy = async (text) => {
    if (text === undefined || !navigator.clipboard) return false
    try {
      await navigator.clipboard.writeText(text)
      return true
    } catch {
      return false
    }
  }
  for (const button of document.querySelectorAll('button[data-copy-link]')) {
    const url = button.dataset.copyLink
    button.hidden = false
    button.addEventListener('click', async () =>
      say(button, (await copy(url)) ? 'Link copied' : `Copy this address: ${url}`),
    )
  }
  for (const button of document.querySelectorAll('button[data-copy-text]')) {
    button.hidden = false
    button.addEventListener('click', async () =>
      say(
        button,
        (await copy(textOf(button.dataset.copyText)))
          ? 'Text copied'
          : 'Copying did not work here: use the plain text link.',
      ),
    )
  }
})()
