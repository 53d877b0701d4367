// The flags our hooks pass each other through Payload's `req.context` (upstream every key is `unknown`), each
// named, typed and explained once here; hooks read them without casts.
export {}

declare module 'payload' {
  interface RequestContext {
    /** Skip cache invalidation: seeding, tests, and writes whose caller expires everything once at the end. */
    disableRevalidate?: boolean
    /** The demo seed is writing: no alerts for its releases. */
    seeding?: boolean
    /** No review emails (the seed, scripts). */
    skipNotifications?: boolean
    /** No subscriber alerts for this publish. */
    skipAlerts?: boolean
    /** No notification or acknowledgement for this enquiry (demo enquiries). */
    skipEnquiryEmails?: boolean
    /** Set by the enquiry hooks: the jobs queued for the enquiry just created, read back by the form's code. */
    queuedJobs?: Array<number | string>
    /** The importer is writing: only it may set a release's import fingerprint and report. */
    importing?: boolean
    /** Who acts when no one is signed in (a job, a command), as the audit trail names them (lib/audit). */
    auditActor?: string
    /** Set by the second-factor check at sign-in: which factor came with the password, for the audit trail. */
    secondFactor?: string
    /** A release's live row before a save, by id, read once (collections/hooks/revalidate.ts, liveRowBefore). */
    liveReleaseBefore?: Record<string, unknown>
  }
}
