/** The media enquiry form, prefilled with an expert (and the release the journalist came from, if any). */
export function interviewHref(expertSlug: string, releaseSlug?: string | null): string {
  const search = new URLSearchParams({ expert: expertSlug })
  if (releaseSlug) search.set('release', releaseSlug)
  return `/media-enquiries?${search}`
}
