import type { TaskConfig } from 'payload'
import { sendEmail } from './send-email'
import { sendEnquiryEmail } from './send-enquiry-email'

// Every background task the app runs. Payload's own scheduled publishing (schedulePublish) is added by Payload.
export const tasks = [sendEnquiryEmail, sendEmail] as TaskConfig[]
