// Lists show a tick box as "Yes" or "No" (components/admin/yes-no-cell), not Payload's raw `true`/`false`.
export const yesNoCell = { Cell: '/components/admin/yes-no-cell#YesNoCell' } as const
