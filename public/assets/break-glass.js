// The second-factor sign-in page (app/(payload)/admin/break-glass): posts email, password and code to Payload's own
// login route as the admin's form does, then opens the admin; a refusal is shown in words.
;(() => {
  const form = document.getElementById('break-glass')
  const answer = document.getElementById('break-glass-answer')
  if (!form || !answer) return
  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    const data = Object.fromEntries(new FormData(form))
    answer.textContent = 'Signing in…'
    try {
      const res = await fetch('/api/users/login', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(data),
      })
      if (res.ok) {
        window.location.assign('/admin')
        return
      }
      const body = await res.json().catch(() => ({}))
      answer.textContent = (body.errors && body.errors[0] && body.errors[0].message) || `Not signed in (${res.status}).`
    } catch {
      answer.textContent = 'The newsroom could not be reached. Try again in a moment.'
    }
  })
})()
