import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from './support/fixtures'
import { publicPageTypes } from './support/page-types'
import { createRelease } from './support/releases'

const run = promisify(execFile)
const VNU = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar')
const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java'

type VnuMessage = { type: string; subType?: string; url?: string; lastLine?: number; message: string; extract?: string }

test('the W3C checker finds no errors on any public page type', async ({ page, request, adminToken, track }) => {
  test.setTimeout(180_000)
  const dir = await mkdtemp(path.join(tmpdir(), 'w3c-'))
  try {
    // A release with a bulleted and a numbered list, a quotation and a link, besides the demo's pages.
    const listed = await createRelease(request, adminToken)
    track('releases', listed.id)
    const pages = { ...(await publicPageTypes(page)), withLists: `/news/${listed.slug}` }
    const files: string[] = []
    for (const [name, address] of Object.entries(pages)) {
      const answer = await request.get(address)
      expect([200, 404], `${name} ${address}`).toContain(answer.status())
      const file = path.join(dir, `${name}.html`)
      await writeFile(file, await answer.text())
      files.push(file)
    }
    // One run of the checker for every page (its start-up is most of its time); it reports as JSON on stderr.
    const { stderr } = await run(
      java,
      ['-jar', VNU, '--format', 'json', '--errors-only', '--exit-zero-always', ...files],
      {
        maxBuffer: 16 * 1024 * 1024,
      },
    )
    const errors = (JSON.parse(stderr).messages as VnuMessage[])
      .filter((m) => m.type === 'error' || m.subType === 'fatal')
      .map((m) => `${path.basename(m.url ?? '')}:${m.lastLine ?? '?'} ${m.message} ${m.extract ?? ''}`.trim())
    expect(errors).toEqual([])
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
