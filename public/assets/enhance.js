// The little the public pages do with scripts, without the framework's (server/reading-pages.mjs): the copy
// buttons on a release page (components/release/copy-*.tsx), hidden until this shows them, and the forms' manners
// (components/enquiry, components/subscribe).
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
  // A form's answer (its problems, or that it was sent) takes focus, so keyboard and screen reader users start there.
  document.querySelector('[data-focus-on-load]')?.focus()
  // A problem's link in the summary puts the cursor in its field, not only the field in view.
  for (const link of document.querySelectorAll('.error-summary a[href^="#"]')) {
    link.addEventListener('click', (event) => {
      const field = document.getElementById(link.hash.slice(1))
      if (!field) return
      event.preventDefault()
      field.focus()
    })
  }
  // A form is sent once: its button says so until the answer comes (and again on coming back to the page).
  for (const form of document.querySelectorAll('form[data-sending]')) {
    const button = form.querySelector('button[type="submit"]')
    if (!button) continue
    const label = button.textContent
    form.addEventListener('submit', () => {
      button.disabled = true
      button.textContent = form.dataset.sending
    })
    window.addEventListener('pageshow', () => {
      button.disabled = false
      button.textContent = label
    })
  }
})()
