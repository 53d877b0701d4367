import type { CollectionBeforeChangeHook } from 'payload'

/** The name with the job title, so the contact picker on a release tells two people or teams apart. */
export const labelContact: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const name = data.name ?? originalDoc?.name ?? ''
  const jobTitle = data.jobTitle !== undefined ? data.jobTitle : originalDoc?.jobTitle
  return { ...data, label: jobTitle ? `${name}, ${jobTitle}` : name }
}
