import type { DateField } from 'payload'

/**
 * How every date and time is picked and shown in the admin: the UK way, dd/mm/yyyy and a 24-hour clock in
 * five-minute steps, with weeks starting on Monday. (Payload's own default is the US form.)
 */
export const UK_DATE_TIME: NonNullable<DateField['admin']>['date'] = {
  pickerAppearance: 'dayAndTime',
  displayFormat: 'dd/MM/yyyy HH:mm',
  timeFormat: 'HH:mm',
  timeIntervals: 5,
  overrides: { calendarStartDay: 1 },
}

export const UK_DATE: NonNullable<DateField['admin']>['date'] = {
  pickerAppearance: 'dayOnly',
  displayFormat: 'dd/MM/yyyy',
  overrides: { calendarStartDay: 1 },
}

/** The format of dates in lists and version history (date-fns tokens). */
export const UK_DATE_FORMAT = 'dd/MM/yyyy HH:mm'
